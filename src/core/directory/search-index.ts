import type { Activity } from '../model/activity.ts';
import { NEED_AREAS, type NeedAreaId } from '../vocabulary/lists.ts';
import { bit, facetsOf } from './facets.ts';
import { PostingLists } from './posting-lists.ts';
import { fold } from './text.ts';

/**
 * Everything a search needs, worked out once when the directory loads, so each keystroke is a
 * walk over typed arrays: an inverted index of words (sorted, for prefix ranges), the order by
 * name, each activity's facets as bit masks, and every place's position.
 */
export interface DirectoryIndex {
  readonly activities: readonly Activity[];
  /** Every indexed word, sorted: a typed prefix is two binary searches. */
  readonly vocabulary: readonly string[];
  /**
   * For each word in `vocabulary`, the activities that contain it: a sorted list of positions
   * for rare words, or a bit set (one bit an activity) for common ones, whichever is smaller.
   */
  readonly postings: readonly (Int32Array | Uint32Array)[];
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
  /** Activity i's places are `latitudes/longitudes[placeStart[i] .. placeStart[i + 1])`. */
  readonly placeStart: Int32Array;
  readonly latitudes: Float64Array;
  readonly longitudes: Float64Array;
  /** Need-area labels are indexed in this locale; rebuild after a language change. */
  readonly locale: string;
}

export function isBitSet(postings: Int32Array | Uint32Array): postings is Uint32Array {
  return postings instanceof Uint32Array;
}

const WORK = bit(NEED_AREAS, 'work');

/**
 * Indexes a directory for search. `needAreaLabel` gives each need area's name in the person's
 * language, so "lonely" finds what is tagged `loneliness`; without it, the ids' own words are used.
 */
export function buildIndex(
  activities: readonly Activity[],
  locale = 'en',
  needAreaLabel: (id: NeedAreaId) => string = (id) => id.replace(/-/g, ' '),
): DirectoryIndex {
  const n = activities.length;
  const words = new PostingLists(n);
  // Need-area labels are the same few phrases again and again: read each once.
  const labels = new Map(NEED_AREAS.map((id) => [id, words.wordsOf(needAreaLabel(id))]));

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
  const placeStart = new Int32Array(n + 1);
  const lats: number[] = [];
  const lons: number[] = [];

  for (let doc = 0; doc < n; doc++) {
    const a = activities[doc]!;
    words.startDoc(doc);
    words.addText(a.name);
    if (a.summary) words.addText(a.summary);
    words.addText(a.description);
    if (a.organisation) words.addText(a.organisation.name);
    for (const l of a.locations) {
      if (l.name) words.addText(l.name);
      if (l.address) words.addText(l.address);
      if (l.latitude !== undefined && l.longitude !== undefined) {
        lats.push(l.latitude);
        lons.push(l.longitude);
      }
    }
    placeStart[doc + 1] = lats.length;
    for (const need of a.needAreas) words.addWords(labels.get(need) ?? []);

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

  const { vocabulary, postings } = words.pack();
  const byName = Int32Array.from({ length: n }, (_, i) => i).sort((x, y) => {
    const a = nameKeys[x]!;
    const b = nameKeys[y]!;
    return a < b ? -1 : a > b ? 1 : x - y;
  });
  const nameRank = new Int32Array(n);
  for (let rank = 0; rank < n; rank++) nameRank[byName[rank]!] = rank;

  return {
    activities, vocabulary, postings, byName, nameRank, needs, pathways, modes, days, times, access, cost, minAge, maxAge,
    placeStart, latitudes: Float64Array.from(lats), longitudes: Float64Array.from(lons), locale,
  };
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
