import type { Activity } from '../model/activity.ts';

/**
 * Whether a person could get in touch with, or get to, an activity: a phone number, an email,
 * a website, a place with a name or an address, or a link worker who can put them in touch.
 * One with none of these is a dead end for the public, so it is left out (and named).
 */
export function canReach(activity: Activity): boolean {
  const { phone, email, website } = activity.contact;
  return Boolean(
    phone ||
      email ||
      website ||
      activity.organisation?.website ||
      activity.locations.some((place) => place.name || place.address || place.postcode) ||
      activity.howToJoin.includes('link-worker'),
  );
}

/** Said to the site editor when a record is left out for having no way to reach it. */
export const NO_WAY_TO_REACH = 'has no way for people to reach it: give contact.phone, contact.email, contact.website or a place (name, address or postcode)';
