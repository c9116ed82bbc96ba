import { html } from 'lit';
import { msg } from '@lit/localize';

/**
 * "Clear everything?" before "Finish and clear" wipes a kiosk session: the button sits beside the
 * helper's checkbox on every screen, and one slip would lose a person's answers (issue 15). A
 * native modal `<dialog>`, so focus stays inside it and Escape cancels; Cancel has focus first,
 * as the choice that loses nothing. The element opens it with `showModal()` and, on Cancel, puts
 * focus back on the button that opened it.
 */
export function renderClearDialog(onClear: () => void, onCancel: () => void) {
  return html`
    <dialog class="clear-dialog" part="clear-dialog" aria-labelledby="clear-title" aria-describedby="clear-text"
      @cancel=${(e: Event) => { e.preventDefault(); onCancel(); }}>
      <h2 id="clear-title">${msg('Clear everything?')}</h2>
      <p id="clear-text">${msg('This removes all the answers and the plan from this screen, so the next person cannot see them.')}</p>
      <div class="clear-dialog__actions">
        <button type="button" class="button button--warning" @click=${onClear}>${msg('Yes, clear everything')}</button>
        <button type="button" class="button button--secondary" autofocus @click=${onCancel}>${msg('Cancel')}</button>
      </div>
    </dialog>
  `;
}
