import { msg } from '@lit/localize';
import type { BookletWords } from '../core/directory/booklet.ts';
import { dayLabel } from './intl.ts';
import { costText, whenText, whereText } from './describe.ts';

/**
 * The words a printed booklet is made with (core/directory/booklet.ts), in the person's language.
 * The need areas' names come from the caller (the finder's needAreaLabel, which its first load
 * has already), so the booklet's lazy chunk does not split them out of the finder's.
 */
export function bookletWords(locale: string, needArea: BookletWords['needArea']): BookletWords {
  return {
    needArea,
    otherActivities: msg('Other activities'),
    day: dayLabel,
    otherTimes: msg('Other times, or ask for times'),
    when: (activity) => whenText(activity, locale),
    where: whereText,
    cost: costText,
    someoneMeetsYou: msg('Someone will meet you when you arrive.'),
  };
}
