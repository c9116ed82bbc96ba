// Runs in headless Chromium (bench/directory.bench.mjs bundles it): how long a 10,000-activity
// directory takes to parse, validate and index, and how long each typed query takes.
import { Collector } from '../../src/core/directory/collect.ts';
import { buildIndex } from '../../src/core/directory/search-index.ts';
import { search, type Filters, type SearchQuery } from '../../src/core/directory/search.ts';
import { generateActivities, seeded, TYPED_WORDS } from '../lib/generate-activities.ts';
import type { NeedAreaId } from '../../src/core/model/need-area.ts';

declare global {
  interface Window {
    __benchResult?: unknown;
  }
  // Present when Chromium runs with --js-flags=--expose-gc (bench/lib/browser.mjs).
  var gc: (() => void) | undefined;
}

const COUNT = 10000;
const text = JSON.stringify({ activities: generateActivities(COUNT) });
// Start from a clean heap, as a page that has just received the directory would.
globalThis.gc?.();

// 1. Index ready: parse the reply, check every record with the Activity schema, build the index.
const t0 = performance.now();
const data = JSON.parse(text) as { activities: unknown[] };
const t1 = performance.now();
const collector = new Collector();
data.activities.forEach((record, i) => collector.add(record, `activities[${i}]`));
const t2 = performance.now();
const index = buildIndex(collector.activities);
const t3 = performance.now();

// 2. The person enters a postcode once: distances and the nearest-first order are worked out then.
const origin = { latitude: 52.955, longitude: -1.14 };
const t4 = performance.now();
search(index, { origin }).slice(0, 20);
const t5 = performance.now();

// 3. 200 queries typed a letter at a time, with filters changing as a person might change them.
const FILTERS: Filters[] = [
  {},
  { freeOnly: true },
  { days: ['tue', 'sat'] },
  { needAreas: ['loneliness', 'physical-activity'] },
  { modes: ['in-person'], access: ['step-free'] },
  { times: ['morning'] },
  { age: 70, freeOnly: true },
  { work: ['direct', 'indirect'] },
];
const GOALS: NeedAreaId[] = ['loneliness', 'money-debt'];
const queries: SearchQuery[] = [];
const r = seeded(7);
for (const word of TYPED_WORDS) {
  const filters = FILTERS[Math.floor(r() * FILTERS.length)]!;
  for (let n = 1; n <= Math.min(word.length, 5) && queries.length < 200; n++) {
    queries.push({ text: word.slice(0, n), filters, goals: GOALS, origin: r() < 0.5 ? origin : undefined });
  }
}
while (queries.length < 200) queries.push({ text: TYPED_WORDS[queries.length % TYPED_WORDS.length], goals: GOALS });

globalThis.gc?.();
let shown = 0;
const times: number[] = [];
for (const q of queries) {
  const start = performance.now();
  const results = search(index, q);
  shown += results.slice(0, 20).length + results.total;
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]!;

window.__benchResult = {
  count: collector.activities.length,
  skipped: collector.skipped.length,
  bytes: text.length,
  words: index.vocabulary.length,
  parseMs: t1 - t0,
  validateMs: t2 - t1,
  indexMs: t3 - t2,
  readyMs: t3 - t0,
  originMs: t5 - t4,
  queries: queries.length,
  medianMs: at(0.5),
  p95Ms: at(0.95),
  maxMs: times[times.length - 1],
  checksum: shown,
};
