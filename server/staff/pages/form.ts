import { html, type Html, type HtmlValue } from '../html.ts';

// The GOV.UK and NHS form patterns, once: an error summary titled "There is a problem" that takes
// focus and links to each field; the same words beside the field after a hidden "Error:"; a label
// or legend that is the page's heading when the page asks one thing; "(optional)", never asterisks.

export interface FieldError {
  /** The id of the field (or, for radios, of its first option) the message is about. */
  field: string;
  message: string;
}

export const errorFor = (errors: readonly FieldError[], field: string) => errors.find((e) => e.field === field)?.message;

export function errorSummary(errors: readonly FieldError[]): Html | '' {
  if (!errors.length) return '';
  // autofocus: the summary takes focus as the page loads, with no script.
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
    <h2 class="error-summary__title" id="error-summary-title">There is a problem</h2>
    <ul class="error-summary__list">
      ${errors.map((e) => html`<li><a href="#${e.field}">${e.message}</a></li>`)}
    </ul>
  </div>`;
}

const errorMessage = (id: string, message: string | undefined) =>
  message ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">Error:</span> ${message}</p>` : '';

const describedBy = (id: string, hint: string | undefined, error: string | undefined) => {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids ? html` aria-describedby="${ids}"` : '';
};

const hintFor = (id: string, hint: string | undefined) => (hint ? html`<div class="hint" id="${id}-hint">${hint}</div>` : '');

const labelText = (label: string, optional: boolean | undefined) => html`${label}${optional ? html`<span class="optional"> (optional)</span>` : ''}`;

/** A label, as the page's h1 when the page asks one thing. */
function labelFor(id: string, label: string, optional: boolean | undefined, asHeading: boolean | undefined): Html {
  const element = html`<label class="label" for="${id}">${labelText(label, optional)}</label>`;
  return asHeading ? html`<h1 class="label-wrapper">${element}</h1>` : element;
}

export interface InputOptions {
  id: string;
  name?: string;
  label: string;
  value?: string;
  type?: 'text' | 'email' | 'password' | 'search';
  autocomplete?: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  labelAsHeading?: boolean;
  /** A width in characters, for an answer of known length. */
  width?: 10 | 20 | 30;
  spellcheck?: boolean;
}

export function textInput(o: InputOptions): Html {
  return html`<div class="form-group${o.error ? ' form-group--error' : ''}">
    ${labelFor(o.id, o.label, o.optional, o.labelAsHeading)}
    ${hintFor(o.id, o.hint)}
    ${errorMessage(o.id, o.error)}
    <input class="input${o.error ? ' input--error' : ''}${o.width ? ` input--width-${o.width}` : ''}" id="${o.id}" name="${o.name ?? o.id}" type="${o.type ?? 'text'}"
      value="${o.value ?? ''}"${o.autocomplete ? html` autocomplete="${o.autocomplete}"` : ''}${o.spellcheck === false ? html` spellcheck="false"` : ''}${describedBy(o.id, o.hint, o.error)}>
  </div>`;
}

export function textarea(o: Omit<InputOptions, 'type' | 'width' | 'autocomplete'> & { rows?: number }): Html {
  return html`<div class="form-group${o.error ? ' form-group--error' : ''}">
    ${labelFor(o.id, o.label, o.optional, o.labelAsHeading)}
    ${hintFor(o.id, o.hint)}
    ${errorMessage(o.id, o.error)}
    <textarea class="textarea${o.error ? ' textarea--error' : ''}" id="${o.id}" name="${o.name ?? o.id}" rows="${o.rows ?? 5}"${describedBy(o.id, o.hint, o.error)}>${o.value ?? ''}</textarea>
  </div>`;
}

/** A file to upload (its form needs enctype="multipart/form-data"). */
export function fileInput(o: Pick<InputOptions, 'id' | 'name' | 'label' | 'hint' | 'error'> & { accept?: string }): Html {
  return html`<div class="form-group${o.error ? ' form-group--error' : ''}">
    ${labelFor(o.id, o.label, false, false)}
    ${hintFor(o.id, o.hint)}
    ${errorMessage(o.id, o.error)}
    <input class="file-upload${o.error ? ' file-upload--error' : ''}" id="${o.id}" name="${o.name ?? o.id}" type="file"${o.accept ? html` accept="${o.accept}"` : ''}${describedBy(o.id, o.hint, o.error)}>
  </div>`;
}

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

export interface ChoiceOptions {
  /** The group's id: its first option is `${id}`, the next `${id}-2`, and so on (what error links target). */
  id: string;
  name?: string;
  legend: string;
  legendAsHeading?: boolean;
  /** A smaller legend for a question inside a longer page. */
  legendSize?: 's' | 'm';
  hint?: string;
  error?: string;
  choices: readonly Choice[];
  value?: string | readonly string[];
  type?: 'radio' | 'checkbox';
  small?: boolean;
}

export function choices(o: ChoiceOptions): Html {
  const type = o.type ?? 'radio';
  const chosen = new Set(typeof o.value === 'string' ? [o.value] : (o.value ?? []));
  const legend = o.legendAsHeading
    ? html`<legend class="legend legend--heading"><h1>${o.legend}</h1></legend>`
    : html`<legend class="legend legend--${o.legendSize ?? 'm'}">${o.legend}</legend>`;
  return html`<div class="form-group${o.error ? ' form-group--error' : ''}">
    <fieldset class="fieldset"${describedBy(o.id, o.hint, o.error)}>
      ${legend}
      ${hintFor(o.id, o.hint)}
      ${errorMessage(o.id, o.error)}
      <div class="choices${o.small ? ' choices--inline' : ''}">
        ${o.choices.map((c, i) => {
          const id = i === 0 ? o.id : `${o.id}-${i + 1}`;
          return html`<div class="choice">
            <input class="choice__input" id="${id}" name="${o.name ?? o.id}" type="${type}" value="${c.value}"${chosen.has(c.value) ? html` checked` : ''}${c.hint ? html` aria-describedby="${id}-hint"` : ''}>
            <label class="choice__label" for="${id}">${c.label}</label>
            ${c.hint ? html`<div class="hint choice__hint" id="${id}-hint">${c.hint}</div>` : ''}
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}

export function select(o: { id: string; name?: string; label: string; choices: readonly Choice[]; value?: string; hint?: string; error?: string }): Html {
  return html`<div class="form-group${o.error ? ' form-group--error' : ''}">
    <label class="label" for="${o.id}">${o.label}</label>
    ${hintFor(o.id, o.hint)}
    ${errorMessage(o.id, o.error)}
    <select class="select" id="${o.id}" name="${o.name ?? o.id}"${describedBy(o.id, o.hint, o.error)}>
      ${o.choices.map((c) => html`<option value="${c.value}"${c.value === o.value ? html` selected` : ''}>${c.label}</option>`)}
    </select>
  </div>`;
}

export function button(text: string, { secondary = false, warning = false, name, value }: { secondary?: boolean; warning?: boolean; name?: string; value?: string } = {}): Html {
  const kind = warning ? ' button--warning' : secondary ? ' button--secondary' : '';
  return html`<button type="submit" class="button${kind}"${name ? html` name="${name}" value="${value ?? ''}"` : ''}>${text}</button>`;
}

/** GOV.UK's summary list: a key, its value and, optionally, a Change link. */
export function summaryList(rows: readonly { key: string; value: HtmlValue; change?: { href: string; what: string } }[]): Html | '' {
  if (!rows.length) return '';
  return html`<dl class="summary-list">
    ${rows.map(
      (r) => html`<div class="summary-list__row">
        <dt class="summary-list__key">${r.key}</dt>
        <dd class="summary-list__value">${r.value}</dd>
        ${r.change ? html`<dd class="summary-list__actions"><a href="${r.change.href}">Change<span class="visually-hidden"> ${r.change.what}</span></a></dd>` : ''}
      </div>`,
    )}
  </dl>`;
}

/** A success message after an action (GOV.UK's notification banner), announced and focused. */
export function successBanner(message: HtmlValue): Html {
  return html`<div class="banner banner--success" role="alert" aria-labelledby="banner-title" tabindex="-1" autofocus>
    <h2 class="banner__title" id="banner-title">Done</h2>
    <p class="banner__text">${message}</p>
  </div>`;
}
