import type { Preferences } from '../model/goals.ts';
import { ACCESS_FEATURES, DAYS, TAKE_PART_MODES, TIMES_OF_DAY, type AccessFeature, type Day, type TakePartMode, type TimeOfDay } from '../vocabulary/lists.ts';
import type { Filters } from './search.ts';

// What the person said in the questions (days, times, how far, how to take part, access needs)
// becomes filters they can see and remove one by one: "From your answers: Tuesday · mornings ·
// within 3 miles · step-free". The filters stay the one place the search reads; a chip is an
// answer's value that the filters still hold, so the filter form and the chips always agree.

export type AnswerChip =
  | { group: 'days'; value: Day }
  | { group: 'times'; value: TimeOfDay }
  | { group: 'maxMiles'; value: number }
  | { group: 'modes'; value: TakePartMode }
  | { group: 'access'; value: AccessFeature };

type ListGroup = 'days' | 'times' | 'modes' | 'access';

/** A stable key for a chip: its element id and the list's key. */
export function chipKey(chip: AnswerChip): string {
  return `${chip.group}-${chip.value}`;
}

/**
 * The chips a person's answers give, in reading order. A group that names every choice (every
 * day, every way of taking part) narrows nothing, so it gives no chips.
 */
export function answerChips(preferences: Preferences | undefined): AnswerChip[] {
  if (!preferences) return [];
  const some = <T extends string>(chosen: readonly T[] | undefined, all: readonly T[]) =>
    chosen && chosen.length > 0 && all.some((value) => !chosen.includes(value)) ? all.filter((value) => chosen.includes(value)) : [];
  return [
    ...some(preferences.days, DAYS).map((value) => ({ group: 'days' as const, value })),
    ...some(preferences.times, TIMES_OF_DAY).map((value) => ({ group: 'times' as const, value })),
    ...(preferences.maxMiles !== undefined ? [{ group: 'maxMiles' as const, value: preferences.maxMiles }] : []),
    ...some(preferences.modes, TAKE_PART_MODES).map((value) => ({ group: 'modes' as const, value })),
    ...some(preferences.access, ACCESS_FEATURES).map((value) => ({ group: 'access' as const, value })),
  ];
}

const listOf = (filters: Filters, group: ListGroup): readonly string[] => filters[group] ?? [];

/** The filters with every chip's value added; what the person chose in the filters stays. */
export function withChips(filters: Filters, chips: readonly AnswerChip[]): Filters {
  const out: Filters = { ...filters };
  for (const chip of chips) {
    if (chip.group === 'maxMiles') out.maxMiles = chip.value;
    else if (!listOf(out, chip.group).includes(chip.value)) out[chip.group] = [...listOf(out, chip.group), chip.value] as never;
  }
  return out;
}

/** The filters without one chip's value: removing a chip widens the search. */
export function withoutChip(filters: Filters, chip: AnswerChip): Filters {
  const out: Filters = { ...filters };
  if (chip.group === 'maxMiles') delete out.maxMiles;
  else out[chip.group] = listOf(out, chip.group).filter((v) => v !== chip.value) as never;
  return out;
}

/** The chips whose value the filters still hold: the person may have untaken one in the filter form. */
export function chipsInForce(filters: Filters, chips: readonly AnswerChip[]): AnswerChip[] {
  return chips.filter((chip) => (chip.group === 'maxMiles' ? filters.maxMiles === chip.value : listOf(filters, chip.group).includes(chip.value)));
}

export interface ChipToRemove {
  chip: AnswerChip;
  /** How many activities there would be without it. */
  total: number;
}

/**
 * When nothing matches: the chips that, removed on their own, would show something, most results
 * first. Empty when no single chip is to blame; then removing them all is the way on.
 */
export function chipsToRemove(filters: Filters, chips: readonly AnswerChip[], count: (filters: Filters) => number): ChipToRemove[] {
  return chipsInForce(filters, chips)
    .map((chip) => ({ chip, total: count(withoutChip(filters, chip)) }))
    .filter((c) => c.total > 0)
    .sort((a, b) => b.total - a.total);
}

/** The filters without any chip's value. */
export function withoutChips(filters: Filters, chips: readonly AnswerChip[]): Filters {
  return chips.reduce(withoutChip, filters);
}
