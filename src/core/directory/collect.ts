import { Activity } from '../model/activity.ts';
import { problemText } from '../text/problem-text.ts';
import type { Problem } from '../model/problems.ts';
import { fastParser, UNSURE } from './fast-parse.ts';
import { canReach, NO_WAY_TO_REACH } from './reach.ts';
import { salvageActivity } from './salvage.ts';

/** A record left out, and why, for the site editor. Never shown to the public. */
export interface SkippedRecord {
  /** Where it was: `activities[3]`, `page 2, contents[4]`. */
  position: string;
  id?: string;
  problems: Problem[];
}

/** A field dropped from a record that was otherwise kept (a `javascript:` website, a need area spelt "exercise"). */
export interface DroppedField {
  position: string;
  id?: string;
  field: string;
  problem: string;
}

export interface DirectoryContents {
  activities: Activity[];
  skipped: SkippedRecord[];
  dropped: DroppedField[];
  /** Services a feed marks inactive, defunct or temporarily closed. */
  inactive: number;
  /** Records whose id was already seen (feeds can shift between page requests). */
  duplicates: number;
}

// Built once, on first use: the Activity schema's checks as plain closures (see fast-parse.ts).
let fastActivity: ReturnType<typeof fastParser<typeof Activity>> | null = null;

/**
 * Checks each candidate record with the Activity schema. A bad optional field is left out and
 * named; the record is kept. Only a record with no id, no name or no way to reach it is
 * skipped, and counted; it never stops the others.
 */
export class Collector implements DirectoryContents {
  readonly activities: Activity[] = [];
  readonly skipped: SkippedRecord[] = [];
  readonly dropped: DroppedField[] = [];
  inactive = 0;
  duplicates = 0;
  private readonly ids = new Set<string>();

  add(candidate: unknown, position: string): void {
    if (fastActivity === null) fastActivity = fastParser(Activity);
    let activity = fastActivity ? fastActivity(candidate) : UNSURE;
    // Anything the fast road cannot vouch for goes to zod, which also names what is wrong.
    if (activity === UNSURE) {
      const salvaged = salvageActivity(candidate);
      if (!salvaged.ok) {
        this.skipped.push({ position, id: idOf(candidate), problems: salvaged.problems });
        return;
      }
      activity = salvaged.value;
      for (const cut of salvaged.cuts) this.dropped.push({ position, id: activity.id, field: cut.field, problem: `${cut.problem}, so it is left out` });
    }
    if (!canReach(activity)) {
      this.skipped.push({ position, id: activity.id, problems: [{ code: 'not-valid', detail: NO_WAY_TO_REACH, path: '(record)' }] });
      return;
    }
    if (this.ids.has(activity.id)) {
      this.duplicates++;
      return;
    }
    this.ids.add(activity.id);
    this.activities.push(activity);
  }

  contents(): DirectoryContents {
    const { activities, skipped, dropped, inactive, duplicates } = this;
    return { activities, skipped, dropped, inactive, duplicates };
  }
}

function idOf(candidate: unknown): string | undefined {
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  const id = (candidate as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** A console message for the site editor, or `undefined` when every record was read cleanly. */
export function editorReport(contents: DirectoryContents, source: string, limit = 20): string | undefined {
  const { activities, skipped, dropped, inactive, duplicates } = contents;
  if (!skipped.length && !dropped.length && !duplicates) return undefined;
  const lines = [`[waymark] Directory ${source}: showing ${activities.length} activities.${problemCount(contents)}`];
  if (skipped.length) {
    lines.push(`Skipped ${skipped.length} record(s) that Waymark could not show:`);
    for (const s of skipped.slice(0, limit)) {
      lines.push(`  - ${s.position}${s.id ? ` (id ${s.id})` : ''}: ${s.problems.map(problemText).join('; ')}`);
    }
    if (skipped.length > limit) lines.push(`  … and ${skipped.length - limit} more.`);
  }
  if (dropped.length) {
    lines.push(`Left out ${dropped.length} field(s) that were not safe or not readable (each activity is still shown):`);
    for (const d of dropped.slice(0, limit)) lines.push(`  - ${d.position}${d.id ? ` (id ${d.id})` : ''}: ${d.field} ${d.problem}`);
    if (dropped.length > limit) lines.push(`  … and ${dropped.length - limit} more.`);
  }
  if (duplicates) lines.push(`Ignored ${duplicates} record(s) with an id already seen.`);
  if (inactive) lines.push(`(${inactive} service(s) marked inactive or closed were left out, as expected.)`);
  return lines.join('\n');
}

/**
 * " 3 problems: 2 fields left out (contact.email, needAreas[1]), 1 record skipped.": the count an
 * editor reads first, naming the fields, so "2 of 5 vanished" is never a mystery.
 */
function problemCount({ skipped, dropped }: DirectoryContents): string {
  const total = skipped.length + dropped.length;
  if (!total) return '';
  const fields = [...new Set(dropped.map((d) => d.field))];
  const named = fields.length > 5 ? `${fields.slice(0, 5).join(', ')}, …` : fields.join(', ');
  const parts = [
    dropped.length ? `${dropped.length} field(s) left out (${named})` : undefined,
    skipped.length ? `${skipped.length} record(s) skipped` : undefined,
  ].filter(Boolean);
  return ` ${total} problem(s): ${parts.join(', ')}.`;
}
