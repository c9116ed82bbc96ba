import { html } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { msg } from '@lit/localize';
import type { GoalsResult } from '../../core/model/goals.ts';
import { needAreaLabel } from '../../words/need-areas.ts';
import { h } from '../../platform/heading.ts';

/** What the person sees once they confirm: thanks, and what they said matters most to them. */
export function renderComplete(result: GoalsResult, onChangeAnswers: () => void, level: number) {
  const top = result.needAreas.slice(0, 5);
  return staticHtml`
    <div class="complete" part="complete">
      <${h(level)} data-step-heading>${msg('Thank you')}</${h(level)}>
      ${top.length
        ? html`<p>${msg('You told us you would like help with:')}</p>
            <ul>
              ${top.map((need) => html`<li>${needAreaLabel(need.id)}</li>`)}
            </ul>`
        : html`<p>${msg('We have your answers.')}</p>`}
      <button type="button" class="link-button" @click=${onChangeAnswers}>${msg('Change your answers')}</button>
    </div>
  `;
}
