import { activeLocale } from './localization.ts';

/** The locale Waymark is rendering in now. */
export function currentLocale(): string {
  return activeLocale();
}
