import type { DeclineReason, ReferralStatus } from '../../src/core/referral/status.ts';
import type { Day, LegalBasis, NeedAreaId, TimeOfDay } from '../../src/core/model/index.ts';
import type { Loneliness } from '../../src/core/model/goals.ts';
import type { Role } from './roles.ts';

// The staff screen's words for the codes it shows, in one place. The screen is in English, the
// service's language (like the contact instructions the FHIR bundle carries); the person's own
// answers are shown as they gave them.

export const STATUS_NAMES: Record<ReferralStatus, string> = {
  new: 'New',
  contacted: 'Contacted',
  accepted: 'Accepted',
  declined: 'Declined',
  closed: 'Closed',
  superseded: 'Replaced',
};

/** What choosing each status means, said beside its radio button. */
export const STATUS_HINTS: Partial<Record<ReferralStatus, string>> = {
  contacted: 'You have spoken with them.',
  accepted: 'They want support from the service.',
  declined: 'You will be asked why.',
  closed: 'There is nothing more to do.',
};

export const DECLINE_REASON_NAMES: Record<DeclineReason, string> = {
  'person-declined': 'They said no to social prescribing',
  'outside-area': 'They live outside the area we cover',
  'needs-other-service': 'They need a different service',
  'not-eligible': 'They cannot use our service',
  other: 'Another reason',
};

export const ROLE_NAMES: Record<Role, string> = { linkworker: 'Link worker', manager: 'Manager' };

export const NEED_AREA_NAMES: Record<NeedAreaId, string> = {
  loneliness: 'Loneliness',
  'mental-wellbeing': 'Mental wellbeing',
  'physical-activity': 'Physical activity',
  'arts-creativity': 'Arts and creativity',
  'nature-outdoors': 'Nature and the outdoors',
  'learning-skills': 'Learning and skills',
  work: 'Work',
  volunteering: 'Volunteering',
  'money-debt': 'Money and debt',
  housing: 'Housing',
  'food-cooking': 'Food and cooking',
  caring: 'Caring for someone',
  'long-term-conditions': 'Living with a long-term condition',
  bereavement: 'Bereavement',
  'family-parenting': 'Family and parenting',
  'digital-skills': 'Digital skills',
};

export const DAY_NAMES: Record<Day, string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};

export const TIME_NAMES: Record<TimeOfDay, string> = { morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening' };

export const METHOD_NAMES: Record<string, string> = { call: 'Phone call', text: 'Text message', email: 'Email' };

export const LONELINESS_NAMES: Record<Loneliness, string> = {
  'often-always': 'Often or always',
  'some-of-the-time': 'Some of the time',
  occasionally: 'Occasionally',
  'hardly-ever': 'Hardly ever',
  never: 'Never',
};

/** ONS4, each item on its own (never added up). */
export const ONS4_NAMES = {
  lifeSatisfaction: 'Satisfied with life nowadays',
  worthwhile: 'Things they do are worthwhile',
  happiness: 'Happy yesterday',
  anxiety: 'Anxious yesterday (higher is worse)',
} as const;

export const LEGAL_BASIS_NAMES: Record<LegalBasis, string> = {
  consent: 'Consent',
  'public-task': 'Public task',
  'legitimate-interests': 'Legitimate interests',
  'vital-interests': 'Vital interests',
};

/** What to do in a crisis, in every message and handout the inbox makes for the public. */
export const URGENT_HELP_TEXT = 'If you need help now, call 111, or 999 if a life is at risk. Samaritans are there day and night on 116 123.';

export const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** How long something took, as a person says it: "12 minutes", "3 hours", "2 days". */
export function duration(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return plural(minutes, 'minute', 'minutes');
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return plural(hours, 'hour', 'hours');
  return plural(Math.floor(hours / 24), 'day', 'days');
}

const LONDON = 'Europe/London';

/** "21 November 2026 at 10:15am", in UK time (the service's time, whatever the server's zone). */
export function dateTime(iso: string): string {
  const d = new Date(iso);
  const date = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: LONDON });
  const time = d.toLocaleTimeString('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: LONDON }).replace(' ', '').toLowerCase();
  return `${date} at ${time}`;
}

/** "21 November 2026". A bare date (a date of birth) is read as written, not moved by time zones. */
export function dateOnly(iso: string): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: LONDON });
}
