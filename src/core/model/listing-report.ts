import { z } from './zod.ts';

export const LISTING_REPORT_SCHEMA_VERSION = 1;

/** What can be wrong with a listing, in the order the form offers them. */
export const LISTING_PROBLEMS = ['closed', 'wrong-time', 'wrong-place', 'phone-not-working', 'other'] as const;
export const ListingProblem = z.enum(LISTING_PROBLEMS);
export type ListingProblem = z.infer<typeof ListingProblem>;

/** A short note: enough to say what changed, too short to tempt anyone into telling their story. */
export const LISTING_NOTE_MAX = 300;

const UUID = z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i));

/**
 * "Report a problem with this listing": which activity, what is wrong, an optional short note, and
 * when. Anonymous by design: no name, no contact details, no page address, nothing that says who
 * sent it. Sent to the service's inbox (`POST /listing-reports`) or by email; published as
 * `dist/listing-report.schema.json`.
 */
export const ListingReport = z.strictObject({
  schemaVersion: z.literal(LISTING_REPORT_SCHEMA_VERSION),
  /** Made once per report; the Idempotency-Key of every attempt. */
  id: UUID,
  /** The activity as the directory names it: its id to find it, its name to read. */
  activity: z.strictObject({
    id: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  }),
  reason: ListingProblem,
  note: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(LISTING_NOTE_MAX))),
  reportedAt: z.iso.datetime({ offset: true }),
  source: z.strictObject({ widgetVersion: z.string().check(z.maxLength(40)), locale: z.string().check(z.maxLength(20)) }),
});
export type ListingReport = z.infer<typeof ListingReport>;
