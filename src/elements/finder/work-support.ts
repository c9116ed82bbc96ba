import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import type { WorkSupportRoute } from '../../core/model/urgent-help.ts';
import { localText } from '../../core/text/local-text.ts';
import { telHref } from '../../core/text/phone.ts';
import { safeHref } from '../../core/text/safe-href.ts';
import { h } from '../../platform/heading.ts';
import { defaultWorkSupport } from '../../words/work-support.ts';

/**
 * No employment support near someone who asked for help with work: never a dead end, but the
 * places that can help wherever they live (the service's list, else Waymark's UK one).
 */
export function renderWorkSupport(service: readonly WorkSupportRoute[] | undefined, locale: string, level: number) {
  const routes = service ?? defaultWorkSupport();
  return staticHtml`
    <section class="work-support inset" part="work-support" aria-labelledby="work-support-title">
      <${h(level)} id="work-support-title">${msg('Other places to get help with work')}</${h(level)}>
      <p>${msg('We could not find help with work near you in this list. These services can help wherever you live.')}</p>
      <ul class="work-support__list" role="list">
        ${routes.map((route) => {
          const name = localText(route.name, locale) ?? route.id;
          const website = safeHref(route.website);
          return html`<li>
            <p class="work-support__name">${name}</p>
            ${route.description ? html`<p>${localText(route.description, locale)}</p>` : nothing}
            ${route.call ? html`<p><a href=${telHref(route.call)}>${msg(str`Call ${route.call}`)}</a></p>` : nothing}
            ${website ? html`<p><a href=${website} rel="noopener" target="_blank">${msg(str`${name} website (opens in a new tab)`)}</a></p>` : nothing}
          </li>`;
        })}
      </ul>
    </section>
  `;
}
