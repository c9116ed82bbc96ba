import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import type { UrgentContact } from '../../core/model/urgent-help.ts';
import { renderUrgentContacts } from '../../views/urgent-contacts.ts';
import { h } from '../../platform/heading.ts';

/** Longer than this, a reference may wrap: it would not fit one line of a small phone at 200% text. */
const LONG_REFERENCE = 14;

export interface ConfirmationOptions {
  reference: string;
  whatHappensNext?: string;
  callBackWithin?: string;
  contacts: UrgentContact[];
  locale: string;
  /** The level of the page's heading. */
  level: number;
}

/** After a 2xx with a reference, and only then: the reference, what happens next and when, urgent help, print. */
export function renderConfirmation({ reference, whatHappensNext, callBackWithin, contacts, locale, level }: ConfirmationOptions) {
  return staticHtml`
    <div class="confirmation" part="confirmation">
      <${h(level)} data-step-heading class="confirmation__title">${msg('Request sent')}</${h(level)}>
      <p class="confirmation__reference">
        ${msg('Your reference number')}<br />
        <strong class=${reference.length > LONG_REFERENCE ? 'confirmation__reference--long' : ''}>${reference}</strong>
      </p>
    </div>
    <p>${msg('Write this number down or print this page. Give it to us if you need to contact us about your request.')}</p>
    <${h(level + 1)}>${msg('What happens next')}</${h(level + 1)}>
    <p>${whatHappensNext ?? msg('A link worker will contact you. They will ask what matters to you and help you find support near you.')}</p>
    <p>${callBackWithin ? msg(str`We will contact you ${callBackWithin}.`) : msg('We will contact you as soon as we can.')}</p>
    <${h(level + 1)}>${msg('If you need help before we call')}</${h(level + 1)}>
    <p>${msg('This service is not for emergencies.')}</p>
    ${renderUrgentContacts(contacts, locale)}
    <button type="button" class="button button--secondary no-print" @click=${() => window.print()}>${msg('Print this page')}</button>
  `;
}
