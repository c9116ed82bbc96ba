import { templateHeading, type ColumnKey } from './columns.ts';
import { DAY_NAMES, JOIN_NAMES, MODE_NAMES, NEED_AREA_NAMES, WORK_NAMES, firstNames } from './words.ts';

// What can be wrong with a spreadsheet, as codes and data, so a screen can word each one in
// the reader's language. `csvProblemText` is the English wording, for the command line.

export const CSV_PROBLEM_CODES = [
  // The file as a whole
  'no-headings', 'no-name-column', 'unknown-column', 'unnamed-column', 'repeated-column', 'rows-before-headings',
  // One row, which is then left out
  'unclosed-quote', 'extra-cells', 'missing-name', 'repeated-id',
  'unknown-day', 'unreadable-time', 'time-needs-am-pm', 'several-times', 'ends-before-start',
  'unknown-need-area', 'unknown-work-help', 'unknown-mode', 'unknown-join-route',
  'bad-postcode', 'bad-phone', 'bad-email', 'bad-website', 'bad-latitude', 'bad-longitude', 'half-position',
  'bad-age', 'ages-reversed', 'bad-date', 'date-in-future', 'bad-next-date', 'not-yes-no', 'not-valid',
] as const;
export type CsvProblemCode = (typeof CSV_PROBLEM_CODES)[number];

/** What the problem cost: one row, one column, some rows above the headings, or the whole file. */
export type CsvProblemEffect = 'row-skipped' | 'column-left-out' | 'rows-left-out' | 'nothing-imported';

export interface CsvProblem {
  code: CsvProblemCode;
  effect: CsvProblemEffect;
  /** The row as the spreadsheet numbers it: the heading row is row 1 (when it is the first). */
  row?: number;
  /** The column's heading as the file writes it. */
  column?: string;
  /** Which of Waymark's columns that heading is, whatever the file called it. */
  field?: ColumnKey;
  /** The column's letter in the spreadsheet ("F"), for problems with a whole column. */
  letter?: string;
  /** The cell as written, without the spaces around it. */
  value?: string;
  /** The part of a list cell that was not understood: "Tues" in "Monday, Tues". */
  part?: string;
  /** `repeated-id`: the row that already has this ID. */
  otherRow?: number;
  /** `extra-cells`: how many cells the row has, and how many headings there are. */
  cells?: number;
  headings?: number;
  /** `ages-reversed`: the minimum age, which the maximum is below. */
  minAge?: number;
  /** `not-valid`: where in the activity the schema found the problem (a bug if ever seen). */
  path?: string;
}

