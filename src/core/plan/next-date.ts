import type { Activity, NextDate } from '../model/activity.ts';

/** Today's date in the UK, YYYY-MM-DD: directory dates are UK local dates. */
export function ukToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * The activity's next date from today on, earliest first. A directory file may be old, so dates
 * already gone are skipped, never offered for a calendar.
 */
export function upcomingDate(activity: Activity, today: string): NextDate | undefined {
  return activity.nextDates
    .filter((d) => d.date >= today)
    .sort((a, b) => (a.date === b.date ? (a.starts ?? '').localeCompare(b.starts ?? '') : a.date < b.date ? -1 : 1))[0];
}
