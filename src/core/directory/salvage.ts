import { Activity } from '../model/activity.ts';
import { formatPath, toProblems, type Problem } from '../model/problems.ts';
import { problemDescription } from '../text/problem-text.ts';
import type { z } from '../model/zod.ts';
import { isRequiredAt } from '../model/schema-walk.ts';

// One bad optional field costs a person that field, never the whole activity (issue 15): an
// email with no ".org", a need area spelt "exercise", a day written "Thursday". What is wrong is
// cut out, the rest is checked again by the same schema, and each cut is named for the editor.
// Only a record with no id or name is beyond saving: plans and referrals store the id, and
// nobody can choose an activity with no name.

type Key = string | number;
type Path = readonly Key[];

/** A part of a record left out so the rest could be kept. */
export interface Cut {
  /** The part left out: `contact.email`, `needAreas[1]`, `schedule[0]`. */
  field: string;
  /** What was wrong, naming the exact value when it is inside the part: `days[1] should be one of: …`. */
  problem: string;
}

export type Salvaged = { ok: true; value: Activity; cuts: Cut[] } | { ok: false; problems: Problem[] };

/** Fields whose loss loses the record. */
const ESSENTIAL = new Set<Key>(['id', 'name']);

/**
 * A value that is only true with its neighbours: a session without one of its days would tell
 * people the wrong days, so the session goes; half a position is no position, so both go.
 */
function whole(path: Path): Path[] {
  const days = path.indexOf('days');
  if (path[0] === 'schedule' && days === 2) return [path.slice(0, 2)];
  const last = path[path.length - 1];
  if (path[0] === 'locations' && (last === 'latitude' || last === 'longitude')) {
    const place = path.slice(0, -1);
    return [[...place, 'latitude'], [...place, 'longitude']];
  }
  return [path];
}

const MAX_ROUNDS = 6;

/**
 * Checks a candidate with the Activity schema, cutting out each part that fails until the rest
 * passes. Never throws, never changes `candidate`.
 */
export function salvageActivity(candidate: unknown): Salvaged {
  let record: unknown;
  try {
    record = structuredClone(candidate);
  } catch {
    record = candidate;
  }
  const cuts: Cut[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = Activity.safeParse(record, { reportInput: true });
    if (result.success) return { ok: true, value: result.data, cuts };
    const fatal: z.core.$ZodIssue[] = [];
    const parts = new Map<string, Path>();
    for (const issue of result.error.issues) {
      const part = partToCut(issue.path as Path);
      if (!part || typeof record !== 'object' || record === null) {
        fatal.push(issue);
        continue;
      }
      const problem = toProblems([issue])[0]!;
      const partName = formatPath(part[0]!);
      const what = problemDescription(problem);
      const inside = problem.path === partName ? what : `${problem.path.slice(partName.length).replace(/^\./, '')} ${what}`;
      if (!cuts.some((c) => c.field === partName)) cuts.push({ field: partName, problem: inside });
      for (const p of part) parts.set(formatPath(p), p);
    }
    if (fatal.length) return { ok: false, problems: toProblems(fatal) };
    cutOut(record as Record<string, unknown>, [...parts.values()]);
  }
  const last = Activity.safeParse(record, { reportInput: true });
  return last.success ? { ok: true, value: last.data, cuts } : { ok: false, problems: toProblems(last.error.issues) };
}

/** The smallest part holding the problem at `path` that the record can do without, or nothing. */
function partToCut(path: Path): Path[] | undefined {
  let p: Path = path;
  while (p.length > 0) {
    if (p.length === 1 && ESSENTIAL.has(p[0]!)) return undefined;
    const last = p[p.length - 1]!;
    // Every list in an activity is of separate facts (places, sessions, need areas, languages).
    if (typeof last === 'number' || !isRequiredAt(Activity, p)) return whole(p);
    p = p.slice(0, -1);
  }
  return undefined;
}

/** Removes each part; list items go last to first, so earlier indexes still point right. */
function cutOut(record: Record<string, unknown>, parts: Path[]): void {
  const sorted = [...parts].sort((a, b) => compareDeepestLast(b, a));
  for (const part of sorted) {
    let parent: unknown = record;
    for (const key of part.slice(0, -1)) parent = parent === null || typeof parent !== 'object' ? undefined : (parent as Record<Key, unknown>)[key];
    const key = part[part.length - 1]!;
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else if (parent !== null && typeof parent === 'object') delete (parent as Record<Key, unknown>)[key];
  }
}

/** Orders paths so that, reversed, a later list index is removed before an earlier one. */
function compareDeepestLast(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}
