import type { LocalText } from '../model/common.ts';

/**
 * Picks a service's text in the person's language: the exact locale, then its base language
 * ("cy-GB" → "cy"), then English, then whatever the service gave first.
 */
export function localText(value: LocalText | undefined, locale: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  const base = locale.split('-')[0] ?? locale;
  return value[locale] ?? value[base] ?? value.en ?? Object.values(value)[0];
}
