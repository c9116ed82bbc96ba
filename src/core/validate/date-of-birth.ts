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

/** What can be wrong with a date of birth; `too-young` carries the `minAge`. */
export type DateOfBirthProblem =
  | { code: 'date-of-birth.missing' }
  | { code: 'date-of-birth.missing-parts' }
  | { code: 'date-of-birth.missing-day' }
  | { code: 'date-of-birth.missing-month' }
  | { code: 'date-of-birth.missing-year' }
  | { code: 'date-of-birth.year-digits' }
  | { code: 'date-of-birth.not-real' }
  | { code: 'date-of-birth.in-future' }
  | { code: 'date-of-birth.too-young'; minAge: number }
  | { code: 'date-of-birth.too-old' };

/** A date of birth's ISO date, or its problem and the boxes to mark. */
export type DateOfBirthCheck =
  | { ok: true; iso: string }
  | { ok: false; problem: DateOfBirthProblem; parts: DatePart[] };

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
  if (missing.length === 3) return { ok: false, problem: { code: 'date-of-birth.missing' }, parts: ['day', 'month', 'year'] };
  if (missing.length > 0) {
    const problem: DateOfBirthProblem =
      missing.length === 2 ? { code: 'date-of-birth.missing-parts' } : { code: `date-of-birth.missing-${missing[0]!}` };
    return { ok: false, problem, parts: missing };
  }

  const d = /^[0-9]{1,2}$/.test(day) ? Number(day) : NaN;
  const m = monthNumber(month) ?? NaN;
  if (!/^[0-9]{4}$/.test(year)) {
    return { ok: false, problem: { code: 'date-of-birth.year-digits' }, parts: ['year'] };
  }
  const y = Number(year);
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = Number.isInteger(d) && Number.isInteger(m) && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  if (!real) {
    const wrong: DatePart[] = [];
    if (!(d >= 1 && d <= 31)) wrong.push('day');
    if (!(m >= 1 && m <= 12)) wrong.push('month');
    return { ok: false, problem: { code: 'date-of-birth.not-real' }, parts: wrong.length ? wrong : ['day', 'month', 'year'] };
  }

  const age = ageOn({ year: y, month: m, day: d }, today);
  const todayIso = `${pad(today.getFullYear(), 4)}-${pad(today.getMonth() + 1, 2)}-${pad(today.getDate(), 2)}`;
  const iso = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
  if (iso > todayIso) return { ok: false, problem: { code: 'date-of-birth.in-future' }, parts: ['day', 'month', 'year'] };
  if (age < MIN_AGE) {
    return { ok: false, problem: { code: 'date-of-birth.too-young', minAge: MIN_AGE }, parts: ['day', 'month', 'year'] };
  }
  if (age > MAX_AGE) return { ok: false, problem: { code: 'date-of-birth.too-old' }, parts: ['year'] };
  return { ok: true, iso };
}
