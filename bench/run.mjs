#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.mjs and prints one table of figures and budgets.
//
// A bench module exports `name` and a default async function that receives `{ browser, root }`
// and returns rows: `{ measure, value, unit, max?, note? }`. `max` is a budget: the run fails
// (exit 1) if a value goes over it; `note` is shown beside the value (e.g. CPU time).
// `browser.run(code)` and `browser.open(code)` run bundled code in a fresh Chromium page (see
// lib/browser.mjs); node-only benches (bundle sizes) simply ignore `browser`.
//
// Usage: node bench/run.mjs [filter]   e.g. `node bench/run.mjs directory`
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BrowserRunner } from './lib/browser.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
const filter = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs') && (!filter || f.includes(filter)))
  .sort();

const format = (value, unit) => `${value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)} ${unit}`;

const browser = new BrowserRunner();
const table = [];
let failed = false;
try {
  for (const file of files) {
    const mod = await import(pathToFileURL(`${here}${file}`).href);
    const title = mod.name ?? file;
    process.stderr.write(`running ${title}…\n`);
    try {
      for (const row of await mod.default({ browser, root })) {
        const ok = row.max === undefined ? undefined : row.value <= row.max;
        if (ok === false) failed = true;
        table.push([title, row.measure, format(row.value, row.unit), row.note ?? '', row.max === undefined ? '' : `≤ ${row.max} ${row.unit}`, ok === undefined ? '' : ok ? 'ok' : 'OVER']);
      }
    } catch (error) {
      failed = true;
      table.push([title, `failed: ${error.message.split('\n')[0]}`, '', '', '', 'ERROR']);
    }
  }
} finally {
  await browser.close();
}

const head = ['bench', 'measure', 'value', '', 'budget', ''];
const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
let previous;
for (const row of table) {
  console.log(line([row[0] === previous ? '' : row[0], ...row.slice(1)]));
  previous = row[0];
}
console.log(failed ? '\nSome budgets are not met.' : '\nAll budgets hold.');
process.exitCode = failed ? 1 : 0;
