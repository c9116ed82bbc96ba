import type { Activity } from '../model/activity.ts';
import { needAreaLabel, NEED_AREAS } from '../model/need-area.ts';
import { bit, facetsOf } from './facets.ts';
import { fold, stem, words } from './text.ts';

/**
 * Everything a search needs, worked out once when the directory loads, so each keystroke is a
 * walk over typed arrays: an inverted index of words (sorted, for prefix ranges), the order by
 * name, and each activity's facets as bit masks.
 */
export interface DirectoryIndex {
  readonly activities: readonly Activity[];
  /** Every indexed word, sorted: a typed prefix is one binary search and a short scan. */
  readonly vocabulary: readonly string[];
  /** For each word in `vocabulary`, the activities (by position) that contain it. */
  readonly postings: readonly Int32Array[];
  /** Activities by name, A to Z. */
  readonly byName: Int32Array;
  /** Each activity's place in `byName`. */
  readonly nameRank: Int32Array;
  readonly needs: Uint32Array;
  readonly pathways: Uint8Array;
  readonly modes: Uint8Array;
  readonly days: Uint8Array;
  readonly times: Uint8Array;
  readonly access: Uint8Array;
  readonly cost: Uint8Array;
  readonly minAge: Uint8Array;
  readonly maxAge: Uint8Array;
  /** Need-area labels are indexed in this locale; rebuild after a language change. */
  readonly locale: string;
}

const WORK = bit(NEED_AREAS, 'work');

function searchableText(a: Activity, labels: Map<string, string>): string {
  const parts = [a.name, a.summary ?? '', a.description, a.organisation?.name ?? ''];
  for (const l of a.locations) parts.push(l.name ?? '', l.address ?? '');
  for (const n of a.needAreas) parts.push(labels.get(n) ?? '');
  return parts.join(' ');
}

export function buildIndex(activities: readonly Activity[], locale = 'en'): DirectoryIndex {
  const n = activities.length;
  const labels = new Map<string, string>(NEED_AREAS.map((id) => [id, needAreaLabel(id)]));
  const lists = new Map<string, number[]>();
  const add = (word: string, doc: number) => {
    const list = lists.get(word);
    if (!list) lists.set(word, [doc]);
    else if (list[list.length - 1] !== doc) list.push(doc);
  };

  const needs = new Uint32Array(n);
  const pathways = new Uint8Array(n);
  const modes = new Uint8Array(n);
  const days = new Uint8Array(n);
  const times = new Uint8Array(n);
  const access = new Uint8Array(n);
  const cost = new Uint8Array(n);
  const minAge = new Uint8Array(n);
  const maxAge = new Uint8Array(n);
  const nameKeys: string[] = new Array(n);

  for (let doc = 0; doc < n; doc++) {
    const a = activities[doc]!;
    for (const word of words(searchableText(a, labels))) {
      add(word, doc);
      const stemmed = stem(word);
      if (stemmed !== word) add(stemmed, doc);
    }
    const f = facetsOf(a);
    // Employment support counts as "work" wherever need areas are matched, filtered or ranked.
    needs[doc] = f.needs | (a.pathways.includes('work-direct') ? WORK : 0);
    pathways[doc] = f.pathways;
    modes[doc] = f.modes;
    days[doc] = f.days;
    times[doc] = f.times;
    access[doc] = f.access;
    cost[doc] = f.cost;
    minAge[doc] = f.minAge;
    maxAge[doc] = f.maxAge;
    nameKeys[doc] = fold(a.name);
  }

  const vocabulary = [...lists.keys()].sort();
  const postings = vocabulary.map((w) => Int32Array.from(lists.get(w)!));
  const byName = Int32Array.from({ length: n }, (_, i) => i).sort((x, y) => {
    const a = nameKeys[x]!;
    const b = nameKeys[y]!;
    return a < b ? -1 : a > b ? 1 : x - y;
  });
  const nameRank = new Int32Array(n);
  byName.forEach((doc, rank) => (nameRank[doc] = rank));

  return { activities, vocabulary, postings, byName, nameRank, needs, pathways, modes, days, times, access, cost, minAge, maxAge, locale };
}

function lowerBound(vocabulary: readonly string[], key: string): number {
  let lo = 0;
  let hi = vocabulary.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (vocabulary[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The range of `vocabulary` whose words start with `prefix`. */
export function prefixRange(vocabulary: readonly string[], prefix: string): [number, number] {
  // Folded words hold no U+FFFF, so prefix + U+FFFF sorts after every word starting with prefix.
  return [lowerBound(vocabulary, prefix), lowerBound(vocabulary, `${prefix}\uffff`)];
}
