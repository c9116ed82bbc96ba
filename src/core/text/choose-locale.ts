import { LOCALES, type Locale } from '../vocabulary/lists.ts';

/** Languages written right to left. */
const RTL: readonly Locale[] = ['ur', 'ar'];

/** "cy-GB" → "cy"; anything Waymark does not speak → undefined. */
export function supportedLocale(tag: string | null | undefined): Locale | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : undefined;
}

export interface LocaleInputs {
  /** What the person chose in the language picker. */
  chosen?: string | null;
  /** The `lang` attribute on the Waymark element itself. */
  attribute?: string | null;
  /** The page's language: the nearest `lang` above the element, or `<html lang>`. */
  page?: string | null;
  /** `languages.default` from config. */
  configDefault: Locale;
}

/**
 * The language to show: the person's choice, then the element's `lang`, then the page's, then the
 * service's default. A language Waymark has no translation for is passed over, never half-shown.
 */
export function chooseLocale(inputs: LocaleInputs): Locale {
  return supportedLocale(inputs.chosen) ?? supportedLocale(inputs.attribute) ?? supportedLocale(inputs.page) ?? inputs.configDefault;
}

export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL.includes(locale as Locale) ? 'rtl' : 'ltr';
}

/** Each language in its own name, for the language picker. */
export function nativeName(locale: Locale): string {
  switch (locale) {
    case 'en': return 'English';
    case 'cy': return 'Cymraeg';
    case 'pl': return 'Polski';
    case 'ur': return 'اردو';
    case 'ar': return 'العربية';
    case 'bn': return 'বাংলা';
  }
}
