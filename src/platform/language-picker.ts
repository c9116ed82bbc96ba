import { html } from 'lit';
import { msg } from '@lit/localize';
import { nativeName } from '../core/text/choose-locale.ts';
import type { Locale } from '../core/model/config.ts';

/**
 * Each language in its own name and its own `lang`, so a screen reader says "Cymraeg" in Welsh.
 * Buttons, not a select: one tap each, and the current one is marked for assistive technology.
 * Not printed: a printed plan has no use for buttons.
 */
export function renderLanguagePicker(enabled: readonly Locale[], current: string, onChoose: (locale: Locale) => void) {
  return html`
    <nav class="language-picker no-print" part="language-picker" aria-label=${msg('Language')}>
      <ul class="language-picker__list">
        ${enabled.map(
          (locale) => html`<li>
            <button type="button" class="link-button language-picker__option" lang=${locale}
              aria-current=${locale === current ? 'true' : 'false'} @click=${() => onChoose(locale)}>
              ${nativeName(locale)}
            </button>
          </li>`,
        )}
      </ul>
    </nav>
  `;
}
