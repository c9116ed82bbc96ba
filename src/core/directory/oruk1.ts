import { htmlToText } from './text.ts';
import { isoDate, object, objects, text, type Json } from './read.ts';
import {
  classify, contact, cost, dayFromWeekday, daysFromByday, description, eligibility, firstVisit, id, languages, modesFrom,
  organisation, places, session, term, UNREADABLE_DAYS, type Candidate, type MapContext,
} from './oruk-parts.ts';
import type { Day } from '../model/common.ts';

/** The schedule's days, from `byday` or else `weekday`; `undefined` when what is written is not a day. */
function days(schedule: Json): Day[] | undefined {
  const fromByday = daysFromByday(schedule.byday);
  if (fromByday?.length) return fromByday;
  const day = dayFromWeekday(schedule.weekday);
  if (day) return [day];
  return fromByday === undefined || text(schedule.weekday) !== undefined ? undefined : [];
}

/**
 * One Open Referral UK v1 service → a candidate Activity. v1 differs from 3.0 in names:
 * `regular_schedules`, `service_taxonomys[].taxonomy`, `physical_addresses`, `eligibilitys`,
 * `accessibility_for_disabilities`, `languages[].language`.
 */
export function mapOruk1Service(service: Json, ctx: MapContext): Candidate {
  const serviceAtLocations = objects(service.service_at_locations);
  const locations = serviceAtLocations.map((sal) => object(sal.location)).filter((l): l is Json => l !== undefined);
  const schedules = [...objects(service.regular_schedules), ...serviceAtLocations.flatMap((sal) => objects(sal.regular_schedules))];
  const terms = objects(service.service_taxonomys).map((st) => term(st.taxonomy)).filter((t) => t !== undefined);
  const eligibilitys = objects(service.eligibilitys);
  const minAges = eligibilitys.map((e) => e.minimum_age).filter((a) => a != null);
  const maxAges = eligibilitys.map((e) => e.maximum_age).filter((a) => a != null);
  const sessions = schedules
    .map((s, i) => {
      const sessionDays = days(s);
      if (!sessionDays) return void ctx.note(`regular_schedules[${i}]`, UNREADABLE_DAYS);
      return session({ days: sessionDays, opens_at: s.opens_at, closes_at: s.closes_at, description: s.description });
    })
    .filter((s) => s !== undefined);
  // v1 repeats a schedule once a weekday; merge rows that share their hours.
  const merged = new Map<string, (typeof sessions)[number]>();
  for (const s of sessions) {
    const key = `${s.opens ?? ''}-${s.closes ?? ''}-${s.description ?? ''}`;
    const seen = merged.get(key);
    if (seen) seen.days = [...new Set([...seen.days, ...s.days])];
    else merged.set(key, { ...s, days: [...s.days] });
  }
  const all = [...merged.values()];

  return {
    id: id(service.id),
    name: typeof service.name === 'string' ? htmlToText(service.name) : service.name,
    description: description(service.description, service.application_process),
    organisation: organisation(service.organization, ctx),
    ...classify(terms, ctx),
    modes: modesFrom(locations),
    locations: places(locations, { addresses: 'physical_addresses', accessibility: 'accessibility_for_disabilities', accessibilityText: 'accessibility' }, ctx),
    schedule: all.filter((s) => s.days.length > 0 || s.opens),
    firstVisit: firstVisit(locations),
    scheduleDescription: all.find((s) => s.days.length === 0 && !s.opens)?.description,
    cost: cost(objects(service.cost_options), service.fees),
    eligibility: eligibility(minAges[0], maxAges[0], eligibilitys.map((e) => text(e.eligibility)).filter(Boolean).join(', ')),
    contact: contact(service, objects(service.contacts), [], ctx),
    languages: languages(objects(service.languages), 'language', 'name'),
    lastChecked: isoDate(service.assured_date),
  };
}
