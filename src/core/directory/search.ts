import type { Activity, TakePartMode } from '../model/activity.ts';
import { TAKE_PART_MODES, WORK_PATHWAYS, DAYS, TIMES_OF_DAY, NEED_AREAS, type Day, type TimeOfDay, type NeedAreaId } from '../vocabulary/lists.ts';
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
  /** Zeros, read in place of `miles` when there is no origin: reading past an array's end is slow. */
  noMiles: Float64Array;
  byDistance?: Int32Array;
}
const scratches = new WeakMap<DirectoryIndex, Scratch>();

function scratchFor(index: DirectoryIndex): Scratch {
  let s = scratches.get(index);
  if (!s) {
    const n = index.activities.length;
    const setWords = (n + 31) >>> 5;
    s = { shortPrefixes: new Map(), matched: new Uint32Array(setWords), word: new Uint32Array(setWords), candidates: new Int32Array(n), tiers: new Int16Array(n), noMiles: new Float64Array(n) };
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
    if (isBitSet(docs)) orBits(docs, into);
    else orList(docs, into);
  }
}

// One loop for each form of posting list, so each stays specialised to one kind of typed array.
function orBits(set: Uint32Array, into: Uint32Array): void {
  for (let k = 0; k < set.length; k++) into[k]! |= set[k]!;
}

function orList(list: Int32Array, into: Uint32Array): void {
  for (let k = 0; k < list.length; k++) into[list[k]! >>> 5]! |= 1 << (list[k]! & 31);
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

/**
 * A query turned into numbers, the same shape every time. Each filter left unset is one that
 * everything passes (a zero "on" flag or mask), so the loop over activities runs the same steps
 * for every query: the engine then optimises it once, instead of throwing its optimised code
 * away each time a new kind of filter first appears (which made the first queries slow).
 */
interface Test {
  /** 1: keep only activities set in `matched`. */
  byText: number;
  matched: Uint32Array;
  needMask: number;
  workMask: number;
  dayMask: number;
  timeMask: number;
  modeMask: number;
  accessMask: number;
  freeOnly: number;
  /** 1: keep only ages from `minAge` to `maxAge`. */
  byAge: number;
  age: number;
  /** 1: keep in-person activities within `maxMiles` of the origin. */
  byMiles: number;
  maxMiles: number;
  miles: Float64Array;
  /** Each goal's need-area bit, then -1 (every bit). */
  goalBits: Int32Array;
}

/**
 * Pass 1: keeps, in `order`, what passes every filter, writing each one and its goal tier to
 * `candidates` and `tiers`; counts per tier in `perTier`. Returns how many were kept. The tier
 * puts activities matching more of the person's goals first (one that helps with both
 * loneliness and being active before one that helps with either), then by the first goal
 * matched; activities matching no goal come last.
 */
function keep(index: DirectoryIndex, order: Int32Array, t: Test, candidates: Int32Array, tiers: Int16Array, perTier: Int32Array): number {
  const { needs, pathways, days, times, cost, modes, access, minAge, maxAge } = index;
  const { byText, matched, needMask, workMask, dayMask, timeMask, modeMask, accessMask, freeOnly, byAge, age, byMiles, maxMiles, miles, goalBits } = t;
  const goalCount = goalBits.length - 1;
  const hasNeeds = needMask !== 0 ? 1 : 0;
  const hasWork = workMask !== 0 ? 1 : 0;
  const hasDays = dayMask !== 0 ? 1 : 0;
  const hasTimes = timeMask !== 0 ? 1 : 0;
  const hasModes = modeMask !== 0 ? 1 : 0;
  let count = 0;
  for (let k = 0; k < order.length; k++) {
    const doc = order[k]!;
    if (byText & ~(matched[doc >>> 5]! >>> (doc & 31))) continue;
    const need = needs[doc]!;
    const inPerson = modes[doc]! & IN_PERSON ? 1 : 0;
    // Bitwise, not short-circuit: every test runs for every activity, unset filters included.
    const out =
      (hasNeeds & ((need & needMask) === 0 ? 1 : 0)) |
      (hasWork & ((pathways[doc]! & workMask) === 0 ? 1 : 0)) |
      (hasDays & ((days[doc]! & dayMask) === 0 ? 1 : 0)) |
      (hasTimes & ((times[doc]! & timeMask) === 0 ? 1 : 0)) |
      (freeOnly & (cost[doc] === 1 ? 0 : 1)) |
      (hasModes & ((modes[doc]! & modeMask) === 0 ? 1 : 0)) |
      (inPerson & ((access[doc]! & accessMask) === accessMask ? 0 : 1)) |
      (byAge & ((age < minAge[doc]! ? 1 : 0) | (age > maxAge[doc]! ? 1 : 0))) |
      (byMiles & inPerson & (miles[doc]! <= maxMiles ? 0 : 1));
    if (out) continue;
    const tier = goalTier(need, goalBits, goalCount);
    candidates[count] = doc;
    tiers[count] = tier;
    perTier[tier]!++;
    count++;
  }
  return count;
}

/**
 * `(goals not matched) × (goals + 1) + (first goal matched)`: fewer goals missed first, then the
 * earlier goal. With no goal matched the first is `goalCount`, so those come last of all.
 */
function goalTier(need: number, goalBits: Int32Array, goalCount: number): number {
  let first = goalCount;
  let hits = 0;
  for (let g = 0; g < goalCount; g++) {
    if ((need & goalBits[g]!) === 0) continue;
    hits++;
    if (first === goalCount) first = g;
  }
  return (goalCount - hits) * (goalCount + 1) + first;
}

/** Search, filter and rank: the most goals matched first, then nearest, then A to Z. */
export function search(index: DirectoryIndex, query: SearchQuery): SearchResults {
  const f = query.filters ?? {};
  const s = scratchFor(index);
  const byText = matchText(index, query.text ?? '', s);
  const { matched, candidates, tiers } = s;
  const near = query.origin ? distances(index, query.origin) : undefined;
  const order = near ? near.order : index.byName;
  const goals = [...new Set(query.goals ?? [])];
  const goalBits = Int32Array.from([...goals.map((g) => bit(NEED_AREAS, g)), -1]);
  const byMiles = near !== undefined && f.maxMiles !== undefined;
  const test: Test = {
    byText: byText ? 1 : 0,
    matched,
    needMask: maskOf(NEED_AREAS, f.needAreas ?? []),
    workMask: (f.work?.includes('direct') ? WORK_DIRECT : 0) | (f.work?.includes('indirect') ? WORK_INDIRECT : 0),
    dayMask: maskOf(DAYS, f.days ?? []),
    timeMask: maskOf(TIMES_OF_DAY, f.times ?? []),
    modeMask: maskOf(TAKE_PART_MODES, f.modes ?? []),
    accessMask: maskOf(ACCESS_FEATURES, f.access ?? []),
    freeOnly: f.freeOnly ? 1 : 0,
    byAge: f.age !== undefined ? 1 : 0,
    age: f.age ?? 0,
    byMiles: byMiles ? 1 : 0,
    maxMiles: byMiles ? f.maxMiles! : 0,
    miles: near ? near.miles : s.noMiles,
    goalBits,
  };
  const tierCount = (goals.length + 1) ** 2;
  const perTier = new Int32Array(tierCount);
  const count = keep(index, order, test, candidates, tiers, perTier);

  // Pass 2: a stable counting sort by tier keeps name or distance order within each tier.
  const ranked = new Int32Array(count);
  const next = new Int32Array(tierCount);
  for (let t = 1; t < tierCount; t++) next[t] = next[t - 1]! + perTier[t - 1]!;
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
