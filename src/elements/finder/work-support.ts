import { html as staticHtml } from 'lit/static-html.js';
import { msg } from '@lit/localize';
import type { WorkSupportRoute } from '../../core/model/urgent-help.ts';
import { h } from '../../platform/heading.ts';
import { renderWorkSupportList, workSupportOf } from '../../views/work-support.ts';

/**
 * No employment support near someone who asked for help with work: never a dead end, but the
 * places that can help wherever they live (the service's list, else Waymark's UK one).
 */
export function renderWorkSupport(service: readonly WorkSupportRoute[] | undefined, locale: string, level: number) {
  return staticHtml`
    <section class="work-support inset" part="work-support" aria-labelledby="work-support-title">
      <${h(level)} id="work-support-title">${msg('Other places to get help with work')}</${h(level)}>
      <p>${msg('We could not find help with work near you in this list. These services can help wherever you live.')}</p>
      ${renderWorkSupportList(workSupportOf(service), locale)}
    </section>
  `;
}
