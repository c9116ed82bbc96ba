import type { ActivityInput, Day, TakePartMode } from '../model/index.ts';
import { DAYS } from '../vocabulary/lists.ts';
import { needAreasFor, pathwaysFor, type TaxonomyMap, type TaxonomyTerm } from './taxonomy.ts';
import { htmlToText } from './text.ts';
import { age, clockTime, email, firstOf, isoDate, latitude, longitude, object, objects, phone, text, unique, webUrl, type Json } from './read.ts';

// Pieces shared by the Open Referral UK 3.0 and v1 mappers. Each reads one part of a service
// and returns it in Waymark's shape, or nothing.

export interface MapContext {
  taxonomyMap: TaxonomyMap;
  /** Records a field that was dropped (unsafe or unreadable), for the site editor's console. */
  note(field: string, problem: string): void;
}

const BY_DAY: Record<string, Day> = { MO: 'mon', TU: 'tue', WE: 'wed', TH: 'thu', FR: 'fri', SA: 'sat', SU: 'sun' };

/**
 * iCal `byday` ("MO,TH", "1TU", "-1FR") → days. The ordinal (first, last) stays in the
 * description. `undefined` when a part is not a day ("Thursday"): some of the days would be wrong.
 */
export function daysFromByday(value: unknown): Day[] | undefined {
  const s = text(value);
  if (!s) return [];
  const days = s
    .toUpperCase()
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((part) => BY_DAY[part.replace(/^[+-]?\d+/, '')]);
  return days.includes(undefined) ? undefined : (unique(days) as Day[]);
}

/** Said when a session is left out because one of its days could not be read. */
export const UNREADABLE_DAYS = 'is not a list of days like "MO,TH", so this session is left out';

/** v1 `weekday`: "Monday", "mon", "MO", or 1–7 from Monday (0 is Sunday too). */
export function dayFromWeekday(value: unknown): Day | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value === 0 ? 'sun' : DAYS[value - 1];
  const s = text(value)?.toLowerCase();
  if (!s) return undefined;
  if (/^\d$/.test(s)) return dayFromWeekday(Number(s));
  return DAYS.find((d) => s.startsWith(d)) ?? BY_DAY[s.toUpperCase()];
}

export interface RawSchedule {
  days: Day[];
  opens_at?: unknown;
  closes_at?: unknown;
  description?: unknown;
}

export function session(raw: RawSchedule) {
  const opens = clockTime(raw.opens_at);
  const closes = clockTime(raw.closes_at);
  const description = text(raw.description);
  if (raw.days.length === 0 && !opens && !description) return undefined;
  return { days: raw.days, opens, closes: opens ? closes : undefined, description: description ? text(htmlToText(description)) : undefined };
}

/** Where v1 and 3.0 name a location's parts differently. */
export interface PlaceFields {
  /** `physical_addresses` (v1) or `addresses` (3.0). */
  addresses: string;
  /** `accessibility_for_disabilities` (v1) or `accessibility` (3.0). */
  accessibility: string;
  /** The note's own field in each of those: `accessibility` (v1) or `description` (3.0). */
  accessibilityText: string;
}

/**
 * The places an activity happens, virtual ones left out (they make it "online"). Coordinates off
 * the globe are dropped, not the place; problems are named by the location's index in the feed.
 */
export function places(locations: Json[], fields: PlaceFields, ctx: MapContext) {
  return locations.flatMap((location, i) => (text(location.location_type) === 'virtual' ? [] : [place(location, fields, ctx, `service_at_locations[${i}].location`)]));
}

function place(location: Json, fields: PlaceFields, ctx: MapContext, field: string) {
  const addresses = objects(location[fields.addresses]);
  const address = addresses.find((a) => text(a.address_type) !== 'postal') ?? addresses[0];
  const lat = latitude(location.latitude);
  const lon = longitude(location.longitude);
  if ((location.latitude != null || location.longitude != null) && (lat === undefined || lon === undefined)) {
    ctx.note(`${field}.latitude/longitude`, 'is not a position on the globe, so distance is not shown');
  }
  const lines = address ? unique([text(address.address_1), text(address.address_2), text(address.city)]) : [];
  const accessibility = objects(location[fields.accessibility])
    .flatMap((a) => [text(a[fields.accessibilityText]), text(a.details)])
    .map((s) => (s === undefined ? undefined : text(htmlToText(s))))
    .filter((s): s is string => s !== undefined);
  return {
    name: text(location.name),
    address: lines.length ? lines.join(', ') : undefined,
    postcode: address ? text(address.postal_code) : undefined,
    latitude: lat !== undefined && lon !== undefined ? lat : undefined,
    longitude: lat !== undefined && lon !== undefined ? lon : undefined,
    accessibility,
  };
}

/** `virtual` places are online; everything else with an address is in person. */
export function modesFrom(locations: Json[]): TakePartMode[] | undefined {
  const modes = new Set<TakePartMode>();
  for (const l of locations) modes.add(text(l.location_type) === 'virtual' ? 'online' : 'in-person');
  return modes.size ? [...modes] : undefined;
}

function money(amount: number | undefined, currency: string | undefined): string | undefined {
  if (amount === undefined) return undefined;
  const symbol = !currency || /^gbp$/i.test(currency) ? '£' : `${currency.toUpperCase()} `;
  return `${symbol}${Number.isInteger(amount) ? amount : amount.toFixed(2)}`;
}

