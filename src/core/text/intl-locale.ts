/**
 * The locale to hand to `Intl`. Waymark's English is British English: "21 November 2026",
 * not "November 21, 2026".
 */
export function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}
