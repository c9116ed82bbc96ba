import { msg, str } from '@lit/localize';
import type { Activity, JoinRoute, Session, TakePartMode } from '../core/model/activity.ts';
import { DAYS, type Day, type TimeOfDay } from '../core/vocabulary/lists.ts';
import { dayLabel, intlSpeaks, listText, numberText } from './intl.ts';
import type { AccessFeature } from '../core/vocabulary/lists.ts';
import { firstSentence } from '../core/directory/text.ts';

// Plain words for an activity's facts, in the person's language. Functions, not constants, so
// each call reads the locale in force at render time.

/** A day's name. Waymark's own words, not Intl's: some browsers have no Welsh day names. */
export function dayName(day: Day, _locale?: string): string {
  return dayLabel(day);
}

/** "10am", "11:30am", "midday" in English (NHS style); the locale's own clock otherwise. */
export function clockText(clock: string, locale: string): string {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  if (locale === 'en' || locale.startsWith('en-')) {
    if (h === 12 && m === 0) return msg('midday');
    if (h === 0 && m === 0) return msg('midnight');
    const hour12 = h % 12 === 0 ? 12 : h % 12;
    const suffix = h < 12 ? 'am' : 'pm';
    return m === 0 ? `${hour12}${suffix}` : `${hour12}:${String(m).padStart(2, '0')}${suffix}`;
  }
  // Where Intl has no data for the language, the 24-hour clock reads the same in every language.
  if (!intlSpeaks(locale)) return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1, h, m));
}

function daysText(days: readonly Day[], locale: string): string {
  const set = new Set(days);
  if (set.size === 7) return msg('Every day');
  if (set.size === 5 && DAYS.slice(0, 5).every((d) => set.has(d))) return msg('Monday to Friday');
  const ordered = DAYS.filter((d) => set.has(d)).map((d) => dayName(d, locale));
  return listText(ordered, locale);
}

export function sessionText(session: Session, locale: string): string | undefined {
  const days = session.days.length ? daysText(session.days, locale) : undefined;
  const from = session.opens ? clockText(session.opens, locale) : undefined;
  const to = session.closes ? clockText(session.closes, locale) : undefined;
  if (days && from && to) return msg(str`${days}, ${from} to ${to}`);
  if (days && from) return msg(str`${days}, from ${from}`);
  if (from && to) return msg(str`${from} to ${to}`);
  return days ?? session.description;
}

/** When it happens, in one line: "Tuesday and Thursday, 10am to 11am". */
export function whenText(activity: Activity, locale: string): string | undefined {
  const sessions = activity.schedule.map((s) => sessionText(s, locale)).filter((s): s is string => Boolean(s));
  if (sessions.length) return sessions.join('; ');
  return activity.scheduleDescription;
}

export function modeText(mode: TakePartMode): string {
  switch (mode) {
    case 'in-person': return msg('In person');
    case 'online': return msg('Online');
    case 'phone': return msg('By phone');
  }
}

/** Where: the first place's name and address, or how to take part when there is no place. */
export function whereText(activity: Activity): string | undefined {
  const place = activity.locations[0];
  if (place) {
    const more = activity.locations.length > 1 ? msg(str`and ${activity.locations.length - 1} more places`) : undefined;
    const where = place.address && place.name && !place.address.startsWith(place.name) ? `${place.name}, ${place.address}` : (place.address ?? place.name ?? place.postcode);
    return [where, more].filter(Boolean).join(' ') || undefined;
  }
  const remote = activity.modes.filter((m) => m !== 'in-person');
  return remote.length ? remote.map(modeText).join(', ') : undefined;
}

export function costText(activity: Activity): string {
  const cost = activity.cost;
  if (!cost) return msg('Ask about cost');
  if (cost.free) return cost.description ? msg(str`Free. ${cost.description}`) : msg('Free');
  return cost.description ?? msg('There is a cost');
}

export function joinText(route: JoinRoute): string {
  switch (route) {
    case 'drop-in': return msg('Just turn up');
    case 'self-referral': return msg('Contact them yourself');
    case 'link-worker': return msg('A link worker can put you in touch');
  }
}

export function howToJoinText(activity: Activity): string | undefined {
  return activity.howToJoin.length ? activity.howToJoin.map(joinText).join('. ') : undefined;
}

/** "About 1.2 miles away", rounded as outcode centres are only roughly where a person lives. */
export function milesText(miles: number, locale: string): string {
  const digits = { maximumFractionDigits: miles < 10 ? 1 : 0 };
  const value = Math.max(miles, 0.1);
  if (!intlSpeaks(locale)) {
    const number = numberText(value, locale, digits);
    return msg(str`About ${number} miles away`);
  }
  // Intl's unit formatting gets each language's plural of "mile" right.
  const number = numberText(value, locale, { style: 'unit', unit: 'mile', unitDisplay: 'long', ...digits });
  return msg(str`About ${number} away`);
}

export function summaryText(activity: Activity): string | undefined {
  return activity.summary ?? (activity.description ? firstSentence(activity.description) : undefined);
}

export function ageText(activity: Activity): string | undefined {
  const e = activity.eligibility;
  if (!e) return undefined;
  if (e.minAge !== undefined && e.maxAge !== undefined) return msg(str`For ages ${e.minAge} to ${e.maxAge}`);
  if (e.minAge !== undefined) return msg(str`For ages ${e.minAge} and over`);
  if (e.maxAge !== undefined) return msg(str`For ages ${e.maxAge} and under`);
  return undefined;
}

export function accessLabel(feature: AccessFeature): string {
  switch (feature) {
    case 'step-free': return msg('Step-free access');
    case 'accessible-toilet': return msg('Accessible toilet');
    case 'hearing-loop': return msg('Hearing loop');
  }
}

export function timeOfDayLabel(time: TimeOfDay): string {
  switch (time) {
    case 'morning': return msg('Morning (before midday)');
    case 'afternoon': return msg('Afternoon (midday to 5pm)');
    case 'evening': return msg('Evening (after 5pm)');
  }
}

/** "Matches: feeling lonely, money and debt": why a result is near the top. */
export function matchesText(labels: readonly string[], locale: string): string {
  // Commas, not "and": labels such as "money and debt" carry their own "and".
  const list = listText(labels.map((l) => l.toLocaleLowerCase(locale)), locale, 'unit');
  return msg(str`Matches: ${list}`);
}
