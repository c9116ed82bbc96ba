import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { plural } from '../../i18n/plural.ts';
import { h } from '../../platform/heading.ts';

// Field templates after the GOV.UK / NHS.UK patterns. Each keeps its label, hint, error and
// control in one shadow root, because ARIA references do not cross shadow boundaries.

export interface Choice {
  value: string;
  label: string;
  hint?: string;
  /** Draws an "or" divider before this choice and unticks the others ("None of these"). */
  exclusive?: boolean;
}

export interface FieldBase {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  /** Render the label or legend as the page's heading at this level (one question per page). */
  asHeading?: number;
}

function optionalMark(optional?: boolean) {
  // The space is a value, not template text: the build's template minifier trims a template's
  // leading space, which ran the words together ("call you?(optional)") on screen and when read out.
  // eslint-disable-next-line lit/no-useless-template-literals -- see above
  return optional ? html`${' '}<span class="optional">${msg('(optional)')}</span>` : nothing;
}

/** The autofill tokens Waymark's forms use (HTML's list; `off` in kiosk mode and for searches). */
export type AutocompleteToken = 'off' | 'name' | 'nickname' | 'email' | 'tel' | 'postal-code' | 'language';

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

export function renderHint(id: string, hint?: string) {
  return hint ? html`<div id=${`${id}-hint`} class="hint">${hint}</div>` : nothing;
}

export function renderError(id: string, error?: string) {
  return error
    ? html`<p id=${`${id}-error`} class="error-message"><span class="visually-hidden">${msg('Error:')}</span> ${error}</p>`
    : nothing;
}

function labelFor(f: FieldBase): TemplateResult {
  const label = html`<label class="label" for=${f.id}>${f.label}${optionalMark(f.optional)}</label>`;
  return f.asHeading ? staticHtml`<${h(f.asHeading)} class="label-wrapper" data-step-heading>${label}</${h(f.asHeading)}>` : label;
}

export interface TextFieldOptions extends FieldBase {
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'search';
  autocomplete?: AutocompleteToken;
  inputmode?: 'text' | 'numeric' | 'tel' | 'email' | 'search';
  /** Width in characters, so the box hints at the answer's length (GOV.UK). */
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  spellcheck?: boolean;
  maxlength?: number;
}

export function textField(f: TextFieldOptions) {
  return html`
    <div class="form-group ${f.error ? 'form-group--error' : ''}">
      ${labelFor(f)} ${renderHint(f.id, f.hint)} ${renderError(f.id, f.error)}
      <input
        class="input ${f.width ? `input--width-${f.width}` : ''} ${f.error ? 'input--error' : ''}"
        id=${f.id}
        name=${f.id}
        type=${f.type ?? 'text'}
        .value=${live(f.value)}
        autocomplete=${ifDefined(f.autocomplete)}
        inputmode=${ifDefined(f.inputmode)}
        spellcheck=${ifDefined(f.spellcheck === undefined ? undefined : f.spellcheck ? 'true' : 'false')}
        maxlength=${ifDefined(f.maxlength)}
        aria-describedby=${ifDefined(describedBy(f.id, f.hint, f.error))}
        aria-invalid=${f.error ? 'true' : 'false'}
        @input=${(e: Event) => f.onInput((e.target as HTMLInputElement).value)}
      />
    </div>
  `;
}

/** "12 of 500 characters": the noun follows the limit. */
export function charactersUsed(used: number, max: number): string {
  return plural(max, {
    zero: () => msg(str`${used} of ${max} characters`, { id: 'characters-used.zero' }),
    one: () => msg(str`${used} of ${max} character`, { id: 'characters-used.one' }),
    two: () => msg(str`${used} of ${max} characters`, { id: 'characters-used.two' }),
    few: () => msg(str`${used} of ${max} characters`, { id: 'characters-used.few' }),
    many: () => msg(str`${used} of ${max} characters`, { id: 'characters-used.many' }),
    other: () => msg(str`${used} of ${max} characters`, { id: 'characters-used.other' }),
  });
}

export interface TextareaOptions extends FieldBase {
  value: string;
  onInput: (value: string) => void;
  rows?: number;
  maxlength?: number;
  autocomplete?: AutocompleteToken;
}

export function textarea(f: TextareaOptions) {
  return html`
    <div class="form-group ${f.error ? 'form-group--error' : ''}">
      ${labelFor(f)} ${renderHint(f.id, f.hint)} ${renderError(f.id, f.error)}
      <textarea
        class="textarea ${f.error ? 'input--error' : ''}"
        id=${f.id}
        name=${f.id}
        rows=${f.rows ?? 5}
        .value=${live(f.value)}
        maxlength=${ifDefined(f.maxlength)}
        autocomplete=${ifDefined(f.autocomplete)}
        aria-describedby=${ifDefined(describedBy(f.id, f.hint, f.error))}
        aria-invalid=${f.error ? 'true' : 'false'}
        @input=${(e: Event) => f.onInput((e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${f.maxlength ? html`<div class="hint" aria-live="off">${charactersUsed(f.value.length, f.maxlength)}</div>` : nothing}
    </div>
  `;
}

/** The legend of a group of choices; as the page heading when the group is the whole question. */
export function legendFor(f: Pick<FieldBase, 'label' | 'optional' | 'asHeading'>) {
  const text = html`${f.label}${optionalMark(f.optional)}`;
  return f.asHeading
    ? staticHtml`<legend class="legend legend--heading"><${h(f.asHeading)} data-step-heading>${text}</${h(f.asHeading)}></legend>`
    : html`<legend class="legend">${text}</legend>`;
}

