/// <reference types="node" />
// `npm run directory -- import`: the command a PPG volunteer or a service's web person runs.
// Its output must pass the published schema (dist/directory.schema.json, as a publisher would
// check it) and load in the finder's own reader.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Collector } from '../../src/core/directory/collect.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BOOKLET = `${ROOT}test/fixtures/directory/booklet-60.csv`;
const TEMPLATE = `${ROOT}docs/directory-template.csv`;

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** The command as the docs give it: through npm, from the repository. */
function directory(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', 'directory', '--', ...args], { cwd: ROOT, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

async function publishedSchema() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv.compile(JSON.parse(await readFile(`${ROOT}dist/directory.schema.json`, 'utf8')));
}

describe('npm run directory -- import', { timeout: 120_000 }, () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'waymark-directory-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('imports the 60-row booklet: writes 55 activities, names the 5 rows left out, and exits 2', async () => {
    const out = join(dir, 'activities.json');
    const run = await directory('import', BOOKLET, '--out', out);
    assert.equal(run.status, 2, run.stderr);
    const lines = run.stderr.trim().split('\n');
    assert.deepEqual(lines.filter((l) => l.startsWith('Row ')).map((l) => l.match(/^Row (\d+), column '([^']+)'/)?.slice(1)), [
      ['7', 'Day'], ['19', 'Time'], ['28', 'Need areas'], ['43', 'Name'], ['57', 'Last checked'],
    ]);
    assert.ok(lines.includes("Row 7, column 'Day': 'Tues and Thurs' — write days as Monday, Tuesday …"), run.stderr);
    assert.match(run.stderr, /Imported 55 activities from .*booklet-60\.csv into .*activities\.json\.\nLeft out 5 rows: 7, 19, 28, 43 and 57\./);

    const written = JSON.parse(await readFile(out, 'utf8'));
    assert.equal(written.activities.length, 55);
    const validate = await publishedSchema();
    assert.equal(validate(written), true, JSON.stringify(validate.errors?.slice(0, 3)));
    // The finder's reader keeps every one of them.
    const collector = new Collector();
    written.activities.forEach((record: unknown, i: number) => collector.add(record, `activities[${i}]`));
    assert.equal(collector.activities.length, 55);
    assert.deepEqual(collector.skipped, []);
  });

  it('imports the template cleanly and exits 0', async () => {
    const out = join(dir, 'template.json');
    const run = await directory('import', TEMPLATE, '--out', out);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /^Imported 3 activities from .* into .*template\.json\.\n$/);
    const written = JSON.parse(await readFile(out, 'utf8'));
    const validate = await publishedSchema();
    assert.equal(validate(written), true, JSON.stringify(validate.errors?.slice(0, 3)));
    assert.equal(written.activities.length, 3);
  });

  it('writes the JSON to standard output when there is no --out', async () => {
    const run = await directory('import', TEMPLATE);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).activities.length, 3);
  });

  it('leaves an existing file alone, and exits 2, when no row can be imported', async () => {
    const sheet = join(dir, 'no-names.csv');
    const out = join(dir, 'published.json');
    await writeFile(sheet, 'Title,Day\r\nWalk,Monday\r\n');
    await writeFile(out, '{"activities":[{"id":"keep","name":"Keep me"}]}\n');
    const before = await stat(out);
    const run = await directory('import', sheet, '--out', out);
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /No column is headed 'Name'/);
    assert.match(run.stderr, /so .*published\.json was not changed/);
    assert.equal(await readFile(out, 'utf8'), '{"activities":[{"id":"keep","name":"Keep me"}]}\n');
    assert.equal((await stat(out)).mtimeMs, before.mtimeMs);
    // No half-written temporary file is left beside it.
    assert.deepEqual((await readdir(dir)).filter((f) => f.includes('.tmp')), []);
  });

  it('names an imported row with no phone, email, website or place: the finder would not show it', async () => {
    const sheet = join(dir, 'unreachable.csv');
    await writeFile(sheet, 'Name,Day,Phone\r\nWalk,Monday,\r\nSwim,Friday,01632 960001\r\n');
    const run = await directory('import', sheet, '--out', join(dir, 'unreachable.json'));
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /^Row 2: 'Walk' has no phone, email, website or place, so the finder will not show it — fill in at least one\n/);
  });

  it('exits 1, with the usage, when it is asked wrongly or cannot read the file', async () => {
    for (const args of [[], ['export', BOOKLET], ['import'], ['import', BOOKLET, 'another.csv'], ['import', BOOKLET, '--colour']]) {
      const run = await directory(...args);
      assert.equal(run.status, 1, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, /Usage: npm run directory -- import/, args.join(' '));
    }
    const missing = await directory('import', join(dir, 'not-there.csv'));
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /Could not read .*not-there\.csv: there is no such file\./);
  });
});

describe("the widget's bundle", { timeout: 20_000 }, () => {
  it('leaves the CSV parser out: spreadsheets are imported, not read by the finder', async () => {
    const files = [
      ...(await readdir(`${ROOT}dist`)).filter((f) => f.endsWith('.js')).map((f) => `dist/${f}`),
      ...(await readdir(`${ROOT}dist/chunks`)).filter((f) => f.endsWith('.js')).map((f) => `dist/chunks/${f}`),
    ];
    assert.ok(files.length > 5, 'the build is there');
    for (const file of files) {
      // Strings papaparse keeps through minification.
      assert.doesNotMatch(await readFile(`${ROOT}${file}`, 'utf8'), /UndetectableDelimiter|MissingQuotes/, file);
    }
  });
});