const list = (names: readonly string[], last = 'or') =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} ${last} ${names[names.length - 1]}` : (names[0] ?? '');

/** The problems with one cell, worded "Row 7, column 'Day': 'Tues' — <advice>". */
type CellProblemCode = Exclude<
  CsvProblemCode,
  'no-headings' | 'no-name-column' | 'unknown-column' | 'unnamed-column' | 'repeated-column' | 'rows-before-headings'
  | 'unclosed-quote' | 'extra-cells' | 'missing-name' | 'half-position' | 'not-valid'
>;

/** What to do about a problem in a cell: the words after the dash. */
function advice(code: CellProblemCode, p: CsvProblem): string {
  switch (code) {
    case 'unknown-day': return `write days as ${DAY_NAMES.mon}, ${DAY_NAMES.tue} …`;
    case 'unreadable-time': return 'write times like 10am–12pm or 10:00–12:00';
    case 'time-needs-am-pm': return 'add am or pm, like 10am–12pm (or write the 24-hour clock with two digits, like 09:30–11:30)';
    case 'several-times': return 'give one time per row: put each session in a row of its own, with its own name or ID';
    case 'ends-before-start': return 'the end time is before the start time';
    // Semicolons between them: several names have an "and" of their own.
    case 'unknown-need-area': return `'${p.part}' is not a need area; use one of these: ${firstNames(NEED_AREA_NAMES).join('; ')}`;
    case 'unknown-work-help': return `write ${list(firstNames(WORK_NAMES).map((n) => `'${n}'`))}, or leave it empty`;
    case 'unknown-mode': return `write ${list(firstNames(MODE_NAMES))}`;
    case 'unknown-join-route': return `write ${list(firstNames(JOIN_NAMES).map((n) => `'${n}'`))}`;
    case 'bad-postcode': return 'write a full UK postcode, like LS6 2AB';
    case 'bad-phone': return 'write a UK phone number, like 01632 960 001';
    case 'bad-email': return 'write an email address, like hello@example.org';
    case 'bad-website': return 'write a web address, like https://www.example.org';
    case 'bad-latitude': return 'write latitude as a number from -90 to 90, like 53.8008';
    case 'bad-longitude': return 'write longitude as a number from -180 to 180, like -1.5491';
    case 'bad-age': return 'write an age in whole years, like 18';
    case 'ages-reversed': return `this is below the minimum age (${p.minAge})`;
    case 'bad-date': return 'write the date with the day first, like 12/03/2026, or as 2026-03-12';
    case 'bad-next-date': return `'${p.part}' is not a date; write each date with the day first, like 12/01/2027, with a semicolon between dates`;
    case 'not-yes-no': return 'write Yes or No, or leave it empty if you do not know';
    case 'date-in-future': return 'that date has not come yet; write the day the details were last checked, day first, like 12/03/2026';
    case 'repeated-id':
      return p.field === 'id'
        ? `row ${p.otherRow} has this ID too; give each activity its own ID`
        : `row ${p.otherRow} has this name too; give each activity its own name, or fill in the ID column`;
  }
}

/** The problem in plain English: "Row 7, column 'Day': 'Tues and Thurs' — write days as Monday, Tuesday …". */
export function csvProblemText(p: CsvProblem): string {
  const column = p.column ?? (p.field ? templateHeading(p.field) : undefined);
  switch (p.code) {
    case 'no-headings':
      return 'The file is empty: there is no row of headings, so nothing was imported';
    case 'no-name-column':
      return `No column is headed 'Name', so nothing was imported. Every activity needs a name. The headings found were: ${p.value ?? '(none)'}`;
    case 'unknown-column':
      return `Column ${p.letter}, '${column}', is not one Waymark reads, so it was left out — check the spelling against the template`;
    case 'unnamed-column':
      return `Column ${p.letter} has no heading, so it was left out — give it one of the template's headings`;
    case 'repeated-column':
      return `Column ${p.letter}, '${column}', repeats an earlier heading, so it was left out`;
    case 'rows-before-headings':
      return p.row === 2
        ? 'Row 1 comes before the headings in row 2, so it was left out'
        : `Rows 1 to ${(p.row ?? 2) - 1} come before the headings in row ${p.row}, so they were left out`;
    case 'unclosed-quote':
      return `Row ${p.row}: a quote mark (") opens a cell but never closes it, so this row and any after it could not be read`;
    case 'extra-cells':
      return `Row ${p.row}: it has ${p.cells} cells but there are ${p.headings} headings — a cell with a comma in it may have lost its quote marks`;
    case 'missing-name':
      return `Row ${p.row}, column '${column}' is empty — every activity needs a name`;
    case 'half-position':
      return `Row ${p.row}, column '${column}' is empty — give both latitude and longitude, or neither`;
    case 'not-valid':
      // The cell readers agree with the schema, so this would be Waymark's mistake, not the sheet's.
      return `Row ${p.row}: Waymark could not use this row (${p.path}) — please tell the Waymark team`;
    default:
      return `Row ${p.row}, column '${column}': '${p.value}' — ${advice(p.code, p)}`;
  }
}

/** An imported row the finder will not show: "Row 9: 'Tea and Talk' has no phone, email, website or place …". */
export function unreachableText({ row, name }: { row: number; name: string }): string {
  return `Row ${row}: '${name}' has no phone, email, website or place, so the finder will not show it — fill in at least one`;
}
