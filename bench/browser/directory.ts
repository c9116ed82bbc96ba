// Runs in headless Chromium (bench/directory.bench.mjs drives it): how long a 10,000-activity
// directory takes to parse, validate and index, and how long each typed query takes. Each phase
// is a separate call, so the runner can read the main thread's CPU time around it as well.
import { Collector } from '../../src/core/directory/collect.ts';
import { buildIndex, type DirectoryIndex } from '../../src/core/directory/search-index.ts';
import { needAreaLabel } from '../../src/words/need-areas.ts';
import { search, type Filters, type SearchQuery } from '../../src/core/directory/search.ts';
import { generateActivities, seeded, TYPED_WORDS } from '../lib/generate-activities.ts';
import type { NeedAreaId } from '../../src/core/model/need-area.ts';

declare global {
  interface Window {
    __bench?: Record<string, () => unknown>;
    __benchResult?: unknown;
  }
  // Present when Chromium runs with --js-flags=--expose-gc (bench/lib/browser.mjs).
  var gc: (() => void) | undefined;
}

const COUNT = 10000;
let text = '';
let data: { activities: unknown[] } = { activities: [] };
let collector = new Collector();
let index: DirectoryIndex;
const origin = { latitude: 52.955, longitude: -1.14 };

function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** The queries: 40 words typed a letter at a time, with filters a person might choose. */
function queries(): SearchQuery[] {
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
  const goals: NeedAreaId[] = ['loneliness', 'money-debt'];
  const out: SearchQuery[] = [];
  const r = seeded(7);
  for (const word of TYPED_WORDS) {
    const filters = FILTERS[Math.floor(r() * FILTERS.length)]!;
    for (let n = 1; n <= Math.min(word.length, 5) && out.length < 200; n++) {
      out.push({ text: word.slice(0, n), filters, goals, origin: r() < 0.5 ? origin : undefined });
    }
  }
  while (out.length < 200) out.push({ text: TYPED_WORDS[out.length % TYPED_WORDS.length], goals });
  return out;
}

/**
 * A hash of every query's whole ranked list (ids, goal matches, miles to the metre), so a change
 * made for speed that changes any result shows up (directory.bench.mjs checks it).
 */
function fingerprint(): string {
  let h = 0x811c9dc5 | 0;
  const mix = (x: number) => (h = Math.imul(h ^ x, 16777619));
  const ids = new Map(index.activities.map((a, i) => [a, i]));
  const all: SearchQuery[] = [...queries(), {}, { origin }, { goals: ['work', 'loneliness'], origin }, { text: 'walk group', filters: { maxMiles: 3 }, origin }];
  for (const q of all) {
    const results = search(index, q);
    mix(results.total);
    for (const r of results.slice(0, results.total)) {
      mix(ids.get(r.activity)!);
      mix(r.matches.length);
      mix(r.miles === undefined ? -1 : Math.round(r.miles * 1609));
    }
  }
  return (h >>> 0).toString(16);
}

window.__bench = {
  setup() {
    text = JSON.stringify({ activities: generateActivities(COUNT) });
    // Start from a clean heap, as a page that has just received the directory would.
    globalThis.gc?.();
    return { bytes: text.length };
  },
  parse: () => ({ ms: timed(() => (data = JSON.parse(text) as { activities: unknown[] })) }),
  validate: () => ({
    ms: timed(() => {
      collector = new Collector();
      data.activities.forEach((record, i) => collector.add(record, `activities[${i}]`));
    }),
    count: collector.activities.length,
    skipped: collector.skipped.length,
  }),
  // As the finder builds it: need areas searched by their English names, not their ids' words.
  index: () => ({ ms: timed(() => (index = buildIndex(collector.activities, 'en', needAreaLabel))), words: index.vocabulary.length }),
  // The person enters a postcode once: distances and the nearest-first order are worked out then.
  origin: () => ({ ms: timed(() => search(index, { origin }).slice(0, 20)) }),
  fingerprint: () => ({ fingerprint: fingerprint() }),
  queries() {
    globalThis.gc?.();
    const times: number[] = [];
    const slowest: { query: string; ms: number }[] = [];
    let checksum = 0;
    for (const q of queries()) {
      const start = performance.now();
      const results = search(index, q);
      checksum += results.slice(0, 20).length + results.total;
      const ms = performance.now() - start;
      times.push(ms);
      slowest.push({ query: `"${q.text}" ${Object.keys(q.filters ?? {}).join('+')}${q.origin ? ' near' : ''} → ${results.total}`, ms });
    }
    slowest.sort((a, b) => b.ms - a.ms).splice(10);
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]!;
    return { count: times.length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: times[times.length - 1]!, checksum, slowest };
  },
};
window.__benchResult = 'ready';
