import type { Activity, Session } from '../model/activity.ts';
import { ACCESS_FEATURES, DAYS, TIMES_OF_DAY, NEED_AREAS, TAKE_PART_MODES, WORK_PATHWAYS, type AccessFeature, type TimeOfDay, type NeedAreaId, type TakePartMode, type WorkPathway } from '../vocabulary/lists.ts';
import { fold } from './text.ts';

// Each activity's filterable facts, packed as bit masks so a filter is one AND per activity.

export { ACCESS_FEATURES, type AccessFeature };

const ACCESS_WORDS: Record<AccessFeature, RegExp> = {
  'step-free': /\b(step free|wheelchair|level (access|path|entrance)|ramps?|lifts?)\b/,
  'accessible-toilet': /\b(accessible|disabled|changing places) toilets?\b/,
  'hearing-loop': /\b(hearing|induction) loops?\b/,
};

export function bit<T>(all: readonly T[], value: T): number {
  const i = all.indexOf(value);
  return i < 0 ? 0 : 1 << i;
}

export function maskOf<T>(all: readonly T[], values: readonly T[]): number {
  let mask = 0;
  for (const v of values) mask |= bit(all, v);
  return mask;
}

// Places repeat the same few phrases ("Step-free entrance"): read each phrase once.
const phraseMasks = new Map<string, number>();

function phraseMask(line: string): number {
  let mask = phraseMasks.get(line);
  if (mask === undefined) {
    mask = 0;
    const words = fold(line).replace(/[^a-z0-9]+/g, ' ');
    // "Compost toilet (not wheelchair accessible)" says what a place lacks.
    if (!/\b(not|no)\b/.test(words)) {
      for (const feature of ACCESS_FEATURES) if (ACCESS_WORDS[feature].test(words)) mask |= bit(ACCESS_FEATURES, feature);
    }
    if (phraseMasks.size > 10000) phraseMasks.clear();
    phraseMasks.set(line, mask);
  }
  return mask;
}

function accessMask(activity: Activity): number {
  let mask = 0;
  for (const location of activity.locations) for (const line of location.accessibility) mask |= phraseMask(line);
  return mask;
}

/** "09:30" → 570. Times are already checked as HH:MM by the Activity schema. */
function minutes(clock: string | undefined): number | undefined {
  if (!clock) return undefined;
  const digit = (i: number) => clock.charCodeAt(i) - 48;
  return (digit(0) * 10 + digit(1)) * 60 + digit(3) * 10 + digit(4);
}

const WINDOWS: readonly [TimeOfDay, number, number][] = [
  ['morning', 0, 12 * 60],
  ['afternoon', 12 * 60, 17 * 60],
  ['evening', 17 * 60, 24 * 60],
];
const WINDOW_BITS = WINDOWS.map(([time]) => bit(TIMES_OF_DAY, time));

/** The times of day a session counts for, as bits of TIMES_OF_DAY: see `timesOfDay`. */
function timesMask(session: Session): number {
  const opens = minutes(session.opens);
  if (opens === undefined) return 0;
  const closes = Math.max(minutes(session.closes) ?? opens + 60, opens + 1);
  const enough = Math.min(60, closes - opens);
  let mask = 0;
  for (let w = 0; w < WINDOWS.length; w++) {
    const [, from, to] = WINDOWS[w]!;
    if (Math.min(closes, to) - Math.max(opens, from) >= enough) mask |= WINDOW_BITS[w]!;
  }
  return mask;
}

/**
 * Morning before midday, afternoon midday to 5pm, evening after 5pm. A session counts for a
 * time of day when an hour of it falls there (or all of it, if shorter): a group that ends at
 * 12:30 is a morning group, not an afternoon one.
 */
export function timesOfDay(session: Session): TimeOfDay[] {
  const mask = timesMask(session);
  return TIMES_OF_DAY.filter((time) => mask & bit(TIMES_OF_DAY, time));
}

export interface Facets {
  needs: number;
  pathways: number;
  modes: number;
  days: number;
  times: number;
  access: number;
  /** 1 free, 2 costs something, 0 not known. */
  cost: 0 | 1 | 2;
  minAge: number;
  maxAge: number;
}

// Each value's bit, looked up rather than searched for: facets are read for every activity on load.
const bitsOf = <T extends string>(all: readonly T[]): ReadonlyMap<T, number> => new Map(all.map((v, i) => [v, 1 << i]));
const DAY_BITS = bitsOf(DAYS);
const NEED_BITS = bitsOf<NeedAreaId>(NEED_AREAS);
const PATHWAY_BITS = bitsOf<WorkPathway>(WORK_PATHWAYS);
const MODE_BITS = bitsOf<TakePartMode>(TAKE_PART_MODES);

function maskFrom<T>(bits: ReadonlyMap<T, number>, values: readonly T[]): number {
  let mask = 0;
  for (let i = 0; i < values.length; i++) mask |= bits.get(values[i]!) ?? 0;
  return mask;
}

export function facetsOf(activity: Activity): Facets {
  let days = 0;
  let times = 0;
  for (const session of activity.schedule) {
    days |= maskFrom(DAY_BITS, session.days);
    times |= timesMask(session);
  }
  return {
    needs: maskFrom(NEED_BITS, activity.needAreas),
    pathways: maskFrom(PATHWAY_BITS, activity.pathways),
    modes: maskFrom(MODE_BITS, activity.modes),
    days,
    times,
    access: accessMask(activity),
    cost: activity.cost === undefined ? 0 : activity.cost.free ? 1 : 2,
    minAge: activity.eligibility?.minAge ?? 0,
    maxAge: activity.eligibility?.maxAge ?? 130,
  };
}
