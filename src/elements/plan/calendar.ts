import type { Activity, NextDate } from '../../core/model/activity.ts';
import { activityEvent, toIcs } from '../../core/plan/ics.ts';

/**
 * Downloads one next date as an .ics file, which a phone offers to add to its calendar. Made on
 * the device from directory text only: nothing is sent anywhere, nothing about the person is in it.
 */
export function downloadIcs(activity: Activity, when: NextDate, now = new Date()): void {
  const blob = new Blob([toIcs(activityEvent(activity, when), now)], { type: 'text/calendar;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${activity.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'activity'}-${when.date}.ics`;
  link.click();
  // The browser has taken the file by the next task; the object URL is not needed after.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
