import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { chipKey, type AnswerChip, type ChipToRemove } from '../../core/directory/answer-filters.ts';
import { accessLabel, dayName, modeText, timeOfDayLabel } from '../../words/describe.ts';
import { intlSpeaks, numberText } from '../../words/intl.ts';
import { removeToSee } from './counts.ts';

/** A chip's words: "Tuesday", "Within 3 miles", "Step-free access". */
export function chipLabel(chip: AnswerChip, locale: string): string {
  switch (chip.group) {
    case 'days': return dayName(chip.value, locale);
    case 'times': return timeOfDayLabel(chip.value);
    case 'modes': return modeText(chip.value);
    case 'access': return accessLabel(chip.value);
    case 'maxMiles': {
      if (!intlSpeaks(locale)) return msg(str`Within ${numberText(chip.value, locale)} miles`);
      // Intl's unit formatting gets each language's plural of "mile" right.
      return msg(str`Within ${numberText(chip.value, locale, { style: 'unit', unit: 'mile', unitDisplay: 'long' })}`);
    }
  }
}

interface ChipsOptions {
  chips: readonly AnswerChip[];
  locale: string;
  onRemove: (chip: AnswerChip) => void;
}

/**
 * "From your answers": one button a chip. Its name says what it does ("Remove filter: Tuesday")
 * and holds the words on show, so a voice-control user can say what they see.
 */
export function renderAnswerChips(o: ChipsOptions) {
  if (o.chips.length === 0) return nothing;
  return html`
    <div class="chips" part="answer-chips">
      <p class="chips__title" id="chips-title">${msg('From your answers:')}</p>
      <ul class="chips__list" role="list" aria-labelledby="chips-title">
        ${o.chips.map((chip) => {
          const label = chipLabel(chip, o.locale);
          return html`<li>
            <button type="button" class="chip" id=${`chip-${chipKey(chip)}`} @click=${() => o.onRemove(chip)}>
              <span class="visually-hidden">${msg(str`Remove filter: ${label}`)}</span>
              <span aria-hidden="true">${label}<span class="chip__x">×</span></span>
            </button>
          </li>`;
        })}
      </ul>
    </div>
  `;
}

interface NoMatchOptions {
  /** Chips that, removed alone, would show something; most results first. */
  toRemove: readonly ChipToRemove[];
  /** Any chips still in force: when none is to blame alone, removing them all is the way on. */
  inForce: readonly AnswerChip[];
  locale: string;
  onRemove: (chip: AnswerChip) => void;
  onRemoveAll: () => void;
}

/** Nothing matches: say which of the person's answers to remove, so there is always a way on. */
export function renderNoMatch(o: NoMatchOptions) {
  if (o.inForce.length === 0) return html`<p>${msg('Try fewer or different words, or clear the filters.')}</p>`;
  return html`
    <div class="no-match">
      <p>${msg('No activities match all of your answers.')}</p>
      ${o.toRemove.length
        ? html`<ul class="no-match__list" role="list">
            ${o.toRemove.map(({ chip, total }) => html`<li>
              <button type="button" class="link-button" @click=${() => o.onRemove(chip)}>${removeToSee(chipLabel(chip, o.locale), total)}</button>
            </li>`)}
          </ul>`
        : html`<button type="button" class="button button--secondary" @click=${o.onRemoveAll}>${msg('Remove all the filters from your answers')}</button>`}
    </div>
  `;
}
