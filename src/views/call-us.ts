import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { telHref } from '../core/text/phone.ts';

/**
 * "Or call Ashby Vale Social Prescribing on 01632 960000.", with a tap-to-call link: the way to a
 * person when a step cannot go on (a page that did not load, a request not sent). Nothing without a phone.
 */
export function renderOrCall(phone: string | undefined, name: string | undefined) {
  if (!phone) return nothing;
  return html`<p>
    ${name ? msg(str`Or call ${name} on`) : msg('Or call us on')}
    <a href=${telHref(phone)}>${phone}</a>.
  </p>`;
}
