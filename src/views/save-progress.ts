import { html, nothing } from 'lit';
import { msg } from '@lit/localize';

export interface SaveProgressOptions {
  /** The box is ticked: the person chose to keep their progress on this device. */
  saving: boolean;
  /** Something is kept on this device now, so it can be deleted. */
  saved: boolean;
  onChange: (saving: boolean) => void;
  onDelete: () => void;
}

/**
 * "Save my progress on this device": the one way a person chooses to keep their plan (and the
 * topics that matter to them) for 7 days, never in kiosk mode. The journey and a stand-alone plan
 * both show it; state/saved-progress.ts keeps what its hint promises and no more.
 */
export function renderSaveProgress(o: SaveProgressOptions) {
  return html`
    <div class="save-progress">
      <div class="choice">
        <input class="choice__input" type="checkbox" id="save-progress" .checked=${o.saving}
          aria-describedby="save-progress-hint" @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)} />
        <label class="choice__label" for="save-progress">${msg('Save my progress on this device')}</label>
      </div>
      <p id="save-progress-hint" class="hint">
        ${msg('Only do this on your own phone or computer. We keep the topics that matter to you and your plan for 7 days, or until you send your request. We do not keep your other answers or your contact details.')}
      </p>
      ${o.saving || o.saved
        ? html`<button type="button" class="button button--secondary" @click=${o.onDelete}>${msg('Delete saved progress')}</button>`
        : nothing}
    </div>
  `;
}
