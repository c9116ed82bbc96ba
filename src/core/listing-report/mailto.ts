import type { ListingProblem, ListingReport } from '../model/listing-report.ts';

/** Each reason in the service's words (English, like the inbox): the email's body and the staff page. */
export const LISTING_PROBLEM_NAMES: Record<ListingProblem, string> = {
  closed: 'It has closed or stopped',
  'wrong-time': 'The day or time is wrong',
  'wrong-place': 'The place is wrong',
  'phone-not-working': 'The phone number does not work',
  other: 'Something else',
};

/**
 * A `mailto:` link that opens the person's email app with the report written out, for a service
 * with no inbox. The person sees exactly what will be sent, and sends it (or not) themselves.
 * RFC 6068: spaces as %20 (not +), line breaks as %0D%0A.
 */
export function listingReportMailto(address: string, report: ListingReport): string {
  const lines = [
    'Report a problem with this listing',
    '',
    `Activity: ${report.activity.name}`,
    `Listing id: ${report.activity.id}`,
    `Problem: ${LISTING_PROBLEM_NAMES[report.reason]}`,
    ...(report.note ? [`What they said: ${report.note}`] : []),
    `Reported: ${report.reportedAt.slice(0, 10)}`,
    `Report id: ${report.id}`,
  ];
  const subject = `Problem with a listing: ${report.activity.name}`;
  const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(lines.join('\r\n'))}`;
  return `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}?${query}`;
}
