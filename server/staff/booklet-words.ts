import type { Activity, Session } from '../../src/core/model/activity.ts';
import type { BookletWords } from '../../src/core/directory/booklet.ts';
import { DAYS, type Day, type NeedAreaId } from '../../src/core/vocabulary/lists.ts';
import { DAY_NAMES } from './words.ts';

// The printed booklet's words in the inbox: English, the service's language, for the people the
// booklet is handed to (so "10am to 12pm", the NHS style, not the staff screen's "10:00"). The
// finder words the same booklet in the person's language (src/words/booklet.ts); the inbox cannot
// use those (they are msg() words, and the inbox imports nothing of the widget but core).

/**
 * The need areas as the finder names them to the public (src/words/need-areas.ts; a test keeps the
 * two the same), not the staff screen's shorter names: the booklet is for the people referred.
 */
export const PUBLIC_NEED_AREA_NAMES: Record<NeedAreaId, string> = {
  loneliness: 'Feeling lonely',
  'mental-wellbeing': 'Feeling low or worried',
  'physical-activity': 'Being more active',
  'arts-creativity': 'Arts and making things',
  'nature-outdoors': 'Nature and the outdoors',
  'learning-skills': 'Learning something new',
  work: 'Work',
  volunteering: 'Volunteering',
  'money-debt': 'Money and debt',
  housing: 'Housing',
  'food-cooking': 'Food and cooking',
  caring: 'Caring for someone',
  'long-term-conditions': 'Living with a health condition',
  bereavement: 'Losing someone',
  'family-parenting': 'Family and parenting',
  'digital-skills': 'Using phones and computers',
};

/** "10am", "11:30am", "midday". */
function clock(time: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  if (h === 12 && m === 0) return 'midday';
  if (h === 0 && m === 0) return 'midnight';
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${hour}${m ? `:${String(m).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`;
}

/** "Every day", "Monday to Friday", "Tuesday and Thursday". */
function days(list: readonly Day[]): string {
  const set = new Set(list);
  if (set.size === 7) return 'Every day';
  if (set.size === 5 && DAYS.slice(0, 5).every((d) => set.has(d))) return 'Monday to Friday';
  const names = DAYS.filter((d) => set.has(d)).map((d) => DAY_NAMES[d]);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!;
}

function session(s: Session): string | undefined {
  const on = s.days.length ? days(s.days) : undefined;
  const hours = s.opens && s.closes ? `${clock(s.opens)} to ${clock(s.closes)}` : s.opens ? `from ${clock(s.opens)}` : undefined;
  return [on, hours].filter(Boolean).join(', ') || s.description;
}

function where(activity: Activity): string | undefined {
  const place = activity.locations[0];
  if (!place) {
    const remote = [activity.modes.includes('online') && 'Online', activity.modes.includes('phone') && 'By phone'].filter(Boolean);
    return remote.join(', ') || undefined;
  }
  const at = place.address && place.name && !place.address.startsWith(place.name) ? `${place.name}, ${place.address}` : (place.address ?? place.name ?? place.postcode);
  const more = activity.locations.length - 1;
  return more ? `${at} and ${more} more place${more === 1 ? '' : 's'}` : at;
}

function cost(activity: Activity): string {
  const c = activity.cost;
  if (!c) return 'Ask about cost';
  if (c.free) return c.description ? `Free. ${c.description}` : 'Free';
  return c.description ?? 'There is a cost';
}

export const BOOKLET_WORDS: BookletWords = {
  needArea: (id) => PUBLIC_NEED_AREA_NAMES[id],
  otherActivities: 'Other activities',
  day: (day) => DAY_NAMES[day],
  otherTimes: 'Other times, or ask for times',
  when: (activity) => activity.schedule.map(session).filter(Boolean).join('; ') || activity.scheduleDescription,
  where,
  cost,
  someoneMeetsYou: 'Someone will meet you when you arrive.',
};
