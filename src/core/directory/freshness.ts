import type { Activity } from '../model/activity.ts';

/** Directory entries go out of date: groups stop, move or change their times. */
export const STALE_AFTER_DAYS = 365;

/**
 * True when an activity was last checked more than a year before `now`. An entry with no date
 * is not called stale: many feeds never send one, and a warning on every entry would be ignored.
 */
export function isStale(activity: Pick<Activity, 'lastChecked'>, now: Date): boolean {
  if (!activity.lastChecked) return false;
  const checked = Date.parse(`${activity.lastChecked}T00:00:00Z`);
  return Number.isFinite(checked) && now.getTime() - checked > STALE_AFTER_DAYS * 86_400_000;
}
