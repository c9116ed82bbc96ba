import { msg } from '@lit/localize';
import type { Origin } from '../core/geo/outcode-lookup.ts';
import type { DistanceProblem } from '../core/geo/postcode.ts';
import type { AgeProblem } from '../core/validate/age.ts';

/** Where distances are measured from, as the person reads it: "LS6", or "your location". */
export function originText(origin: Origin): string {
  return origin.outcode ?? msg('your location');
}

/** The words shown when distances cannot be worked out, GOV.UK style: say what to do. */
export function distanceErrorText(problem: DistanceProblem): string {
  switch (problem.code) {
    case 'postcode.empty':
      return msg('Enter your postcode, like LS6 2AB');
    case 'postcode.not-uk':
      return msg('Enter a UK postcode, like LS6 2AB');
    case 'postcode.not-found':
      return msg('We could not find that postcode. Check it and try again');
    case 'postcode.unavailable':
      return msg('We cannot work out distances right now. You can still search without them');
    case 'location.denied':
      return msg('Your browser did not share your location. You can enter a postcode instead');
    case 'location.unavailable':
      return msg('We could not find your location. You can enter a postcode instead');
  }
}

/** The finder's age box: what to type instead. */
export function ageErrorText(problem: AgeProblem): string {
  switch (problem.code) {
    case 'age.not-a-number':
      return msg('Enter your age as a number, like 45');
  }
}
