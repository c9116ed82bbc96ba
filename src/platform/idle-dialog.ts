import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { IdlePhase } from '../state/idle.ts';
import { plural } from '../i18n/plural.ts';

export function clearingIn(seconds: number): string {
  return plural(seconds, {
    zero: () => msg(str`Clearing in ${seconds} seconds`, { id: 'clearing-in.zero' }),
    one: () => msg(str`Clearing in ${seconds} second`, { id: 'clearing-in.one' }),
    two: () => msg(str`Clearing in ${seconds} seconds`, { id: 'clearing-in.two' }),
    few: () => msg(str`Clearing in ${seconds} seconds`, { id: 'clearing-in.few' }),
    many: () => msg(str`Clearing in ${seconds} seconds`, { id: 'clearing-in.many' }),
    other: () => msg(str`Clearing in ${seconds} seconds`, { id: 'clearing-in.other' }),
  });
}

/**
 * "Are you still there?" A modal dialog (native `<dialog>`, so focus stays inside it) with a
 * visible countdown. Its text is not a live region: a number read out every second would drown
 * out everything else.
 */
export function renderIdleDialog(phase: IdlePhase, onStay: () => void) {
  const secondsLeft = phase.phase === 'warning' ? phase.secondsLeft : 0;
  return html`
    <dialog class="idle-dialog" part="idle-dialog" aria-labelledby="idle-title" aria-describedby="idle-text"
      @cancel=${(e: Event) => { e.preventDefault(); onStay(); }}>
      <h2 id="idle-title">${msg('Are you still there?')}</h2>
      <p id="idle-text">
        ${msg('To keep your answers private, we will clear this screen soon.')}
      </p>
      <p class="idle-dialog__count" aria-hidden=${phase.phase === 'warning' ? 'false' : 'true'}>
        ${phase.phase === 'warning' ? clearingIn(secondsLeft) : nothing}
      </p>
      <button type="button" class="button" autofocus @click=${onStay}>${msg("I'm still here")}</button>
    </dialog>
  `;
}
