import { msg, str } from '@lit/localize';
import type { ListingProblem } from '../core/model/listing-report.ts';
import type { ListingReportFieldError } from '../core/listing-report/form.ts';
import { plural } from '../i18n/plural.ts';

// "Report a problem with this listing": the reasons and the form's problems, in the person's language.

export function listingProblemLabel(reason: ListingProblem): string {
  switch (reason) {
    case 'closed': return msg('It has closed or stopped');
    case 'wrong-time': return msg('The day or time is wrong');
    case 'wrong-place': return msg('The place is wrong');
    case 'phone-not-working': return msg('The phone number does not work');
    case 'other': return msg('Something else');
  }
}

export function listingReportErrorText(e: ListingReportFieldError): string {
  switch (e.code) {
    case 'report.reason-missing': return msg('Choose what is wrong with this listing');
    case 'report.note-missing': return msg('Tell us what is wrong');
    case 'report.note-too-long': {
      const n = e.max;
      return plural(n, {
        zero: () => msg(str`What you wrote must be ${n} characters or fewer`, { id: 'too-long.listing-note.zero' }),
        one: () => msg(str`What you wrote must be ${n} character or fewer`, { id: 'too-long.listing-note.one' }),
        two: () => msg(str`What you wrote must be ${n} characters or fewer`, { id: 'too-long.listing-note.two' }),
        few: () => msg(str`What you wrote must be ${n} characters or fewer`, { id: 'too-long.listing-note.few' }),
        many: () => msg(str`What you wrote must be ${n} characters or fewer`, { id: 'too-long.listing-note.many' }),
        other: () => msg(str`What you wrote must be ${n} characters or fewer`, { id: 'too-long.listing-note.other' }),
      });
    }
  }
}
