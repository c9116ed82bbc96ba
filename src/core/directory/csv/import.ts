import Papa from 'papaparse';
import { Activity, type ActivityInput } from '../../model/activity.ts';
import type { Day } from '../../vocabulary/lists.ts';
import {
  oneLine, readAge, readCoordinate, readCost, readDate, readDays, readEmailCell, readNames, readNextDates, readPhone, readPostcode,
  readWebsite, readYesNo, splitList, tidy, type CellRead,
} from './cells.ts';
import { columnFor, type ColumnKey } from './columns.ts';
import type { CsvProblem, CsvProblemCode } from './problems.ts';
import { readTime } from './times.ts';
import { canReach } from '../reach.ts';
import { JOIN_NAMES, MODE_NAMES, NEED_AREA_NAMES, WORK_NAMES, lookup } from './words.ts';

export interface CsvImportOptions {
  /** Today, `YYYY-MM-DD`: a "Last checked" date after it is refused. Defaults to the clock's. */
  today?: string;
}

export interface CsvImport {
  /** Every good row, checked by the Activity schema, in the sheet's order. */
  activities: Activity[];
  /** Everything wrong, in the order a person would meet it reading the sheet. */
  problems: CsvProblem[];
  /** Rows that held an activity (not the headings, not blank rows), and the ones left out. */
  rows: { read: number; skipped: number[] };
  /**
   * Imported rows with no phone, email, website or place: the finder leaves such an activity out
   * (directory/reach.ts), so the person importing is told now, not by the live site's console.
   */
  unreachable: { row: number; name: string }[];
}

/** Rows searched for the headings, so a title or a note above them does not stop the import. */
const HEADING_SEARCH = 10;

const findNeedArea = lookup(NEED_AREA_NAMES);
const findWork = lookup(WORK_NAMES);
const findMode = lookup(MODE_NAMES);
const findJoin = lookup(JOIN_NAMES);

/**
 * A spreadsheet saved as CSV → Waymark activities, one per row, and each problem by row and
 * column. A row with any problem is left out whole (never published half right); the others
 * still import. Unlike a live feed, where the finder leaves out only a bad field (issue 15), a
 * person runs this and sees every problem before anything is published, and the cell takes
 * seconds to fix. Pure: no files, no clock unless `today` is left out.
 */
export function importDirectoryCsv(text: string, options: CsvImportOptions = {}): CsvImport {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  // Excel's "CSV UTF-8" starts with a byte-order mark, which would otherwise stick to the first heading.
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, { delimiter: guessDelimiter(body), skipEmptyLines: false });
  const records = parsed.data;
  const unclosed = new Set(parsed.errors.filter((e) => e.code === 'MissingQuotes' && e.row !== undefined).map((e) => e.row!));
  const problems: CsvProblem[] = [];
  const result: CsvImport = { activities: [], problems, rows: { read: 0, skipped: [] }, unreachable: [] };

  const headingIndex = records.slice(0, HEADING_SEARCH).findIndex((r) => r.some((cell) => columnFor(oneLine(cell)) === 'name'));
  if (headingIndex < 0) {
    const first = records.find((r) => !isBlank(r));
    problems.push(
      first
        ? { code: 'no-name-column', effect: 'nothing-imported', row: records.indexOf(first) + 1, value: first.map(oneLine).filter(Boolean).join(', ') }
        : { code: 'no-headings', effect: 'nothing-imported' },
    );
    return result;
  }
  if (records.slice(0, headingIndex).some((r) => !isBlank(r))) {
    problems.push({ code: 'rows-before-headings', effect: 'rows-left-out', row: headingIndex + 1 });
  }

  const headingRow = records[headingIndex]!;
  const dataRows = records.slice(headingIndex + 1);
  const columns = readHeadings(headingRow, dataRows, problems);
  const firstRowWithId = new Map<string, number>();

  dataRows.forEach((cells, i) => {
    if (isBlank(cells)) return;
    const row = headingIndex + i + 2;
    result.rows.read++;
    const rowProblems = unclosed.has(headingIndex + 1 + i)
      ? [{ code: 'unclosed-quote', effect: 'row-skipped', row } satisfies CsvProblem]
      : extraCells(cells, headingRow.length, row) ?? readRow(cells, row, columns, today, firstRowWithId, result);
    if (rowProblems.length) {
      problems.push(...rowProblems);
      result.rows.skipped.push(row);
    }
  });
  return result;
}

