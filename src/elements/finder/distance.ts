import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { h } from '../../platform/heading.ts';
import { msg, str } from '@lit/localize';
import { renderErrorSummary, textField } from '../../views/form/index.ts';
import type { FieldError } from '../../core/validate/field-error.ts';
import type { DistanceProblem } from '../../core/geo/postcode.ts';
import { distanceErrorText, originText } from '../../words/distance.ts';
import type { Origin } from '../../core/geo/outcode-lookup.ts';

interface DistanceOptions {
  root: ShadowRoot | null;
  /** Postcode search is offered only when the site names a lookup service (no third-party calls otherwise). */
  canLookUp: boolean;
  postcode: string;
  errors: readonly FieldError<DistanceProblem>[];
  busy: boolean;
  /** Kiosk mode: no autofill, so the next person is not offered this one's postcode. */
  kiosk: boolean;
  origin?: Origin;
  onInput: (postcode: string) => void;
  onSubmit: () => void;
  onUseLocation: () => void;
  onClear: () => void;
  /** The level of "How far away?". */
  level: number;
}

/** "How far away": a postcode (only its first part is sent), the device's location, or neither. */
export function renderDistance(o: DistanceOptions) {
  const submit = (e: Event) => {
    e.preventDefault();
    if (!o.busy) o.onSubmit();
  };
  return staticHtml`
    <section class="distance" part="distance" aria-labelledby="distance-title">
      <${h(o.level)} id="distance-title">${msg('How far away?')}</${h(o.level)}>
      ${renderErrorSummary(o.errors, distanceErrorText, o.root, o.level + 1)}
      ${o.origin
        ? html`<p class="distance__from">
            ${msg(str`Showing distances from ${originText(o.origin)}, nearest first.`)}
            <button type="button" class="link-button" @click=${o.onClear}>${msg('Stop showing distances')}</button>
          </p>`
        : nothing}
      ${o.canLookUp
        ? html`<form class="distance__form" novalidate @submit=${submit}>
            ${textField({
              id: 'finder-postcode',
              label: msg('Your postcode'),
              optional: true,
              hint: msg('To see how far away things are. We only use the first part, like LS6.'),
              value: o.postcode,
              error: o.errors.filter((e) => e.field === 'finder-postcode').map(distanceErrorText)[0],
              autocomplete: o.kiosk ? 'off' : 'postal-code',
              width: 10,
              spellcheck: false,
              maxlength: 10,
              onInput: o.onInput,
            })}
            <button type="submit" class="button button--secondary" aria-disabled=${o.busy ? 'true' : 'false'}>
              ${o.busy ? msg('Finding your area…') : msg('Show distances')}
            </button>
          </form>`
        : nothing}
      <button type="button" id="finder-use-location" class="link-button" aria-disabled=${o.busy ? 'true' : 'false'} @click=${() => !o.busy && o.onUseLocation()}>
        ${o.canLookUp ? msg('Or use my location') : msg('Use my location to show distances')}
      </button>
    </section>
  `;
}
