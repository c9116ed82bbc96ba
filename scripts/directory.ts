/// <reference types="node" />
// `npm run directory -- import booklet.csv --out activities.json`: a spreadsheet of activities
// becomes a Waymark directory file. Exit status: 0 every row imported; 2 some rows (or all)
// left out, each named; 1 the command could not run (wrong arguments, a file it cannot read or write).
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeSpreadsheet } from '../src/core/directory/csv/decode.ts';
import { importDirectoryCsv } from '../src/core/directory/csv/import.ts';
import { csvProblemText, unreachableText } from '../src/core/directory/csv/problems.ts';

const USAGE = `Usage: npm run directory -- import <spreadsheet.csv> --out <activities.json>

Reads a spreadsheet saved as CSV (the layout is in docs/directory.md; start from
docs/directory-template.csv) and writes Waymark's directory JSON. Without --out, the
JSON goes to standard output. Each row that cannot be imported is named, and left out.`;

function fail(message: string, withUsage = true): number {
  console.error(withUsage ? `${message}\n\n${USAGE}` : message);
  return 1;
}

/** Node's file errors in words: "ENOENT: no such file or directory, open 'x'" → "there is no such file". */
function why(error: unknown, writing = false): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return writing ? 'its folder does not exist' : 'there is no such file';
  if (code === 'EISDIR') return 'that is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission was refused';
  return (error as Error).message;
}

/** "7, 12 and 40" */
function rowList(rows: number[]): string {
  return rows.length > 1 ? `${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]}` : String(rows[0]);
}

/** Writes beside the target, then renames: a site serving the file never sees half of it. */
function writeWhole(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

function importCommand(source: string, out: string | undefined): number {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(source);
  } catch (error) {
    return fail(`Could not read ${source}: ${why(error)}.`, false);
  }
  const { activities, problems, rows, unreachable } = importDirectoryCsv(decodeSpreadsheet(bytes));
  for (const problem of problems) console.error(csvProblemText(problem));
  for (const line of unreachable) console.error(unreachableText(line));

  const target = out ?? 'standard output';
  if (activities.length === 0) {
    // An empty directory would hide every activity from the public: keep whatever is there.
    console.error(`No activities could be imported from ${source}, so ${target} was not changed.`);
    return 2;
  }
  const json = `${JSON.stringify({ activities }, null, 2)}\n`;
  try {
    if (out) writeWhole(out, json);
    else process.stdout.write(json);
  } catch (error) {
    return fail(`Could not write ${target}: ${why(error, true)}.`, false);
  }
  const imported = `Imported ${activities.length} ${activities.length === 1 ? 'activity' : 'activities'} from ${source} into ${target}.`;
  if (rows.skipped.length === 0) {
    console.error(imported);
    return 0;
  }
  const skipped = rows.skipped.length === 1 ? `row ${rowList(rows.skipped)}` : `${rows.skipped.length} rows: ${rowList(rows.skipped)}`;
  console.error(`${imported}\nLeft out ${skipped}. Fix ${rows.skipped.length === 1 ? 'it' : 'them'} in the spreadsheet and import it again.`);
  return 2;
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    return fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [command, source, ...rest] = positionals;
  if (command !== 'import') return fail(command ? `Unknown command: ${command}` : 'Say what to do: import.');
  if (!source) return fail('Name the spreadsheet to import.');
  if (rest.length) return fail(`Import one spreadsheet at a time (also given: ${rest.join(' ')}).`);
  if (values.out === '') return fail('--out needs a file name.');
  return importCommand(source, values.out);
}

process.exitCode = main(process.argv.slice(2));
