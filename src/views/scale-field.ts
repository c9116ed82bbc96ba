import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { legendFor, radioId, renderError, renderHint } from './form/index.ts';

export interface ScaleFieldOptions {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  asHeading?: number;
  minLabel: string;
  maxLabel: string;
  value: number | undefined;
  onChange: (value: number) => void;
}

const POINTS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * A 0 to 10 scale as eleven radios in a row (one tab stop, arrow keys move along it), with what
 * 0 and 10 mean written out and tied to the group, so a screen reader hears them with the question.
 * The first radio has the field's id, so the error summary can focus it.
 */
export function scaleField(f: ScaleFieldOptions) {
  const ends = `${f.id}-ends`;
  const described = [f.hint ? `${f.id}-hint` : '', ends, f.error ? `${f.id}-error` : ''].filter(Boolean).join(' ');
  return html`
    <div class="form-group ${f.error ? 'form-group--error' : ''}">
      <fieldset class="fieldset" aria-describedby=${described}>
        ${legendFor(f)}
        ${renderHint(f.id, f.hint)}
        <ul class="scale__ends" id=${ends}>
          <li><span class="scale__end-number">0</span> ${f.minLabel}</li>
          <li><span class="scale__end-number">10</span> ${f.maxLabel}</li>
        </ul>
        ${renderError(f.id, f.error)}
        <div class="scale" part="scale">
          ${POINTS.map((n) => {
            const id = radioId(f.id, n);
            return html`<div class="scale__point">
              <input
                class="scale__input"
                type="radio"
                id=${id}
                name=${f.id}
                .value=${String(n)}
                .checked=${live(f.value === n)}
                @change=${() => f.onChange(n)}
              />
              <label class="scale__label" for=${id}>${n}</label>
            </div>`;
          })}
        </div>
      </fieldset>
    </div>
  `;
}
