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
export function summaryList(rows: SummaryRow[]) {
  return html`
    <dl class="summary-list">
      ${rows.map(
        (r) => html`<div class="summary-list__row">
          <dt class="summary-list__key">${r.key}</dt>
          <dd class="summary-list__value">${r.value}</dd>
          ${r.onChange
            ? html`<dd class="summary-list__actions">
                <button type="button" class="link-button" @click=${r.onChange}>
                  ${msg('Change')}<span class="visually-hidden"> ${r.changeLabel ?? r.key}</span>
                </button>
              </dd>`
            : nothing}
        </div>`,
      )}
    </dl>
  `;
}
