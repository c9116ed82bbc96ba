import { intlLocale } from './intl-locale.ts';

/** CLDR's plural categories. English uses two of them; Welsh and Arabic use all six, Polish four. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

const rules = new Map<string, Intl.PluralRules>();

/**
 * Which form of a count message a language needs for `n`: Welsh says "2 weithgaredd" (two) but
 * "3 gweithgaredd" (few), Polish "2 zajęcia" but "5 zajęć". From Intl.PluralRules, which every
 * browser Waymark supports ships for all of its languages.
 */
export function pluralCategory(n: number, locale: string): PluralCategory {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(intlLocale(locale))));
  return rule.select(n);
}
