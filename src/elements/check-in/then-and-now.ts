import { html, nothing, svg } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { SCALE_MAX, type MeasureChange } from '../../core/follow-up/change.ts';
import { LONELINESS_ANSWERS } from '../../core/vocabulary/lists.ts';
import { h } from '../../platform/heading.ts';
import { lonelinessLabel, measureName } from './words.ts';

/** A score as the person gave it: loneliness in its words, the others as "6 out of 10". */
function scoreText(c: MeasureChange, score: number): string {
  if (c.measure === 'loneliness') return lonelinessLabel(LONELINESS_ANSWERS[LONELINESS_ANSWERS.length - 1 - score]!);
  return msg(str`${score} out of 10`);
}

/** Kind words: no judgement when a score went down. */
function changeText(c: MeasureChange): string {
  if (c.change === 0) return msg('About the same as before');
  return c.improved ? msg('Better than before') : msg('Not as good as before. Things go up and down, and that is OK.');
}

/** Two bars, then and now, on the measure's own scale. Drawn for the eye: the table beside it is what it says. */
function bars(c: MeasureChange) {
  const width = (score: number) => Math.max(2, Math.round((score / SCALE_MAX[c.measure]) * 120));
  return svg`<svg class="bars" viewBox="0 0 124 26" width="124" height="26" aria-hidden="true" focusable="false">
    <rect class="bars__then" x="0" y="2" height="10" width=${width(c.then)}></rect>
    <rect class="bars__now" x="0" y="14" height="10" width=${width(c.now)}></rect>
  </svg>`;
}

/** "Then and now": each measure answered both times, as a table (its own text equivalent) with a small chart. */
export function renderThenAndNow(changes: readonly MeasureChange[], level: number) {
  if (!changes.length) return nothing;
  return staticHtml`
    <${h(level)}>${msg('Then and now')}</${h(level)}>
    <p>${msg('What you told us when you asked for support, and what you told us today.')}</p>
    <table class="then-and-now">
      <caption class="visually-hidden">${msg('Then and now')}</caption>
      <thead><tr>
        <th scope="col">${msg('Question')}</th><th scope="col">${msg('Then')}</th><th scope="col">${msg('Now')}</th>
        <th scope="col">${msg('What changed')}</th><td class="then-and-now__chart"></td>
      </tr></thead>
      <tbody>${changes.map(
        (c) => html`<tr>
          <th scope="row">${measureName(c.measure)}</th>
          <td>${scoreText(c, c.then)}</td><td>${scoreText(c, c.now)}</td><td>${changeText(c)}</td>
          <td class="then-and-now__chart">${bars(c)}</td>
        </tr>`,
      )}</tbody>
    </table>
    <p class="then-and-now__key" aria-hidden="true"><span class="key key--then"></span> ${msg('Then')} <span class="key key--now"></span> ${msg('Now')}</p>
  `;
}
