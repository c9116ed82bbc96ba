import { msg, str } from '@lit/localize';
import { plural } from '../../i18n/plural.ts';

/** "You have chosen 2 activities." */
export function activitiesChosen(n: number): string {
  return plural(n, {
    zero: () => msg(str`You have chosen ${n} activities.`, { id: 'plan-chosen.zero' }),
    one: () => msg(str`You have chosen ${n} activity.`, { id: 'plan-chosen.one' }),
    two: () => msg(str`You have chosen ${n} activities.`, { id: 'plan-chosen.two' }),
    few: () => msg(str`You have chosen ${n} activities.`, { id: 'plan-chosen.few' }),
    many: () => msg(str`You have chosen ${n} activities.`, { id: 'plan-chosen.many' }),
    other: () => msg(str`You have chosen ${n} activities.`, { id: 'plan-chosen.other' }),
  });
}
