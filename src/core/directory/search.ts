import type { Activity, TakePartMode } from '../model/activity.ts';
import { TAKE_PART_MODES, WORK_PATHWAYS } from '../model/activity.ts';
import { DAYS, TIMES_OF_DAY, type Day, type TimeOfDay } from '../model/common.ts';
import { NEED_AREAS, type NeedAreaId } from '../model/need-area.ts';
import { milesBetween, type GeoPoint } from '../geo/distance.ts';
import { ACCESS_FEATURES, bit, maskOf, type AccessFeature } from './facets.ts';
import { isBitSet, prefixRange, type DirectoryIndex } from './search-index.ts';
import { stem, words } from './text.ts';

export type WorkHelp = 'direct' | 'indirect';

/** What a person has narrowed the list to. Within a group any choice matches; across groups, all must. */
export interface Filters {
  needAreas?: readonly NeedAreaId[];
  work?: readonly WorkHelp[];
  days?: readonly Day[];
  times?: readonly TimeOfDay[];
  freeOnly?: boolean;
  modes?: readonly TakePartMode[];
  /** Every feature chosen must be there. Activities not in person pass: there is no building to get into. */
  access?: readonly AccessFeature[];
  /** The person's age in years: keeps activities whose age range includes it. */
  age?: number;
  /** Needs an origin. Online and phone activities pass; in-person ones with no known place do not. */
  maxMiles?: number;
}

export interface SearchQuery {
  text?: string;
  filters?: Filters;
  /** The person's need areas, most important first: matches go to the top, in this order. */
  goals?: readonly NeedAreaId[];
  origin?: GeoPoint;
}

export interface RankedActivity {
  activity: Activity;
  /** Miles to the nearest place, when there is an origin and the activity has a place. */
  miles?: number;
  /** The person's goals this activity matches, in their order: "Matches: feeling lonely". */
  matches: NeedAreaId[];
}

export interface SearchResults {
  readonly total: number;
  /** Results `start` to `end` (exclusive), in ranked order. */
  slice(start: number, end: number): RankedActivity[];
}

const WORK_DIRECT = bit(WORK_PATHWAYS, 'work-direct');
const WORK_INDIRECT = bit(WORK_PATHWAYS, 'work-indirect');
const IN_PERSON = bit(TAKE_PART_MODES, 'in-person');
// Further than anywhere on Earth, and small enough that miles × 1000 × 2^20 stays an exact integer.
const NO_PLACE = 1e6;

// Per index, reused by every query so typing allocates almost nothing: bit sets for text
// matching, candidate lists for ranking, and the distances for the last origin asked about.
interface Scratch {
  /** Activities holding a word that starts with a one- or two-letter prefix: the widest ranges, asked for first as a person types. */
  shortPrefixes: Map<string, Uint32Array>;
  matched: Uint32Array;
  word: Uint32Array;
  candidates: Int32Array;
  tiers: Int16Array;
  origin?: string;
  miles?: Float64Array;
  byDistance?: Int32Array;
}
const scratches = new WeakMap<DirectoryIndex, Scratch>();

function scratchFor(index: DirectoryIndex): Scratch {
  let s = scratches.get(index);
  if (!s) {
    const n = index.activities.length;
    const setWords = (n + 31) >>> 5;
    s = { shortPrefixes: new Map(), matched: new Uint32Array(setWords), word: new Uint32Array(setWords), candidates: new Int32Array(n), tiers: new Int16Array(n) };
    scratches.set(index, s);
  }
  return s;
}

/** Distances from an origin, and the activities nearest first (then by name). Worked out once per origin. */
function distances(index: DirectoryIndex, origin: GeoPoint): { miles: Float64Array; order: Int32Array } {
  const s = scratchFor(index);
  const key = `${origin.latitude},${origin.longitude}`;
  if (s.origin !== key || !s.miles || !s.byDistance) {
    const n = index.activities.length;
    const { placeStart, latitudes, longitudes, nameRank, byName } = index;
    const miles = new Float64Array(n);
    // One number per activity, sortable without a comparator: miles to 1/1000, then name order.
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let best = Infinity;
      for (let p = placeStart[i]!; p < placeStart[i + 1]!; p++) {
        const d = milesBetween(origin, { latitude: latitudes[p]!, longitude: longitudes[p]! });
        if (d < best) best = d;
      }
      miles[i] = best;
      keys[i] = Math.round(Math.min(best, NO_PLACE) * 1000) * 2 ** 20 + nameRank[i]!;
    }
    keys.sort();
    const order = new Int32Array(n);
    for (let k = 0; k < n; k++) order[k] = byName[keys[k]! % 2 ** 20]!;
    s.miles = miles;
    s.byDistance = order;
    s.origin = key;
  }
  return { miles: s.miles, order: s.byDistance };
}

/** ORs into `into` every activity holding a word that starts with `prefix`. */
function orPrefix(index: DirectoryIndex, prefix: string, into: Uint32Array): void {
  const [from, to] = prefixRange(index.vocabulary, prefix);
  for (let w = from; w < to; w++) {
    const docs = index.postings[w]!;
    if (isBitSet(docs)) {
      for (let k = 0; k < docs.length; k++) into[k]! |= docs[k]!;
    } else {
      for (let k = 0; k < docs.length; k++) into[docs[k]! >>> 5]! |= 1 << (docs[k]! & 31);
    }
  }
}

