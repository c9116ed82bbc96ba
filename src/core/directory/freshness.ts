import type { Activity } from '../model/activity.ts';

/** Directory entries go out of date: groups stop, move or change their times. */
export const STALE_AFTER_DAYS = 365;

/** Whoever keeps the directory checks each listing at least this often (about six months). */
export const RECHECK_AFTER_DAYS = 183;

/**
 * True when an activity was last checked more than `afterDays` (a year unless told) before `now`.
 * An entry with no date is not called stale: many feeds never send one, and a warning on every
 * entry would be ignored.
 */
export function isStale(activity: Pick<Activity, 'lastChecked'>, now: Date, afterDays = STALE_AFTER_DAYS): boolean {
  if (!activity.lastChecked) return false;
  const checked = Date.parse(`${activity.lastChecked}T00:00:00Z`);
  return Number.isFinite(checked) && now.getTime() - checked > afterDays * 86_400_000;
}

/**
 * A listing its keeper should check now: never checked, or not in the last six months. Stricter
 * than `isStale`, which is what the public is warned about.
 */
export function dueForCheck(activity: Pick<Activity, 'lastChecked'>, now: Date): boolean {
  return !activity.lastChecked || isStale(activity, now, RECHECK_AFTER_DAYS);
}
