// What a site downloads: gzip sizes of each entry, of what a page needs before its first render,
// of everything it can load, and of each language chunk. Builds first, so the figures are fresh.
//
// An entry imports some chunks at once (`from"./x.js"`) and loads others on demand
// (`import("./x.js")`): an element the first time its tag is on the page, a journey step, a
// language, FHIR, QR, the config checker. "Before first render" follows the first kind and then
// the named on-demand chunks (e.g. the journey and its first step); "before its first question"
// adds the config checker, which every element needs before it shows more than "Loading…";
// "everything" follows both kinds, all the way down.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LANGUAGE, withEverything, withOnDemand, withStatic } from './lib/import-graph.mjs';

export const name = 'bundle size (minified, gzip -9)';

const KB = 1024;
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length / KB;
const size = (dist, files) => [...files].reduce((sum, f) => sum + gz(join(dist, f)), 0);
const count = (files) => `${files.size} file${files.size === 1 ? '' : 's'}`;

export default async function run({ root }) {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const dist = join(root, 'dist');
  const row = (measure, files, max) => ({ measure, value: size(dist, files), unit: 'KB', max, note: count(files) });
  // An element draws its frame ("Loading…") with what it imports at once; the config checker
  // (zod and the schemas) and, for the finder, the code for a loaded directory follow on demand.
  const rows = [
    row('waymark.js: the script tag, before any element is on the page', withStatic(dist, 'waymark.js', new Set())),
    row('waymark.js: a page with the journey, before its first render', withOnDemand(dist, 'waymark.js', ['waymark-journey', 'waymark-goals']), 40),
    row('waymark.js: the same, before its first question (adds the config checker)', withOnDemand(dist, 'waymark.js', ['waymark-journey', 'waymark-goals', 'checker'])),
    row('waymark.js: everything the journey can load (all steps)', withEverything(dist, 'waymark.js', new Set())),
    row('finder.js: the finder only, before its first render', withStatic(dist, 'finder.js', new Set()), 25),
    row('finder.js: the same, before it shows activities (adds the checker and the search code)', withOnDemand(dist, 'finder.js', ['checker', 'loaded'])),
    row('finder.js: the finder only, everything it can load', withEverything(dist, 'finder.js', new Set())),
    // The form checks what a person types with the referral schema from its first page, so zod
    // is part of its first render.
    row('request-call.js: request a call only, before its first render (zod included)', withStatic(dist, 'request-call.js', new Set())),
    row('goals.js: the goals questionnaire only, before its first render', withStatic(dist, 'goals.js', new Set())),
    row('urgent-help.js: urgent help only, before its first render', withStatic(dist, 'urgent-help.js', new Set())),
    // The check-in reads the inbox's reply and checks its answers with the FollowUp schema, so zod
    // is part of its first render, as for the form. The directory's code (its offer of employment
    // support) comes only to someone offered help with work, on a service with a directory.
    row('check-in.js: the check-in only, before its first render (zod included)', withStatic(dist, 'check-in.js', new Set()), 45),
    row('check-in.js: the same, before its first question (adds the config checker)', withOnDemand(dist, 'check-in.js', ['checker'])),
    row('check-in.js: everything it can load (the directory, for help with work)', withEverything(dist, 'check-in.js', new Set()), 60),
  ];
  // Each entry's build writes its own copy of a language chunk (they differ only in import paths):
  // one row per language and part, the largest copy.
  const languages = new Map();
  for (const chunk of readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js') && LANGUAGE.test(f))) {
    const label = chunk.replace(/-[\w-]{8}\.js$/, '');
    languages.set(label, Math.max(languages.get(label) ?? 0, gz(join(dist, 'chunks', chunk))));
  }
  for (const [label, value] of [...languages].sort()) {
    rows.push({ measure: `language chunk ${label} (loaded when chosen)`, value, unit: 'KB', max: 6 });
  }
  // The journey's steps bring their own parts as they appear: all of a language, in the end.
  const totals = new Map();
  for (const [label, value] of languages) {
    const [locale] = label.split('-');
    const [sum, parts] = totals.get(locale) ?? [0, 0];
    totals.set(locale, [sum + value, parts + 1]);
  }
  for (const [locale, [value, parts]] of [...totals].sort()) {
    rows.push({ measure: `language ${locale}: all parts, when the whole journey is used`, value, unit: 'KB', note: `${parts} chunks` });
  }
  return rows;
}
