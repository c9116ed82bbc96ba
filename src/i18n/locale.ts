/**
 * The locale Waymark is rendering in. English is the source language and needs no extra
 * request; `localization.ts` (languages issue) switches this when a translation loads.
 */
let active = 'en';

export function currentLocale(): string {
  return active;
}

export function setActiveLocale(locale: string): void {
  active = locale;
}
