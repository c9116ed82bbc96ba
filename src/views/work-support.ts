import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { WorkSupportRoute } from '../core/model/urgent-help.ts';
import { localText } from '../core/text/local-text.ts';
import { telHref } from '../core/text/phone.ts';
import { safeHref } from '../core/text/safe-href.ts';
import { defaultWorkSupport } from '../words/work-support.ts';

/** Where to turn for help with work: the service's `workSupport` list, else Waymark's UK one. */
export const workSupportOf = (service: readonly WorkSupportRoute[] | undefined): readonly WorkSupportRoute[] => service ?? defaultWorkSupport();

/** Places to get help with work, each with what it is, a number to call and its website. Shared by the finder and the check-in. */
export function renderWorkSupportList(routes: readonly WorkSupportRoute[], locale: string) {
  return html`<ul class="work-support__list" role="list">
    ${routes.map((route) => {
      const name = localText(route.name, locale) ?? route.id;
      const website = safeHref(route.website);
      return html`<li>
        <p class="work-support__name" dir="auto">${name}</p>
        ${route.description ? html`<p dir="auto">${localText(route.description, locale)}</p>` : nothing}
        ${route.call ? html`<p><a href=${telHref(route.call)}>${msg(str`Call ${route.call}`)}</a></p>` : nothing}
        ${website ? html`<p><a href=${website} rel="noopener" target="_blank">${msg(str`${name} website (opens in a new tab)`)}</a></p>` : nothing}
      </li>`;
    })}
  </ul>`;
}