/** Cost options → free or not, and the words a person reads. No options means "not known". */
export function cost(options: Json[], feesDescription: unknown) {
  const fees = text(feesDescription);
  if (options.length === 0 && !fees) return undefined;
  const amounts = options.map((o) => {
    const n = typeof o.amount === 'string' ? Number(o.amount) : o.amount;
    return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
  });
  const words = options
    .map((o, i) => {
      const amount = amounts[i] ? money(amounts[i], text(o.currency)) : undefined;
      const rest = unique([amount, text(o.amount_description)]).join(' ');
      const option = text(o.option);
      return option && rest ? `${option}: ${rest}` : (option ?? rest);
    })
    .filter(Boolean);
  const saysFree = [fees, ...words].some((w) => w && /\bfree\b/i.test(w));
  const allZero = amounts.length > 0 && amounts.every((a) => a === 0);
  const anyPaid = amounts.some((a) => a !== undefined && a > 0);
  const free = !anyPaid && (allZero || saysFree);
  const description = unique([...words, fees ? htmlToText(fees) : undefined]).join('. ');
  return { free, description: description && !(free && /^(free\.?|£0)$/i.test(description)) ? description : undefined };
}

export function eligibility(min: unknown, max: unknown, description: unknown) {
  const minAge = age(min);
  const maxAge = age(max);
  const words = text(description);
  if (minAge === undefined && maxAge === undefined && !words) return undefined;
  // A feed that swaps the two would hide the service from everyone; drop the pair instead.
  const sane = minAge === undefined || maxAge === undefined || minAge <= maxAge;
  return { minAge: sane ? minAge : undefined, maxAge: sane ? maxAge : undefined, description: words ? text(htmlToText(words)) : undefined };
}

/** The service's contact details, looking in the service, its contacts, then its places. */
export function contact(service: Json, contacts: Json[], placePhones: unknown[], ctx: MapContext) {
  const rawWebsite = text(service.url) ?? text(service.website);
  const website = webUrl(rawWebsite);
  if (rawWebsite && !website) ctx.note('url', 'is not an http(s) web address, so it is not shown');
  const rawEmail = text(service.email);
  const mail = email(rawEmail);
  if (rawEmail && !mail) ctx.note('email', 'is not an email address, so it is not shown');
  const phones = [
    ...objects(service.phones).map((p) => p.number),
    ...contacts.flatMap((c) => objects(c.phones).map((p) => p.number)),
    ...placePhones,
  ];
  const named = contacts.find((c) => text(c.name));
  return {
    name: named ? text(named.name) : undefined,
    phone: firstOf(...phones.map(phone)),
    email: mail ?? firstOf(...contacts.map((c) => email(c.email))),
    website,
  };
}

export function organisation(raw: unknown, ctx: MapContext) {
  const org = object(raw);
  const name = org && text(org.name);
  if (!org || !name) return undefined;
  const rawSite = text(org.website) ?? text(org.url);
  const website = webUrl(rawSite);
  if (rawSite && !website) ctx.note('organization.website', 'is not an http(s) web address, so it is not shown');
  return { name, website };
}

export function languages(list: Json[], ...keys: string[]): string[] {
  return unique(list.map((l) => firstOf(...keys.map((k) => text(l[k])))));
}

/**
 * A schedule with a `dtstart` and no `freq` happens once, on that date (HSDS 3.0): a one-off
 * session or a course's first meeting. It is a next date, not a weekly session.
 */
export function isOneOff(schedule: Json): boolean {
  return isoDate(schedule.dtstart) !== undefined && !text(schedule.freq);
}

/** The one-off schedules' dates, with their hours when given. */
export function nextDates(schedules: Json[]) {
  return schedules.filter(isOneOff).map((s) => {
    const starts = clockTime(s.opens_at);
    const description = text(s.description);
    return { date: isoDate(s.dtstart)!, starts, ends: starts ? clockTime(s.closes_at) : undefined, description: description ? text(htmlToText(description)) : undefined };
  });
}

/**
 * What a feed says about getting there: the first place's `transportation` (HSDS). Open Referral
 * has nothing for "someone will meet you" or "you can bring someone"; those come from Waymark JSON
 * or the spreadsheet.
 */
export function firstVisit(locations: Json[]) {
  const transportation = locations.map((l) => text(l.transportation)).find((t) => t !== undefined);
  const gettingThere = transportation === undefined ? undefined : text(htmlToText(transportation));
  return gettingThere ? { gettingThere } : undefined;
}

/** Need areas and work pathway from taxonomy terms, through the site's map. */
export function classify(terms: TaxonomyTerm[], ctx: MapContext) {
  return { needAreas: needAreasFor(terms, ctx.taxonomyMap), pathways: pathwaysFor(terms, ctx.taxonomyMap) };
}

export function term(raw: unknown): TaxonomyTerm | undefined {
  const t = object(raw);
  if (!t) return undefined;
  return { id: text(t.id), code: text(t.code), name: text(t.name) };
}

/** A description as plain text, with how to take part added when the feed says. */
export function description(raw: unknown, applicationProcess: unknown): string {
  return [text(raw), text(applicationProcess)]
    .filter((s): s is string => s !== undefined)
    .map(htmlToText)
    .join('\n');
}

/** The id as text: v1 feeds often number their services. */
export function id(raw: unknown): unknown {
  return typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : raw;
}

export type Candidate = Omit<ActivityInput, 'id' | 'name'> & { id: unknown; name: unknown };

/** Active services only: `inactive`, `defunct` and `temporarily closed` ones are left out. */
export function isActive(service: Json): boolean {
  const status = text(service.status)?.toLowerCase();
  return status === undefined || status === 'active';
}
