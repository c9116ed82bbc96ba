import type { Activity } from '../model/activity.ts';
import { DAYS, NEED_AREAS, type Day, type NeedAreaId } from '../vocabulary/lists.ts';
import { plainLine } from '../text/plain-line.ts';

/**
 * The words a booklet is printed with, in its reader's language: the finder passes msg() words
 * (src/words/booklet.ts), the inbox its English ones. Core only sorts and groups.
 */
export interface BookletWords {
  needArea(id: NeedAreaId): string;
  /** The heading for activities the directory gives no need area. */
  otherActivities: string;
  day(day: Day): string;
  /** The heading for activities with no regular day: "Other times, or ask for times". */
  otherTimes: string;
  /** Days and times in words: "Tuesday and Thursday, 10am to 12pm". */
  when(activity: Activity): string | undefined;
  where(activity: Activity): string | undefined;
  cost(activity: Activity): string;
  /** Said only where the directory says someone will meet you. */
  someoneMeetsYou: string;
}

/** One activity as the booklet prints it: every value one safe plain line (see text/plain-line.ts). */
export interface BookletItem {
  id: string;
  name: string;
  when?: string;
  where?: string;
  cost: string;
  phone?: string;
  meetsYou?: string;
}

export interface BookletDay {
  /** `other`: no regular day (times on request, dates only, or none given). */
  day: Day | 'other';
  title: string;
  items: BookletItem[];
}

export interface BookletSection {
  /** `other`: activities with no need area, last. */
  needArea: NeedAreaId | 'other';
  title: string;
  days: BookletDay[];
}

export interface Booklet {
  sections: BookletSection[];
  /** How many different activities it holds (one in two need areas counts once). */
  activities: number;
}

/**
 * A printed booklet of activities, as a Patient Participation Group hands out: one section a need
 * area, in the vocabulary's order, each by day, Monday to Sunday, then "other times". An activity
 * in two need areas is in both sections, and one on two days under both days: a reader looks up
 * the one area and the one day they want, never a cross-reference. Within a day, earliest first.
 */
export function bookletOf(activities: readonly Activity[], words: BookletWords): Booklet {
  const unique = [...new Map(activities.map((a) => [a.id, a])).values()];
  const items = new Map(unique.map((a) => [a.id, itemOf(a, words)]));
  const areas: (NeedAreaId | 'other')[] = [...NEED_AREAS, 'other'];
  const sections = areas.flatMap((area): BookletSection[] => {
    const inArea = unique.filter((a) => (area === 'other' ? a.needAreas.length === 0 : a.needAreas.includes(area)));
    if (!inArea.length) return [];
    const title = area === 'other' ? words.otherActivities : words.needArea(area);
    return [{ needArea: area, title: plainLine(title), days: daysOf(inArea, items, words) }];
  });
  return { sections, activities: unique.length };
}

function daysOf(activities: readonly Activity[], items: Map<string, BookletItem>, words: BookletWords): BookletDay[] {
  const days: (Day | 'other')[] = [...DAYS, 'other'];
  return days.flatMap((day): BookletDay[] => {
    const on = activities
      .map((activity) => ({ activity, starts: startsOn(activity, day) }))
      .filter((entry): entry is { activity: Activity; starts: string } => entry.starts !== undefined)
      .sort((a, b) => compare(a.starts, b.starts) || a.activity.name.localeCompare(b.activity.name));
    if (!on.length) return [];
    const title = day === 'other' ? words.otherTimes : words.day(day);
    return [{ day, title: plainLine(title), items: on.map(({ activity }) => items.get(activity.id)!) }];
  });
}

/**
 * When the activity starts on that day, as "HH:MM" (a session with no time sorts after the timed
 * ones, "~"), or `undefined` when it is not on that day. `other` takes activities with no day at all.
 */
function startsOn(activity: Activity, day: Day | 'other'): string | undefined {
  const days = activity.schedule.filter((s) => s.days.length);
  if (day === 'other') return days.length ? undefined : '~';
  const times = days.filter((s) => s.days.includes(day)).map((s) => s.opens ?? '~');
  return times.length ? times.sort()[0] : undefined;
}

/** By code unit, not by locale: "~" (no time) must sort after every "HH:MM". */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function itemOf(activity: Activity, words: BookletWords): BookletItem {
  const line = (value: string | undefined) => (value && plainLine(value)) || undefined;
  return {
    id: activity.id,
    name: plainLine(activity.name),
    when: line(words.when(activity)),
    where: line(words.where(activity)),
    cost: plainLine(words.cost(activity)),
    phone: line(activity.contact.phone),
    meetsYou: activity.firstVisit?.someoneMeetsYou ? plainLine(words.someoneMeetsYou) : undefined,
  };
}
