import { msg } from '@lit/localize';
import type { BookletWords } from '../core/directory/booklet.ts';
import { needAreaLabel } from './need-areas.ts';
import { dayLabel } from './intl.ts';
import { costText, whenText, whereText } from './describe.ts';

/** The words a printed booklet is made with (core/directory/booklet.ts), in the person's language. */
export function bookletWords(locale: string): BookletWords {
  return {
    needArea: needAreaLabel,
    otherActivities: msg('Other activities'),
    day: dayLabel,
    otherTimes: msg('Other times, or ask for times'),
    when: (activity) => whenText(activity, locale),
    where: whereText,
    cost: costText,
    someoneMeetsYou: msg('Someone will meet you when you arrive.'),
  };
}
