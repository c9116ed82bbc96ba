import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { JOURNEY_STEPS, stepNumber, type JourneyStep } from '../../state/journey-state.ts';

export function stepLabel(step: JourneyStep): string {
  switch (step) {
    case 'goals': return msg('What matters to you');
    case 'suggestions': return msg('Activities for you');
    case 'plan': return msg('Your plan');
    case 'request-call': return msg('Ask for a call');
    case 'confirmation': return msg('Done');
  }
}

/**
 * Where the person is, as an ordered list: screen readers hear "Step 2 of 5" and which steps are
 * done; sighted people see the same in a compact bar.
 */
export function renderProgress(current: JourneyStep) {
  const n = stepNumber(current);
  const total = JOURNEY_STEPS.length;
  return html`
    <nav class="progress" part="progress" aria-label=${msg('Your progress')}>
      <p class="progress__count">${msg(str`Step ${n} of ${total}`)}</p>
      <ol class="progress__list">
        ${JOURNEY_STEPS.map((step, i) => {
          const state = i + 1 < n ? 'done' : i + 1 === n ? 'current' : 'todo';
          return html`<li class="progress__step progress__step--${state}" aria-current=${state === 'current' ? 'step' : 'false'}>
            ${stepLabel(step)}${state === 'done' ? html`<span class="visually-hidden"> ${msg('(done)')}</span>` : ''}
          </li>`;
        })}
      </ol>
    </nav>
  `;
}
