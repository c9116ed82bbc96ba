import { z } from './zod.ts';
import { NeedAreaId } from './need-area.ts';
import { ClockTime, Day, IsoDate, WebUrl } from './common.ts';
import { JOIN_ROUTES, TAKE_PART_MODES, WORK_PATHWAYS } from '../vocabulary/lists.ts';

export { JOIN_ROUTES, TAKE_PART_MODES, WORK_PATHWAYS };

/** How an activity helps towards work: directly (employment support) or by removing barriers. */
export const WorkPathway = z.enum(WORK_PATHWAYS);
export type WorkPathway = z.infer<typeof WorkPathway>;

export const TakePartMode = z.enum(TAKE_PART_MODES);
export type TakePartMode = z.infer<typeof TakePartMode>;

export const JoinRoute = z.enum(JOIN_ROUTES);
export type JoinRoute = z.infer<typeof JoinRoute>;

const text = () => z.string().check(z.trim(), z.minLength(1));
const list = <T extends z.ZodMiniType>(item: T) => z._default(z.array(item), []);

export const Location = z.object({
  name: z.optional(text()),
  address: z.optional(text()),
  postcode: z.optional(text()),
  latitude: z.optional(z.number().check(z.gte(-90), z.lte(90))),
  longitude: z.optional(z.number().check(z.gte(-180), z.lte(180))),
  accessibility: list(text()),
});
export type Location = z.infer<typeof Location>;

/** One regular session: the days it runs and, when known, its hours. */
export const Session = z.object({
  days: list(Day),
  opens: z.optional(ClockTime),
  closes: z.optional(ClockTime),
  description: z.optional(text()),
});
export type Session = z.infer<typeof Session>;

export const Cost = z.object({
  free: z.boolean(),
  description: z.optional(text()),
});
export type Cost = z.infer<typeof Cost>;

export const Eligibility = z.object({
  minAge: z.optional(z.int().check(z.gte(0), z.lte(130))),
  maxAge: z.optional(z.int().check(z.gte(0), z.lte(130))),
  description: z.optional(text()),
});
export type Eligibility = z.infer<typeof Eligibility>;

export const Contact = z.object({
  name: z.optional(text()),
  phone: z.optional(text()),
  email: z.optional(z.email()),
  website: z.optional(WebUrl),
});
export type Contact = z.infer<typeof Contact>;

export const Organisation = z.object({
  name: text(),
  website: z.optional(WebUrl),
});

/**
 * A date the activity next happens, in UK local time: a one-off session, the start of a course,
 * or the next of a run that does not repeat weekly. Shown with "Add to calendar" (plan/ics.ts).
 */
export const NextDate = z.object({
  date: IsoDate,
  starts: z.optional(ClockTime),
  ends: z.optional(ClockTime),
  /** e.g. "First week of the spring course". */
  description: z.optional(text()),
});
export type NextDate = z.infer<typeof NextDate>;

/**
 * What makes a first visit easier, when the directory knows it. Each is optional: unknown is
 * never shown as "no".
 */
export const FirstVisit = z.object({
  /** Someone will meet you when you arrive. */
  someoneMeetsYou: z.optional(z.boolean()),
  /** You can bring someone with you, such as a friend, relative or carer. */
  bringSomeone: z.optional(z.boolean()),
  /** How to get there: buses, parking, which door. (ORUK `location.transportation`.) */
  gettingThere: z.optional(text()),
});
export type FirstVisit = z.infer<typeof FirstVisit>;

/**
 * One activity or service in the local directory, whatever feed it came from.
 * Directory adapters normalise into this; nothing else reaches the finder.
 * Unknown fields are dropped, not refused: feeds carry far more than Waymark shows.
 */
export const Activity = z.object({
  id: text(),
  name: text(),
  summary: z.optional(text()),
  description: z._default(z.string(), ''),
  organisation: z.optional(Organisation),
  needAreas: list(NeedAreaId),
  pathways: list(WorkPathway),
  modes: z._default(z.array(TakePartMode), ['in-person']),
  locations: list(Location),
  schedule: list(Session),
  scheduleDescription: z.optional(text()),
  /** Dates it next happens; past ones are for the reader to skip (the file may be old). */
  nextDates: list(NextDate),
  firstVisit: z.optional(FirstVisit),
  cost: z.optional(Cost),
  eligibility: z.optional(Eligibility),
  contact: z._default(Contact, {}),
  howToJoin: list(JoinRoute),
  languages: list(text()),
  /** When someone last confirmed the details are right (ORUK `assured_date`), not when the record last changed. */
  lastChecked: z.optional(IsoDate),
});
export type Activity = z.infer<typeof Activity>;
export type ActivityInput = z.input<typeof Activity>;

/** Waymark's own directory file: `{ "activities": [...] }`. */
export const WaymarkDirectory = z.object({
  activities: z.array(z.unknown()),
});