export interface RadiosOptions extends FieldBase {
  choices: Choice[];
  value: string | undefined;
  onChange: (value: string) => void;
  /** Side by side, for two short answers such as Yes / No. */
  inline?: boolean;
}

/** Radio ids are `${id}` for the first choice (so errors can focus it) and `${id}-${i}` after. */
export function radioId(id: string, index: number): string {
  return index === 0 ? id : `${id}-${index}`;
}

export function radios(f: RadiosOptions) {
  return html`
    <div class="form-group ${f.error ? 'form-group--error' : ''}">
      <fieldset class="fieldset" aria-describedby=${ifDefined(describedBy(f.id, f.hint, f.error))}>
        ${legendFor(f)} ${renderHint(f.id, f.hint)} ${renderError(f.id, f.error)}
        <div class="choices ${f.inline ? 'choices--inline' : ''}">
          ${renderChoices(f.id, 'radio', f.choices, (c) => f.value === c.value, (c) => f.onChange(c.value))}
        </div>
      </fieldset>
    </div>
  `;
}

/** The inputs of a radio or checkbox group, each with its label and hint, after GOV.UK. */
function renderChoices(
  groupId: string,
  type: 'radio' | 'checkbox',
  choices: Choice[],
  isChecked: (c: Choice) => boolean,
  onChange: (c: Choice, checked: boolean) => void,
) {
  return choices.map((c, i) => {
    const id = radioId(groupId, i);
    return html`
      ${c.exclusive ? html`<div class="choices__divider">${msg('or')}</div>` : nothing}
      <div class="choice">
        <input
          class="choice__input"
          type=${type}
          id=${id}
          name=${groupId}
          .value=${c.value}
          .checked=${live(isChecked(c))}
          aria-describedby=${ifDefined(c.hint ? `${id}-hint` : undefined)}
          @change=${(e: Event) => onChange(c, (e.target as HTMLInputElement).checked)}
        />
        <label class="choice__label" for=${id}>${c.label}</label>
        ${c.hint ? html`<div id=${`${id}-hint`} class="hint choice__hint">${c.hint}</div>` : nothing}
      </div>
    `;
  });
}

export interface CheckboxesOptions extends FieldBase {
  choices: Choice[];
  values: readonly string[];
  onChange: (values: string[]) => void;
}

/** Ticking an exclusive choice ("None of these") clears the others, and the other way round. */
export function toggleChoice(values: readonly string[], choice: Choice, choices: Choice[], checked: boolean): string[] {
  if (!checked) return values.filter((v) => v !== choice.value);
  const exclusive = new Set(choices.filter((c) => c.exclusive).map((c) => c.value));
  if (choice.exclusive) return [choice.value];
  return [...values.filter((v) => !exclusive.has(v)), choice.value];
}

export function checkboxes(f: CheckboxesOptions) {
  return html`
    <div class="form-group ${f.error ? 'form-group--error' : ''}">
      <fieldset class="fieldset" aria-describedby=${ifDefined(describedBy(f.id, f.hint, f.error))}>
        ${legendFor(f)} ${renderHint(f.id, f.hint)} ${renderError(f.id, f.error)}
        <div class="choices">
          ${renderChoices(f.id, 'checkbox', f.choices, (c) => f.values.includes(c.value), (c, checked) =>
            f.onChange(toggleChoice(f.values, c, f.choices, checked)),
          )}
        </div>
      </fieldset>
    </div>
  `;
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export interface DateInputOptions extends FieldBase {
  value: DateParts;
  onInput: (value: DateParts) => void;
  /** `bday` for a date of birth: browser autofill then fills all three boxes. */
  autocompletePrefix?: 'bday' | 'off';
  /** Which box has the problem, so only that one is marked (GOV.UK). Defaults to all. */
  errorParts?: (keyof DateParts)[];
}

/** Three boxes, day, month and year (GOV.UK date input). The day box has the group's id. */
export function dateInput(f: DateInputOptions) {
  const part = (key: keyof DateParts, label: string, width: 2 | 4) => {
    const id = key === 'day' ? f.id : `${f.id}-${key}`;
    const marked = f.error && (!f.errorParts || f.errorParts.includes(key));
    return html`
      <div class="date-input__item">
        <label class="label date-input__label" for=${id}>${label}</label>
        <input
          class="input input--width-${width} ${marked ? 'input--error' : ''}"
          id=${id}
          name=${id}
          inputmode="numeric"
          .value=${live(f.value[key])}
          autocomplete=${ifDefined(f.autocompletePrefix ? (f.autocompletePrefix === 'off' ? 'off' : (`bday-${key}` as const)) : undefined)}
          aria-invalid=${marked ? 'true' : 'false'}
          @input=${(e: Event) => f.onInput({ ...f.value, [key]: (e.target as HTMLInputElement).value })}
        />
      </div>
    `;
  };
  return html`
    <div class="form-group ${f.error ? 'form-group--error' : ''}">
      <fieldset class="fieldset" role="group" aria-describedby=${ifDefined(describedBy(f.id, f.hint, f.error))}>
        ${legendFor(f)} ${renderHint(f.id, f.hint)} ${renderError(f.id, f.error)}
        <div class="date-input">
          ${part('day', msg('Day'), 2)} ${part('month', msg('Month'), 2)} ${part('year', msg('Year'), 4)}
        </div>
      </fieldset>
    </div>
  `;
}
