import { html } from 'lit';
import { msg } from '@lit/localize';

export interface KioskBarOptions {
  assisted: boolean;
  onAssisted: (assisted: boolean) => void;
  onFinish: () => void;
}

/** The volunteer's controls: who is filling it in, and a way to end a session on purpose. */
export function renderKioskBar(o: KioskBarOptions) {
  return html`
    <div class="kiosk-bar" part="kiosk-bar">
      <div class="choice kiosk-bar__assisted">
        <input class="choice__input" type="checkbox" id="assisted" .checked=${o.assisted}
          @change=${(e: Event) => o.onAssisted((e.target as HTMLInputElement).checked)} />
        <label class="choice__label" for="assisted">${msg("I'm helping someone fill this in")}</label>
      </div>
      <button type="button" class="button button--secondary kiosk-bar__finish" @click=${o.onFinish}>
        ${msg('Finish and clear')}
      </button>
    </div>
  `;
}
