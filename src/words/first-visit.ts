import { msg, str } from '@lit/localize';
import type { Activity } from '../core/model/activity.ts';

/**
 * What the first visit is like, when the directory says: knowing someone will meet you, or that
 * you can bring someone, makes a first visit easier. What the directory does not say is not said.
 */
export function firstVisitText(activity: Activity): string | undefined {
  const visit = activity.firstVisit;
  if (!visit) return undefined;
  const lines = [
    visit.someoneMeetsYou ? msg('Someone will meet you when you arrive.') : undefined,
    visit.bringSomeone === true ? msg('You can bring someone with you.') : visit.bringSomeone === false ? msg('Please come on your own.') : undefined,
    visit.gettingThere ? msg(str`Getting there: ${visit.gettingThere}`) : undefined,
  ].filter((line) => line !== undefined);
  return lines.length ? lines.join(' ') : undefined;
}
