import type { Activity } from '../model/activity.ts';
import type { WorkSupportRoute } from '../model/urgent-help.ts';

/** Enough to say where to turn: a check-in lists a few, not the whole directory. */
export const MAX_EMPLOYMENT_SUPPORT = 6;

/**
 * The service's own employment support (its `work-direct` activities) as places to turn, in the
 * shape of the fallback list so both read alike: name, what it is, a number to call, a website.
 * The check-in knows nothing of where the person is, so none is "nearer": online and phone
 * support first (it reaches everyone), then by name.
 */
export function employmentSupportRoutes(activities: readonly Activity[], max = MAX_EMPLOYMENT_SUPPORT): WorkSupportRoute[] {
  const remote = (a: Activity) => (a.modes.some((m) => m !== 'in-person') ? 0 : 1);
  return activities
    .filter((a) => a.pathways.includes('work-direct'))
    .sort((a, b) => remote(a) - remote(b) || a.name.localeCompare(b.name, 'en-GB'))
    .slice(0, max)
    .map((a) => {
      const website = a.contact.website ?? a.organisation?.website;
      const description = a.summary ?? (a.organisation && a.organisation.name !== a.name ? a.organisation.name : undefined);
      return { id: a.id, name: a.name, ...(description ? { description } : {}), ...(a.contact.phone ? { call: a.contact.phone } : {}), ...(website ? { website } : {}) };
    });
}
