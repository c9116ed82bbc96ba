import { msg, str } from '@lit/localize';
import type { Day } from '../core/model/common.ts';
import { intlLocale } from '../core/text/intl-locale.ts';

// Numbers, dates and lists go through Intl. Some browsers ship without every language's data
// (Chromium has no Welsh: Intl quietly answers in English), so where Intl cannot speak the
// language these fall back to Waymark's own translated words.

export function intlSpeaks(locale: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([intlLocale(locale)]).length > 0;
  } catch {
    return false;
  }
}

export function dayLabel(day: Day): string {
  switch (day) {
    case 'mon': return msg('Monday');
    case 'tue': return msg('Tuesday');
    case 'wed': return msg('Wednesday');
    case 'thu': return msg('Thursday');
    case 'fri': return msg('Friday');
    case 'sat': return msg('Saturday');
    case 'sun': return msg('Sunday');
  }
}

export function monthLabel(month: number): string {
  switch (month) {
    case 1: return msg('January');
    case 2: return msg('February');
    case 3: return msg('March');
    case 4: return msg('April');
    case 5: return msg('May');
    case 6: return msg('June');
    case 7: return msg('July');
    case 8: return msg('August');
    case 9: return msg('September');
    case 10: return msg('October');
    case 11: return msg('November');
    default: return msg('December');
  }
}

/** "21 November 2026" in the person's language. Reads the date in UTC, as Waymark stores dates. */
export function dateText(date: Date, locale: string): string {
  if (intlSpeaks(locale)) {
    return new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  const day = String(date.getUTCDate());
  const month = monthLabel(date.getUTCMonth() + 1);
  const year = String(date.getUTCFullYear());
  return msg(str`${day} ${month} ${year}`);
}

/** "March 2026" in the person's language (UTC, as Waymark stores dates). */
export function monthYearText(date: Date, locale: string): string {
  if (intlSpeaks(locale)) {
    return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  const month = monthLabel(date.getUTCMonth() + 1);
  const year = String(date.getUTCFullYear());
  return msg(str`${month} ${year}`);
}

/** "A, B and C" (or "A, B, C" for `unit`), in the person's language. */
export function listText(items: readonly string[], locale: string, type: 'conjunction' | 'unit' = 'conjunction'): string {
  if (intlSpeaks(locale)) return new Intl.ListFormat(intlLocale(locale), { type, style: type === 'unit' ? 'short' : 'long' }).format(items);
  if (type === 'unit' || items.length < 2) return items.join(', ');
  const head = items.slice(0, -1).join(', ');
  const last = items[items.length - 1]!;
  return msg(str`${head} and ${last}`);
}

export function numberText(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(intlSpeaks(locale) ? intlLocale(locale) : 'en-GB', options).format(value);
}

/**
 * "45 seconds", "2 minutes", "1 hour": a wait, rounded up, with each language's own plural forms
 * (Intl knows them from CLDR; Waymark's translated words where the browser lacks the language).
 */
export function durationText(ms: number, locale: string): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  const [count, unit] = seconds < 60 ? [seconds, 'second'] : seconds < 3600 ? [Math.ceil(seconds / 60), 'minute'] : [Math.ceil(seconds / 3600), 'hour'];
  if (intlSpeaks(locale)) return new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit, unitDisplay: 'long' }).format(count);
  if (unit === 'second') return count === 1 ? msg('1 second') : msg(str`${count} seconds`);
  if (unit === 'minute') return count === 1 ? msg('1 minute') : msg(str`${count} minutes`);
  return count === 1 ? msg('1 hour') : msg(str`${count} hours`);
}
