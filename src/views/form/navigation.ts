import { html, nothing } from 'lit';
import { msg } from '@lit/localize';

/** GOV.UK's back link, as a button: it moves within the widget, not the browser's history. */
export function backLink(onBack: (() => void) | undefined, label = msg('Back')) {
  return onBack ? html`<button type="button" class="link-button back-link" @click=${onBack}>${label}</button>` : nothing;
}

export interface SummaryRow {
  key: string;
  value: string;
  /** Shown after "Change" for screen readers, e.g. "your phone number". */
  changeLabel?: string;
  onChange?: () => void;
}

/** GOV.UK's summary list for check-your-answers pages, with "Change" links back to each question. */
/**
 * `locked`: the answers cannot be changed now (a send is on its way). The "Change" buttons stay
 * in place and focusable, marked `aria-disabled`, and do nothing.
 */
export function summaryList(rows: SummaryRow[], { locked = false }: { locked?: boolean } = {}) {
  return html`
    <dl class="summary-list">
      ${rows.map(
        (r) => html`<div class="summary-list__row">
          <dt class="summary-list__key">${r.key}</dt>
          <dd class="summary-list__value">${r.value}</dd>
          ${r.onChange
            ? html`<dd class="summary-list__actions">
                <button type="button" class="link-button" aria-disabled=${locked ? 'true' : 'false'} @click=${locked ? undefined : r.onChange}>
                  ${msg('Change')}<span class="visually-hidden"> ${r.changeLabel ?? r.key}</span>
                </button>
              </dd>`
            : nothing}
        </div>`,
      )}
    </dl>
  `;
}
