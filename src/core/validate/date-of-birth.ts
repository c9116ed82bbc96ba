import { msg, str } from '@lit/localize';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}
export type DatePart = keyof DateParts;

/**
 * Who can refer themselves. Link workers in England support adults, and most social prescribing
 * services take self-referrals from 16 (some children's schemes exist, but they start with a
 * parent, school or GP, not an online form). Younger people are pointed to their GP and Childline.
 * 120 catches a mistyped year ("1870") without refusing anyone real.
 */
export const MIN_AGE = 16;
export const MAX_AGE = 120;

export type DateOfBirthCheck =
  | { ok: true; iso: string }
  | { ok: false; message: string; parts: DatePart[] };

const MONTHS = 'january february march april may june july august september october november december'.split(' ');

// GOV.UK's date pattern accepts month names as well as numbers: "3", "mar", "Sept", "March".
function monthNumber(input: string): number | undefined {
  if (/^[0-9]{1,2}$/.test(input)) return Number(input);
  const name = input.toLowerCase().replace(/\.$/, '');
  if (name.length < 3) return undefined;
  const index = MONTHS.findIndex((m) => m.startsWith(name));
  return index < 0 ? undefined : index + 1;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Whole years between a birth date and today, counting a birthday only once it has come. */
export function ageOn(birth: { year: number; month: number; day: number }, today: Date): number {
  const y = today.getFullYear();
  const m = today.getMonth() + 1;
  const d = today.getDate();
  const hadBirthday = m > birth.month || (m === birth.month && d >= birth.day);
  return y - birth.year - (hadBirthday ? 0 : 1);
}

/**
 * Checks three boxes of a date of birth, after GOV.UK's date input: names the missing box,
 * then checks it is a real date, in the past, and an age the service can help.
 * `today` is the person's local date, passed in so tests do not depend on the clock.
 */
export function checkDateOfBirth(parts: DateParts, today: Date): DateOfBirthCheck {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const missing = (['day', 'month', 'year'] as const).filter((k) => ({ day, month, year })[k] === '');
  if (missing.length === 3) return { ok: false, message: msg('Enter your date of birth'), parts: ['day', 'month', 'year'] };
  if (missing.length > 0) {
    const message =
      missing.length === 2
        ? msg('Date of birth must include a day, month and year')
        : missing[0] === 'day'
          ? msg('Date of birth must include a day')
          : missing[0] === 'month'
            ? msg('Date of birth must include a month')
            : msg('Date of birth must include a year');
    return { ok: false, message, parts: missing };
  }

  const d = /^[0-9]{1,2}$/.test(day) ? Number(day) : NaN;
  const m = monthNumber(month) ?? NaN;
  if (!/^[0-9]{4}$/.test(year)) {
    return { ok: false, message: msg('Year must include 4 numbers, like 1970'), parts: ['year'] };
  }
  const y = Number(year);
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = Number.isInteger(d) && Number.isInteger(m) && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  if (!real) {
    const wrong: DatePart[] = [];
    if (!(d >= 1 && d <= 31)) wrong.push('day');
    if (!(m >= 1 && m <= 12)) wrong.push('month');
    return { ok: false, message: msg('Date of birth must be a real date'), parts: wrong.length ? wrong : ['day', 'month', 'year'] };
  }

  const age = ageOn({ year: y, month: m, day: d }, today);
  const todayIso = `${pad(today.getFullYear(), 4)}-${pad(today.getMonth() + 1, 2)}-${pad(today.getDate(), 2)}`;
  const iso = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
  if (iso > todayIso) return { ok: false, message: msg('Date of birth must be in the past'), parts: ['day', 'month', 'year'] };
  if (age < MIN_AGE) {
    return {
      ok: false,
      message: msg(str`You must be ${MIN_AGE} or older to use this form. Your GP practice can help you find support`),
      parts: ['day', 'month', 'year'],
    };
  }
  if (age > MAX_AGE) return { ok: false, message: msg('Check the year you were born'), parts: ['year'] };
  return { ok: true, iso };
}