interface Column {
  index: number;
  heading: string;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** The delimiter the heading row uses: commas, or the semicolons or tabs some programs save. */
function guessDelimiter(body: string): string {
  const firstLine = (body.split(/\r?\n/).find((line) => line.trim() !== '') ?? '').replace(/"[^"]*"/g, '');
  const count = (c: string) => firstLine.split(c).length - 1;
  return [';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

/** Which cell holds which column. Unknown, unnamed and repeated headings are named and left out. */
function readHeadings(headings: readonly string[], rows: readonly string[][], problems: CsvProblem[]): Map<ColumnKey, Column> {
  const columns = new Map<ColumnKey, Column>();
  headings.forEach((cell, index) => {
    const heading = oneLine(cell);
    const field = columnFor(heading);
    if (!heading) {
      if (rows.some((r) => (r[index] ?? '').trim() !== '')) problems.push({ code: 'unnamed-column', effect: 'column-left-out', letter: columnLetter(index) });
    } else if (!field) {
      problems.push({ code: 'unknown-column', effect: 'column-left-out', column: heading, letter: columnLetter(index) });
    } else if (columns.has(field)) {
      problems.push({ code: 'repeated-column', effect: 'column-left-out', column: heading, field, letter: columnLetter(index) });
    } else {
      columns.set(field, { index, heading });
    }
  });
  return columns;
}

/** 0 → "A", 26 → "AA", as a spreadsheet letters its columns. */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** More filled cells than headings: an unquoted comma has shifted everything after it. */
function extraCells(cells: readonly string[], headings: number, row: number): CsvProblem[] | undefined {
  const lastFilled = cells.findLastIndex((cell) => cell.trim() !== '');
  return lastFilled >= headings ? [{ code: 'extra-cells', effect: 'row-skipped', row, cells: lastFilled + 1, headings }] : undefined;
}

function readRow(
  cells: readonly string[],
  row: number,
  columns: Map<ColumnKey, Column>,
  today: string,
  firstRowWithId: Map<string, number>,
  result: CsvImport,
): CsvProblem[] {
  const problems: CsvProblem[] = [];
  const raw = (field: ColumnKey) => {
    const column = columns.get(field);
    return column ? (cells[column.index] ?? '') : '';
  };
  const problem = (field: ColumnKey, code: CsvProblemCode, extra: Partial<CsvProblem> = {}) =>
    problems.push({ code, effect: 'row-skipped', row, column: columns.get(field)?.heading, field, value: shown(raw(field)), ...extra });
  const text = (field: ColumnKey) => oneLine(raw(field)) || undefined;
  /** The cell through its reader; an empty cell is `undefined`, a bad one a problem. */
  function read<T>(field: ColumnKey, reader: (cell: string) => CellRead<T>): T | undefined {
    if (!text(field)) return undefined;
    const got = reader(raw(field));
    if (got.ok) return got.value;
    problem(field, got.problem, got.part === undefined ? {} : { part: got.part });
    return undefined;
  }

  const name = text('name');
  if (!name) problem('name', 'missing-name');
  const idField: ColumnKey = text('id') ? 'id' : 'name';
  const id = text('id') ?? (name ? idFromName(name) : undefined);

  const days = read('day', readDays);
  const time = read('time', (cell) => {
    const t = readTime(oneLine(cell));
    return t.ok ? { ok: true, value: t.range } : { ok: false, problem: t.problem };
  });
  const latitude = read('latitude', (cell) => readCoordinate(cell, 90));
  const longitude = read('longitude', (cell) => readCoordinate(cell, 180));
  if (text('latitude') && !text('longitude')) problem('longitude', 'half-position');
  if (text('longitude') && !text('latitude')) problem('latitude', 'half-position');
  const minAge = read('minAge', readAge);
  const maxAge = read('maxAge', readAge);
  if (minAge !== undefined && maxAge !== undefined && maxAge < minAge) problem('maxAge', 'ages-reversed', { minAge });

  const candidate: ActivityInput = {
    id: id ?? '',
    name: name ?? '',
    summary: text('summary'),
    description: tidy(raw('description')),
    organisation: text('organisation') ? { name: text('organisation')! } : undefined,
    needAreas: read('needAreas', (cell) => readNames(cell, findNeedArea, 'unknown-need-area')),
    pathways: read('work', (cell) => readNames(cell, findWork, 'unknown-work-help')),
    modes: read('modes', (cell) => readNames(cell, findMode, 'unknown-mode', true)),
    locations: place(raw, {
      postcode: read('postcode', readPostcode),
      latitude: latitude !== undefined && longitude !== undefined ? latitude : undefined,
      longitude: latitude !== undefined && longitude !== undefined ? longitude : undefined,
    }),
    ...when(days, time, text('whenNotes')),
    cost: text('cost') ? readCost(raw('cost')) : undefined,
    eligibility: minAge !== undefined || maxAge !== undefined || text('whoFor') ? { minAge, maxAge, description: text('whoFor') } : undefined,
    contact: {
      name: text('contactName'),
      phone: read('phone', readPhone),
      email: read('email', readEmailCell),
      website: read('website', readWebsite),
    },
    howToJoin: read('howToJoin', (cell) => readNames(cell, findJoin, 'unknown-join-route', true)),
    languages: splitList(raw('languages'), true),
    lastChecked: read('lastChecked', (cell) => readDate(cell, today)),
    // The Time column gives the next dates their hours.
    nextDates: read('nextDates', readNextDates)?.map((date) => ({ date, starts: time?.opens, ends: time?.closes })),
    firstVisit: firstVisit(read('meetYou', readYesNo), read('bringSomeone', readYesNo), tidy(raw('gettingThere')) || undefined),
  };
  if (problems.length) return problems;

  const checked = Activity.safeParse(pruned(candidate));
  if (!checked.success) {
    // The cell readers agree with the schema, so this is Waymark's bug, not the sheet's: say where.
    return checked.error.issues.map((issue) => ({ code: 'not-valid', effect: 'row-skipped', row, path: issue.path.map(String).join('.') }) satisfies CsvProblem);
  }
  const earlier = firstRowWithId.get(checked.data.id);
  if (earlier !== undefined) {
    problem(idField, 'repeated-id', { otherRow: earlier });
    return problems;
  }
  firstRowWithId.set(checked.data.id, row);
  result.activities.push(checked.data);
  if (!canReach(checked.data)) result.unreachable.push({ row, name: checked.data.name });
  return [];
}

/** Where, when at least one of its cells is filled. An address over several lines reads as one. */
function place(raw: (field: ColumnKey) => string, checked: { postcode?: string; latitude?: number; longitude?: number }) {
  const name = oneLine(raw('place')) || undefined;
  const address = tidy(raw('address')).split('\n').join(', ') || undefined;
  const accessibility = splitList(raw('accessibility'));
  const filled = name || address || checked.postcode || checked.latitude !== undefined || accessibility.length;
  return filled ? [{ name, address, ...checked, accessibility }] : [];
}

/** Day and Time make one session; the notes go with it, or stand alone when there is none. */
function when(days: Day[] | undefined, time: { opens: string; closes?: string } | undefined, notes: string | undefined) {
  if (!days?.length && !time) return { schedule: [], scheduleDescription: notes };
  return { schedule: [{ days: days ?? [], opens: time?.opens, closes: time?.closes, description: notes }] };
}

/** The first-visit cells, when any is filled. */
function firstVisit(someoneMeetsYou: boolean | undefined, bringSomeone: boolean | undefined, gettingThere: string | undefined) {
  return someoneMeetsYou !== undefined || bringSomeone !== undefined || gettingThere ? { someoneMeetsYou, bringSomeone, gettingThere } : undefined;
}

/** Leaves out empty cells' `undefined`s, so the activity holds only what the sheet says. */
function pruned<T>(value: T): T {
  if (Array.isArray(value)) return value.map(pruned) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, pruned(v)])) as T;
}

/** "Kelby Wold Lunch Club" → "kelby-wold-lunch-club": stable while the name is. */
export function idFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || `activity-${fnv1a(name)}`;
}

/** A short, steady fingerprint for a name written wholly in another script. */
function fnv1a(s: string): string {
  let hash = 0x811c9dc5;
  for (const ch of s) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The cell as a message shows it: one line, and not a whole paragraph. */
function shown(cell: string): string {
  const line = oneLine(cell);
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
