import { htmlToText } from './text.ts';
import { isoDate, object, objects, type Json } from './read.ts';
import {
  classify, contact, cost, daysFromByday, description, eligibility, firstVisit, id, isOneOff, languages, modesFrom, nextDates,
  organisation, places, session, term, UNREADABLE_DAYS, type Candidate, type MapContext,
} from './oruk-parts.ts';

/** One Open Referral UK 3.0 (HSDS 3.0) service → a candidate Activity, before the schema checks it. */
export function mapOruk3Service(service: Json, ctx: MapContext): Candidate {
  const serviceAtLocations = objects(service.service_at_locations);
  const locations = serviceAtLocations.map((sal) => object(sal.location)).filter((l): l is Json => l !== undefined);
  const schedules = [...objects(service.schedules), ...serviceAtLocations.flatMap((sal) => objects(sal.schedules))];
  const contacts = [...objects(service.contacts), ...serviceAtLocations.flatMap((sal) => objects(sal.contacts))];
  const terms = objects(service.attributes).map((a) => term(a.taxonomy_term)).filter((t) => t !== undefined);
  const sessions = schedules
    .map((s, i) => {
      if (isOneOff(s)) return undefined;
      const days = daysFromByday(s.byday);
      if (!days) return void ctx.note(`schedules[${i}].byday`, UNREADABLE_DAYS);
      return session({ days, opens_at: s.opens_at, closes_at: s.closes_at, description: s.description });
    })
    .filter((s) => s !== undefined);

  return {
    id: id(service.id),
    name: typeof service.name === 'string' ? htmlToText(service.name) : service.name,
    description: description(service.description, service.application_process),
    organisation: organisation(service.organization, ctx),
    ...classify(terms, ctx),
    modes: modesFrom(locations),
    locations: places(locations, { addresses: 'addresses', accessibility: 'accessibility', accessibilityText: 'description' }, ctx),
    schedule: sessions.filter((s) => s.days.length > 0 || s.opens),
    scheduleDescription: sessions.find((s) => s.days.length === 0 && !s.opens)?.description,
    nextDates: nextDates(schedules),
    firstVisit: firstVisit(locations),
    cost: cost(objects(service.cost_options), service.fees_description),
    eligibility: eligibility(service.minimum_age, service.maximum_age, service.eligibility_description),
    contact: contact(service, contacts, locations.flatMap((l) => objects(l.phones).map((p) => p.number)), ctx),
    languages: languages(objects(service.languages), 'name', 'code'),
    lastChecked: isoDate(service.assured_date),
  };
}
