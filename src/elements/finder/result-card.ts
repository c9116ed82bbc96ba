import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { h } from '../../platform/heading.ts';
import { msg } from '@lit/localize';
import type { RankedActivity } from '../../core/directory/search.ts';
import { needAreaLabel } from '../../words/need-areas.ts';
import { costText, howToJoinText, matchesText, milesText, summaryText, whenText, whereText } from '../../words/describe.ts';
import { firstVisitText } from '../../words/first-visit.ts';
import { renderChecked } from './checked.ts';

export interface CardActions {
  inPlan: boolean;
  onDetails: () => void;
  onTogglePlan: () => void;
  /** "Report a problem with this listing"; left out when the service has nowhere to send one. */
  onReport?: () => void;
  /** The level of the activity's name. */
  level: number;
}

/** Why a result is near the top: "Matches: feeling lonely". */
export function renderMatches(result: RankedActivity, locale: string) {
  return result.matches.length
    ? html`<p class="matches"><span class="tag">${matchesText(result.matches.map(needAreaLabel), locale)}</span></p>`
    : nothing;
}

export function renderPlanButton(name: string, inPlan: boolean, onToggle: () => void, extraClass = '') {
  // The name is read after the words, so a list of buttons says which activity each one is for.
  return html`<button type="button" class="button ${inPlan ? 'button--secondary' : ''} plan-toggle ${extraClass}" @click=${onToggle}>
    ${inPlan ? msg('Remove from my plan') : msg('Add to my plan')}<span class="visually-hidden">: ${name}</span>
  </button>`;
}

/**
 * One result: name, organisation, a one-line summary, when, where, cost, how to join and when the
 * listing was last checked.
 * Directory text carries `dir="auto"`: English text in an Arabic or Urdu page keeps its full
 * stop at its end, and an Urdu name in an English page reads right to left.
 */
export function renderResultCard(result: RankedActivity, position: number, locale: string, actions: CardActions) {
  const a = result.activity;
  const where = whereText(a);
  const miles = result.miles !== undefined ? milesText(result.miles, locale) : undefined;
  const summary = summaryText(a);
  const firstVisit = firstVisitText(a);
  return staticHtml`
    <li class="result" part="result" data-position=${position}>
      <article aria-labelledby=${`result-${position}`}>
        <${h(actions.level)} class="result__name" id=${`result-${position}`} tabindex="-1" dir="auto">${a.name}</${h(actions.level)}>
        ${a.organisation ? html`<p class="result__org" dir="auto">${a.organisation.name}</p>` : nothing}
        ${renderMatches(result, locale)}
        ${summary ? html`<p class="result__summary" dir="auto">${summary}</p>` : nothing}
        <dl class="facts">
          <div class="facts__row"><dt>${msg('When')}</dt><dd dir="auto">${whenText(a, locale) ?? msg('Ask about times')}</dd></div>
          <div class="facts__row">
            <dt>${msg('Where')}</dt>
            <dd><span dir="auto">${where ?? msg('Ask where it happens')}</span>${miles ? html`<br /><span class="miles">${miles}</span>` : nothing}</dd>
          </div>
          <div class="facts__row"><dt>${msg('Cost')}</dt><dd dir="auto">${costText(a)}</dd></div>
          <div class="facts__row"><dt>${msg('How to join')}</dt><dd>${howToJoinText(a) ?? msg('Contact them to ask')}</dd></div>
          ${firstVisit ? html`<div class="facts__row"><dt>${msg('Your first visit')}</dt><dd dir="auto">${firstVisit}</dd></div>` : nothing}
        </dl>
        ${renderChecked(a, locale)}
        <div class="result__actions">
          <button type="button" class="button button--secondary details-button" @click=${actions.onDetails}>
            ${msg('More details')}<span class="visually-hidden">: ${a.name}</span>
          </button>
          ${renderPlanButton(a.name, actions.inPlan, actions.onTogglePlan)}
        </div>
        ${actions.onReport
          ? html`<div class="result__actions result__report">
              <button type="button" class="link-button report-button" @click=${actions.onReport}>
                ${msg('Report a problem with this listing')}<span class="visually-hidden">: ${a.name}</span>
              </button>
            </div>`
          : nothing}
      </article>
    </li>
  `;
}
