import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { checkboxes, textField, type Choice } from '../../views/form/index.ts';
import { ACCESS_FEATURES, DAYS, TIMES_OF_DAY, TAKE_PART_MODES, type AccessFeature, type Day, type TimeOfDay, type TakePartMode, type NeedAreaId } from '../../core/vocabulary/lists.ts';
import { needAreaLabel } from '../../words/need-areas.ts';
import { filtersChosen } from './counts.ts';
import { readAge } from '../../core/validate/age.ts';
import { ageErrorText } from '../../words/distance.ts';
import type { Filters, WorkHelp } from '../../core/directory/search.ts';
import { accessLabel, dayName, modeText, timeOfDayLabel } from '../../words/describe.ts';

/** What the filter form holds: the filters, plus the age as typed (it may not be a number yet). */
export interface FilterForm {
  filters: Filters;
  ageText: string;
}

export function chosenCount(form: FilterForm): number {
  const f = form.filters;
  return (
    (f.needAreas?.length ?? 0) + (f.work?.length ?? 0) + (f.days?.length ?? 0) + (f.times?.length ?? 0) +
    (f.modes?.length ?? 0) + (f.access?.length ?? 0) + (f.freeOnly ? 1 : 0) + (form.ageText.trim() ? 1 : 0)
  );
}

interface FilterOptions {
  form: FilterForm;
  /** Only need areas some activity has are offered. */
  needAreas: readonly NeedAreaId[];
  locale: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  onChange: (form: FilterForm) => void;
  onClear: () => void;
}

export function renderFilters(o: FilterOptions) {
  const { form, locale } = o;
  const f = form.filters;
  const set = (patch: Partial<Filters>) => o.onChange({ ...form, filters: { ...f, ...patch } });
  const choices = <T extends string>(values: readonly T[], label: (v: T) => string): Choice[] => values.map((value) => ({ value, label: label(value) }));
  const count = chosenCount(form);
  const age = readAge(form.ageText);

  return html`
    <details class="filters disclosure" part="filters" ?open=${o.open} @toggle=${(e: Event) => o.onToggle((e.target as HTMLDetailsElement).open)}>
      <summary class="filters__summary">
        ${count === 0 ? msg('Filter results') : filtersChosen(count)}
      </summary>
      <div class="filters__body">
        ${checkboxes({
          id: 'filter-needs',
          label: msg('What would you like help with?'),
          choices: choices(o.needAreas, needAreaLabel),
          values: f.needAreas ?? [],
          onChange: (v) => set({ needAreas: v as NeedAreaId[] }),
        })}
        ${checkboxes({
          id: 'filter-work',
          label: msg('Help towards work'),
          choices: [
            { value: 'direct', label: msg('Help to find work or stay in work') },
            { value: 'indirect', label: msg('Things that build skills and confidence for work') },
          ],
          values: f.work ?? [],
          onChange: (v) => set({ work: v as WorkHelp[] }),
        })}
        ${checkboxes({
          id: 'filter-days',
          label: msg('Which days suit you?'),
          choices: choices<Day>(DAYS, (d) => dayName(d, locale)),
          values: f.days ?? [],
          onChange: (v) => set({ days: v as Day[] }),
        })}
        ${checkboxes({
          id: 'filter-times',
          label: msg('What time of day?'),
          choices: choices<TimeOfDay>(TIMES_OF_DAY, timeOfDayLabel),
          values: f.times ?? [],
          onChange: (v) => set({ times: v as TimeOfDay[] }),
        })}
        ${checkboxes({
          id: 'filter-modes',
          label: msg('How would you like to take part?'),
          choices: choices<TakePartMode>(TAKE_PART_MODES, modeText),
          values: f.modes ?? [],
          onChange: (v) => set({ modes: v as TakePartMode[] }),
        })}
        ${checkboxes({
          id: 'filter-cost',
          label: msg('Cost'),
          choices: [{ value: 'free', label: msg('Free only') }],
          values: f.freeOnly ? ['free'] : [],
          onChange: (v) => set({ freeOnly: v.includes('free') }),
        })}
        ${checkboxes({
          id: 'filter-access',
          label: msg('Access needs'),
          hint: msg('We show places that say they have these.'),
          choices: choices<AccessFeature>(ACCESS_FEATURES, accessLabel),
          values: f.access ?? [],
          onChange: (v) => set({ access: v as AccessFeature[] }),
        })}
        ${textField({
          id: 'filter-age',
          label: msg('Your age'),
          optional: true,
          hint: msg('To hide activities for other ages.'),
          value: form.ageText,
          error: age.error && ageErrorText(age.error),
          inputmode: 'numeric',
          width: 3,
          maxlength: 3,
          autocomplete: 'off',
          onInput: (ageText) => {
            const next = readAge(ageText);
            o.onChange({ ageText, filters: { ...f, age: next.age } });
          },
        })}
        ${count > 0
          ? html`<button type="button" class="button button--secondary" @click=${o.onClear}>${msg('Clear filters')}</button>`
          : nothing}
      </div>
    </details>
  `;
}
