import { DAYS, type Day } from '../../vocabulary/lists.ts';
import { normalisePostcode } from '../../validate/postcode.ts';
import { normaliseUkPhone } from '../../validate/phone.ts';
import { email as readEmail, webUrl } from '../read.ts';
import type { CsvProblemCode } from './problems.ts';
import { DAY_NAMES, wordKey } from './words.ts';

// Readers for single cells. Each gives the value in Waymark's shape, or the problem's code (and,
// for lists, the part it could not read). They never guess: a cell that could mean two things
// is a problem for a person to settle, because a wrong guess reaches the public.

export type CellRead<T> = { ok: true; value: T } | { ok: false; problem: CsvProblemCode; part?: string };

const ok = <T>(value: T): CellRead<T> => ({ ok: true, value });
const no = (problem: CsvProblemCode, part?: string): CellRead<never> => ({ ok: false, problem, part });

/** A cell's text with spaces tidied: non-breaking spaces, runs of spaces, spaces at line ends. */
export function tidy(cell: string): string {
  return cell
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\t ]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line: line breaks in a name or postcode are an accident of the spreadsheet. */
export function oneLine(cell: string): string {
  return tidy(cell).replace(/\s*\n\s*/g, ' ');
}

/** "English, Polish; Urdu" or one per line (Alt+Enter in a spreadsheet). */
export function splitList(cell: string, alsoAnd = false): string[] {
  const separators = alsoAnd ? /\s*(?:[,;\n]|\band\b|\bor\b|&)\s*/i : /\s*[,;\n]\s*/;
  return tidy(cell).split(separators).filter((part) => part !== '');
}

/** Each part of a list cell through a lookup; the first it does not know is the problem. */
export function readNames<Id extends string>(cell: string, find: (words: string) => Id | undefined, problem: CsvProblemCode, alsoAnd = false): CellRead<Id[]> {
  const ids: Id[] = [];
  for (const part of splitList(cell, alsoAnd)) {
    const id = find(part);
    if (!id) return no(problem, part);
    if (!ids.includes(id)) ids.push(id);
  }
  return ok(ids);
}

// Whole day names only ("Mondays" too): "Tues" and "Thurs" are refused, not guessed, since
// "T" days and "S" days are easy to mix up when a sheet is typed in a hurry.
const DAY_WORDS = new Map<string, Day>(DAYS.flatMap((d) => [[wordKey(DAY_NAMES[d]), d], [`${wordKey(DAY_NAMES[d])}s`, d]] as const));
const findDay = (words: string) => DAY_WORDS.get(wordKey(words));
const GROUPS: Record<string, readonly Day[]> = {
  'every day': DAYS, 'daily': DAYS, 'weekday': DAYS.slice(0, 5), 'weekdays': DAYS.slice(0, 5), 'weekends': DAYS.slice(5), 'weekend': DAYS.slice(5),
};

function dayOrGroup(words: string): readonly Day[] | undefined {
  const key = wordKey(words).replace(/^every (?=\w+day)/, '');
  const day = findDay(key);
  return day ? [day] : GROUPS[key];
}

/** "Monday", "Tuesday and Thursday", "Mondays, Wednesdays", "Monday to Friday", "Weekdays". */
export function readDays(cell: string): CellRead<Day[]> {
  const days = new Set<Day>();
  for (const part of splitList(cell, true)) {
    const range = /^(\S+)\s*(?:to|[-–—])\s*(\S+)$/i.exec(part);
    const from = range && findDay(range[1]!);
    const to = range && findDay(range[2]!);
    if (from && to) {
      const [a, b] = [DAYS.indexOf(from), DAYS.indexOf(to)];
      // "Friday to Monday" goes round the weekend.
      for (let i = a; ; i = (i + 1) % 7) {
        days.add(DAYS[i]!);
        if (i === b) break;
      }
      continue;
    }
    const found = dayOrGroup(part);
    if (!found) return no('unknown-day', part);
    for (const d of found) days.add(d);
  }
  return ok(DAYS.filter((d) => days.has(d)));
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september'));
  return i < 0 ? undefined : i + 1;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const same = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return same ? date.toISOString().slice(0, 10) : undefined;
}

/** "2026-03-12", "12/03/2026", "12/3/26", "12.03.2026", "12 March 2026", "March 2026" (the 1st); day first. */
function parseDate(cell: string): string | undefined {
  // A date cell saved with a time of day ("12/03/2026 00:00") keeps only the date.
  const s = oneLine(cell).replace(/\s+\d{1,2}:\d{2}(?::\d{2})?$/, '').replace(/(\d)(st|nd|rd|th)\b/gi, '$1');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s))) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(s))) {
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return isoDate(year, Number(m[2]), Number(m[1]));
  }
  if ((m = /^(?:(\d{1,2})\s+)?([a-z]+\.?),?\s+(\d{4})$/i.exec(s))) {
    const month = monthNumber(m[2]!);
    if (month) return isoDate(Number(m[3]), month, m[1] ? Number(m[1]) : 1);
  }
  return undefined;
}

