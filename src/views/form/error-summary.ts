import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { msg } from '@lit/localize';
import type { FieldError } from '../../core/validate/field-error.ts';
import { focusField } from '../../platform/focus.ts';
import { h } from '../../platform/heading.ts';

/**
 * "There is a problem", after GOV.UK. Each error is worded by `text`, the same words its field
 * shows. `href="#id"` cannot reach into a shadow root, so each link focuses its field in code. Give
 * the summary focus after a failed Continue with the element's focus controller
 * (`{ errorSummary: true }`). Its heading is at the level of the page's own, which it comes before,
 * so the outline never skips a level.
 */
export function renderErrorSummary<E extends FieldError>(errors: readonly E[], text: (error: E) => string, root: ShadowRoot | null, level: number) {
  if (errors.length === 0) return nothing;
  const go = (event: Event, field: string) => {
    event.preventDefault();
    if (root) focusField(root, field);
  };
  return staticHtml`
    <div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title" role="alert">
      <${h(level)} id="error-summary-title" class="error-summary__title">${msg('There is a problem')}</${h(level)}>
      <ul class="error-summary__list">
        ${errors.map((e) => html`<li><a href=${`#${e.field}`} @click=${(ev: Event) => go(ev, e.field)}>${text(e)}</a></li>`)}
      </ul>
    </div>
  `;
}
