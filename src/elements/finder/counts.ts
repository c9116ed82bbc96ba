import { msg, str } from '@lit/localize';
import { plural } from '../../i18n/plural.ts';

// The finder's count messages, one form a plural category (see i18n/plural.ts).

/** "12 activities found", for the results heading and the live region. */
export function activitiesFound(total: number): string {
  if (total === 0) return msg('No activities found');
  return plural(total, {
    zero: () => msg(str`${total} activities found`, { id: 'activities-found.zero' }),
    one: () => msg(str`${total} activity found`, { id: 'activities-found.one' }),
    two: () => msg(str`${total} activities found`, { id: 'activities-found.two' }),
    few: () => msg(str`${total} activities found`, { id: 'activities-found.few' }),
    many: () => msg(str`${total} activities found`, { id: 'activities-found.many' }),
    other: () => msg(str`${total} activities found`, { id: 'activities-found.other' }),
  });
}

/** "Filter results (2 chosen)", on the filters' summary. */
export function filtersChosen(count: number): string {
  return plural(count, {
    zero: () => msg(str`Filter results (${count} chosen)`, { id: 'filters-chosen.zero' }),
    one: () => msg(str`Filter results (${count} chosen)`, { id: 'filters-chosen.one' }),
    two: () => msg(str`Filter results (${count} chosen)`, { id: 'filters-chosen.two' }),
    few: () => msg(str`Filter results (${count} chosen)`, { id: 'filters-chosen.few' }),
    many: () => msg(str`Filter results (${count} chosen)`, { id: 'filters-chosen.many' }),
    other: () => msg(str`Filter results (${count} chosen)`, { id: 'filters-chosen.other' }),
  });
}

/** "Remove Tuesday to see 4 activities", when nothing matches the person's answers. */
export function removeToSee(label: string, total: number): string {
  return plural(total, {
    zero: () => msg(str`Remove ${label} to see ${total} activities`, { id: 'remove-to-see.zero' }),
    one: () => msg(str`Remove ${label} to see ${total} activity`, { id: 'remove-to-see.one' }),
    two: () => msg(str`Remove ${label} to see ${total} activities`, { id: 'remove-to-see.two' }),
    few: () => msg(str`Remove ${label} to see ${total} activities`, { id: 'remove-to-see.few' }),
    many: () => msg(str`Remove ${label} to see ${total} activities`, { id: 'remove-to-see.many' }),
    other: () => msg(str`Remove ${label} to see ${total} activities`, { id: 'remove-to-see.other' }),
  });
}

/** "Your plan (2)", on the button that opens the plan. */
export function yourPlan(count: number): string {
  return plural(count, {
    zero: () => msg(str`Your plan (${count})`, { id: 'your-plan.zero' }),
    one: () => msg(str`Your plan (${count})`, { id: 'your-plan.one' }),
    two: () => msg(str`Your plan (${count})`, { id: 'your-plan.two' }),
    few: () => msg(str`Your plan (${count})`, { id: 'your-plan.few' }),
    many: () => msg(str`Your plan (${count})`, { id: 'your-plan.many' }),
    other: () => msg(str`Your plan (${count})`, { id: 'your-plan.other' }),
  });
}
