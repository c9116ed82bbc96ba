import type { Activity, TakePartMode } from '../model/activity.ts';
import { TAKE_PART_MODES, WORK_PATHWAYS } from '../model/activity.ts';
import { DAYS, TIMES_OF_DAY, type Day, type TimeOfDay } from '../model/common.ts';
import { NEED_AREAS, type NeedAreaId } from '../model/need-area.ts';
import { nearestMiles, type GeoPoint } from '../geo/distance.ts';
import { ACCESS_FEATURES, bit, maskOf, type AccessFeature } from './facets.ts';
import { prefixRange, type DirectoryIndex } from './search-index.ts';
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

// Per index: a scratch array for text matching, and the distances for the last origin asked about.
interface Scratch {
  marks: Uint32Array;
  stamp: number;
  origin?: string;
  miles?: Float64Array;
  byDistance?: Int32Array;
}
const scratch = new WeakMap<DirectoryIndex, Scratch>();

function scratchFor(index: DirectoryIndex): Scratch {
  let s = scratch.get(index);
  if (!s) scratch.set(index, (s = { marks: new Uint32Array(index.activities.length), stamp: 0 }));
  return s;
}

/** Distances from an origin, and the activities nearest first (then by name). Worked out once per origin. */
function distances(index: DirectoryIndex, origin: GeoPoint): { miles: Float64Array; order: Int32Array } {
  const s = scratchFor(index);
  const key = `${origin.latitude},${origin.longitude}`;
  if (s.origin !== key || !s.miles || !s.byDistance) {
    const n = index.activities.length;
    const miles = new Float64Array(n);
    for (let i = 0; i < n; i++) miles[i] = nearestMiles(origin, index.activities[i]!.locations) ?? Infinity;
    const { nameRank } = index;
    s.byDistance = Int32Array.from(index.byName).sort((a, b) => miles[a]! - miles[b]! || nameRank[a]! - nameRank[b]!);
    s.miles = miles;
    s.origin = key;
  }
  return { miles: s.miles, order: s.byDistance };
}

/**
 * Marks the activities that contain every word typed (in any order, each as the start of a
 * word: "gard wal" finds "Walking in the garden"). Returns the stamp they carry, or -1 for no words.
 */
function matchText(index: DirectoryIndex, text: string): number {
  const typed = [...new Set(words(text))];
  if (typed.length === 0) return -1;
  const s = scratchFor(index);
  const { marks } = s;
  let previous = 0;
  for (let t = 0; t < typed.length; t++) {
    if (s.stamp >= 0xfffffff0) {
      marks.fill(0);
      s.stamp = 0;
    }
    const stamp = ++s.stamp;
    const word = typed[t]!;
    const forms = stem(word) === word ? [word] : [word, stem(word)];
    for (const form of forms) {
      const [from, to] = prefixRange(index.vocabulary, form);
      for (let w = from; w < to; w++) {
        const docs = index.postings[w]!;
        for (let k = 0; k < docs.length; k++) {
          const doc = docs[k]!;
          if (t === 0 || marks[doc] === previous) marks[doc] = stamp;
        }
      }
    }
    previous = stamp;
  }
  return previous;
}

/** Search, filter and rank: goals first, then nearest, then A to Z. */
export function search(index: DirectoryIndex, query: SearchQuery): SearchResults {
  const f = query.filters ?? {};
  const n = index.activities.length;
  const stamp = matchText(index, query.text ?? '');
  const { marks } = scratchFor(index);
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
  const tiers: number[][] = goals.map(() => []);
  const rest: number[] = [];

  for (let k = 0; k < n; k++) {
    const doc = order[k]!;
    if (stamp >= 0 && marks[doc] !== stamp) continue;
    if (needMask && !(index.needs[doc]! & needMask)) continue;
    if (workMask && !(index.pathways[doc]! & workMask)) continue;
    if (dayMask && !(index.days[doc]! & dayMask)) continue;
    if (timeMask && !(index.times[doc]! & timeMask)) continue;
    if (f.freeOnly && index.cost[doc] !== 1) continue;
    if (modeMask && !(index.modes[doc]! & modeMask)) continue;
    const inPerson = (index.modes[doc]! & IN_PERSON) !== 0;
    if (accessMask && inPerson && (index.access[doc]! & accessMask) !== accessMask) continue;
    if (age !== undefined && (age < index.minAge[doc]! || age > index.maxAge[doc]!)) continue;
    if (maxMiles !== undefined && inPerson && !(near!.miles[doc]! <= maxMiles)) continue;
    let tier = -1;
    for (let g = 0; g < goalBits.length; g++) {
      if (index.needs[doc]! & goalBits[g]!) {
        tier = g;
        break;
      }
    }
    (tier < 0 ? rest : tiers[tier]!).push(doc);
  }

  const ranked = tiers.length ? ([] as number[]).concat(...tiers, rest) : rest;
  return {
    total: ranked.length,
    slice(start, end) {
      return ranked.slice(start, end).map((doc) => {
        const activity = index.activities[doc]!;
        const miles = near ? near.miles[doc] : undefined;
        return {
          activity,
          miles: miles !== undefined && Number.isFinite(miles) ? miles : undefined,
          matches: goals.filter((_, g) => index.needs[doc]! & goalBits[g]!),
        };
      });
    },
  };
}