/**
 * A "Last checked" date (see parseDate). Day first, as in the UK and as a UK spreadsheet saves
 * a date. A date more than a day after `today` is refused: it is usually a month-first date
 * ("03/12/2026" for 12 March).
 */
export function readDate(cell: string, today: string): CellRead<string> {
  const iso = parseDate(cell);
  if (!iso) return no('bad-date');
  const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return iso > tomorrow ? no('date-in-future') : ok(iso);
}

/** "12/01/2027; 9 February 2027": dates the activity next happens, any number, day first; in date order. */
export function readNextDates(cell: string): CellRead<string[]> {
  const dates: string[] = [];
  // Semicolons or line breaks between dates; commas too, unless the comma is inside one ("9 February, 2027").
  for (const chunk of cell.split(/[;\r\n]+/).map(oneLine).filter(Boolean)) {
    const parts = parseDate(chunk) ? [chunk] : chunk.split(',').map(oneLine).filter(Boolean);
    for (const part of parts) {
      const iso = parseDate(part);
      if (!iso) return no('bad-next-date', part);
      dates.push(iso);
    }
  }
  return ok([...new Set(dates)].sort());
}

const YES = new Set(['yes', 'y', 'true', '1', 'x', '✓', '✔']);
const NO = new Set(['no', 'n', 'false', '0']);

/** "Yes" or "No" (also Y, N, True, False, a tick or an x for yes). */
export function readYesNo(cell: string): CellRead<boolean> {
  const word = oneLine(cell).toLowerCase().replace(/[.!]$/, '');
  if (YES.has(word)) return ok(true);
  if (NO.has(word)) return ok(false);
  return no('not-yes-no');
}

/** "18", "18+", "18 years": a whole number of years a person could be. */
export function readAge(cell: string): CellRead<number> {
  const m = /^(\d{1,3})\s*(?:\+|years?(?: old)?|yrs?)?$/i.exec(oneLine(cell));
  const age = m ? Number(m[1]) : NaN;
  return age >= 0 && age <= 130 ? ok(age) : no('bad-age');
}

export function readCoordinate(cell: string, limit: 90 | 180): CellRead<number> {
  const s = oneLine(cell);
  const n = /^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : NaN;
  return Math.abs(n) <= limit ? ok(n) : no(limit === 90 ? 'bad-latitude' : 'bad-longitude');
}

/** "ls6 2ab" → "LS6 2AB". */
export function readPostcode(cell: string): CellRead<string> {
  const postcode = normalisePostcode(oneLine(cell));
  return postcode ? ok(postcode) : no('bad-postcode');
}

/**
 * Kept as written ("01632 960 458"), since people read it. A spreadsheet that stored the number
 * as a number has dropped the leading 0 ("1632960458"): that one is given back in digits.
 */
export function readPhone(cell: string): CellRead<string> {
  const written = oneLine(cell);
  const national = normaliseUkPhone(written);
  if (!national) return no('bad-phone');
  return ok(/^[+0]/.test(written) ? written : national);
}

export function readEmailCell(cell: string): CellRead<string> {
  const address = readEmail(oneLine(cell));
  return address ? ok(address) : no('bad-email');
}

/** "https://…" as it is; "www.example.org" and "example.org.uk/walks" gain "https://". */
export function readWebsite(cell: string): CellRead<string> {
  const s = oneLine(cell);
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s}`;
  const url = webUrl(withScheme);
  return url ? ok(url) : no('bad-website');
}

/**
 * "Free", "£3", "£5 for lunch", "Free, donations welcome". Free only when the words say so and
 * no amount above nothing is named: "Free for carers, £2 for others" is not free.
 */
export function readCost(cell: string): { free: boolean; description?: string } {
  const s = tidy(cell);
  if (/^(?:free|£?0(?:\.00)?|nothing|no cost|no charge)[.!]?$/i.test(s)) return { free: true };
  const afterFree = /^free\s*[,.;:–—(-]\s*(.+?)\)?$/is.exec(s);
  if (afterFree && !/£\s*0*[1-9]/.test(s)) {
    const rest = afterFree[1]!;
    return { free: true, description: rest.charAt(0).toUpperCase() + rest.slice(1) };
  }
  return { free: /\bfree\b/i.test(s) && !/£\s*0*[1-9]/.test(s), description: s };
}
