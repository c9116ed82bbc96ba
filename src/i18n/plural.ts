import { pluralCategory, type PluralCategory } from '../core/text/plural.ts';
import { currentLocale } from './locale.ts';

/**
 * A count message: one `msg()` a plural category, each with its own id (`<name>.<category>`), so
 * every language translates every form and `Intl.PluralRules` picks the one it needs. English
 * uses only `one` and `other`; its other four read like `other`. @lit/localize has no plural
 * syntax, and its ids come from the English text, which is the same for most forms: hence the ids.
 *
 * ```ts
 * plural(n, {
 *   zero: () => msg(str`${n} activities found`, { id: 'activities-found.zero' }),
 *   one: () => msg(str`${n} activity found`, { id: 'activities-found.one' }),
 *   …
 * });
 * ```
 */
export function plural(n: number, forms: Record<PluralCategory, () => string>): string {
  return forms[pluralCategory(n, currentLocale())]();
}
