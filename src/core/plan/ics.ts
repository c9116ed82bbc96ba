// An iCalendar file (RFC 5545) for one date of an activity in a person's plan, so "Add to
// calendar" puts the next session on their phone. Pure: the caller gives the time stamp.
//
// Times are UK wall-clock times, as directories write them, so DTSTART carries
// TZID=Europe/London with the VTIMEZONE that RFC 5545 requires for it (GMT, and BST from the
// last Sunday in March to the last Sunday in October). A floating time would move with the
// phone's zone; a session at 10:00 in Ashby Vale is at 10:00 in Ashby Vale. A date with no time
// is an all-day event (VALUE=DATE).
import type { Activity, NextDate } from '../model/activity.ts';

export interface CalendarEvent {
  /** Stable for the same activity and date, so adding it twice updates one event, not two. */
  uid: string;
  /** `YYYY-MM-DD`, the local date. */
  date: string;
  /** `HH:MM`, UK local time. Without it the event is all day. */
  starts?: string;
  ends?: string;
  summary: string;
  location?: string;
  description?: string;
  /** An http(s) page about the activity. */
  url?: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

const VTIMEZONE_LONDON = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19810329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19961027T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

// Control characters (C0 but line breaks, DEL, C1) and bidirectional overrides, which could
// make a calendar show text in a different order from the directory's.
const UNSAFE = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Directory text as an iCalendar TEXT value: unsafe characters gone, then `\ ; ,` and line breaks escaped. */
export function icsText(value: string, multiline = false): string {
  const lines = value.replace(/\r\n?/g, '\n').replace(UNSAFE, '').split('\n').map((l) => l.trim());
  const joined = multiline ? lines.join('\n').replace(/\n{3,}/g, '\n\n').trim() : lines.filter(Boolean).join(' ');
  return joined.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets of UTF-8 (RFC 5545 3.1): each continuation starts with one
 * space, which counts towards its 75. A character is never split, nor a surrogate pair.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

const compactDate = (date: string) => date.replace(/-/g, '');
const localDateTime = (date: string, time: string) => `${compactDate(date)}T${time.replace(':', '')}00`;

function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The event as a whole iCalendar file, lines ending CRLF. */
export function toIcs(event: CalendarEvent, now: Date): string {
  const timed = event.starts !== undefined;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Waymark//Plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(timed ? VTIMEZONE_LONDON : []),
    'BEGIN:VEVENT',
    `UID:${icsText(event.uid)}`,
    `DTSTAMP:${utcStamp(now)}`,
    timed ? `DTSTART;TZID=Europe/London:${localDateTime(event.date, event.starts!)}` : `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
    ...(timed && event.ends && event.ends > event.starts! ? [`DTEND;TZID=Europe/London:${localDateTime(event.date, event.ends)}`] : []),
    `SUMMARY:${icsText(event.summary)}`,
    ...(event.location ? [`LOCATION:${icsText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${icsText(event.description, true)}`] : []),
    ...(event.url && /^https?:\/\/[^\s]+$/i.test(event.url) ? [`URL:${event.url}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * One of an activity's next dates as a calendar event: its name, its first place, and in the
 * description its summary and how to get there (directory text only: the file carries no words
 * of Waymark's own, so it needs no translation, and nothing about the person).
 */
export function activityEvent(activity: Activity, when: NextDate): CalendarEvent {
  const place = activity.locations[0];
  const location = place ? [place.name, place.address, place.postcode].filter(Boolean).join(', ') : undefined;
  const description = [activity.summary ?? activity.description, when.description, activity.firstVisit?.gettingThere].filter(Boolean).join('\n\n');
  const url = activity.contact.website ?? activity.organisation?.website;
  return {
    uid: `${when.date}${when.starts ? `T${when.starts.replace(':', '')}` : ''}-${encodeURIComponent(activity.id)}@waymark`,
    date: when.date,
    ...(when.starts ? { starts: when.starts } : {}),
    ...(when.ends ? { ends: when.ends } : {}),
    summary: activity.name,
    ...(location ? { location } : {}),
    ...(description ? { description } : {}),
    ...(url ? { url } : {}),
  };
}