/** The first letter or two match hundreds of words; each such set is worked out once and kept. */
function shortPrefix(index: DirectoryIndex, s: Scratch, prefix: string): Uint32Array {
  let set = s.shortPrefixes.get(prefix);
  if (!set) {
    set = new Uint32Array(s.matched.length);
    orPrefix(index, prefix, set);
    if (s.shortPrefixes.size >= 200) s.shortPrefixes.clear();
    s.shortPrefixes.set(prefix, set);
  }
  return set;
}

/**
 * Sets `scratch.matched` to the activities holding every word typed (in any order, each as the
 * start of a word: "gard wal" finds "Walking in the garden"). False when nothing was typed.
 */
function matchText(index: DirectoryIndex, text: string, s: Scratch): boolean {
  const typed = [...new Set(words(text))];
  if (typed.length === 0) return false;
  const { matched, word } = s;
  for (let t = 0; t < typed.length; t++) {
    const into = t === 0 ? matched : word;
    const typedWord = typed[t]!;
    if (typedWord.length <= 2) {
      // Stems only shorten words of four letters or more, so a short prefix has one form.
      into.set(shortPrefix(index, s, typedWord));
    } else {
      into.fill(0);
      orPrefix(index, typedWord, into);
      const stemmed = stem(typedWord);
      if (stemmed !== typedWord) orPrefix(index, stemmed, into);
    }
    if (t > 0) for (let k = 0; k < matched.length; k++) matched[k]! &= word[k]!;
  }
  return true;
}

/** Search, filter and rank: goals first, then nearest, then A to Z. */
export function search(index: DirectoryIndex, query: SearchQuery): SearchResults {
  const f = query.filters ?? {};
  const n = index.activities.length;
  const s = scratchFor(index);
  const byText = matchText(index, query.text ?? '', s);
  const { matched, candidates, tiers } = s;
  const near = query.origin ? distances(index, query.origin) : undefined;
  const order = near ? near.order : index.byName;

  const needMask = maskOf(NEED_AREAS, f.needAreas ?? []);
  const workMask = (f.work?.includes('direct') ? WORK_DIRECT : 0) | (f.work?.includes('indirect') ? WORK_INDIRECT : 0);
  const dayMask = maskOf(DAYS, f.days ?? []);
  const timeMask = maskOf(TIMES_OF_DAY, f.times ?? []);
  const modeMask = maskOf(TAKE_PART_MODES, f.modes ?? []);
  const accessMask = maskOf(ACCESS_FEATURES, f.access ?? []);
  const age = f.age;
  const maxMiles = near && f.maxMiles !== undefined ? f.maxMiles : undefined;
  const goals = [...new Set(query.goals ?? [])];
  const goalBits = goals.map((g) => bit(NEED_AREAS, g));
  const perTier = new Int32Array(goals.length + 1);

  // Pass 1: keep what passes every filter, in name or distance order, noting each one's goal tier.
  let count = 0;
  for (let k = 0; k < n; k++) {
    const doc = order[k]!;
    if (byText && !((matched[doc >>> 5]! >>> (doc & 31)) & 1)) continue;
    const needs = index.needs[doc]!;
    if (needMask && !(needs & needMask)) continue;
    if (workMask && !(index.pathways[doc]! & workMask)) continue;
    if (dayMask && !(index.days[doc]! & dayMask)) continue;
    if (timeMask && !(index.times[doc]! & timeMask)) continue;
    if (f.freeOnly && index.cost[doc] !== 1) continue;
    if (modeMask && !(index.modes[doc]! & modeMask)) continue;
    const inPerson = (index.modes[doc]! & IN_PERSON) !== 0;
    if (accessMask && inPerson && (index.access[doc]! & accessMask) !== accessMask) continue;
    if (age !== undefined && (age < index.minAge[doc]! || age > index.maxAge[doc]!)) continue;
    if (maxMiles !== undefined && inPerson && !(near!.miles[doc]! <= maxMiles)) continue;
    let tier = goals.length;
    for (let g = 0; g < goalBits.length; g++) {
      if (needs & goalBits[g]!) {
        tier = g;
        break;
      }
    }
    candidates[count] = doc;
    tiers[count] = tier;
    perTier[tier]!++;
    count++;
  }

  // Pass 2: a stable counting sort by tier keeps name or distance order within each tier.
  const ranked = new Int32Array(count);
  const next = new Int32Array(goals.length + 1);
  for (let t = 1; t <= goals.length; t++) next[t] = next[t - 1]! + perTier[t - 1]!;
  for (let i = 0; i < count; i++) ranked[next[tiers[i]!]!++] = candidates[i]!;

  return {
    total: count,
    slice(start, end) {
      return Array.from(ranked.subarray(start, Math.min(end, count)), (doc) => {
        const miles = near ? near.miles[doc]! : Infinity;
        return {
          activity: index.activities[doc]!,
          miles: Number.isFinite(miles) ? miles : undefined,
          matches: goals.filter((_, g) => index.needs[doc]! & goalBits[g]!),
        };
      });
    },
  };
}
