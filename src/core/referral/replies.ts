import { z } from '../model/zod.ts';

// What Waymark accepts back from a referral endpoint. Every reply is checked here before any of
// it reaches the page: a reference is shown to the person, field messages are shown next to fields.

const reference = z.string().check(z.trim(), z.minLength(1), z.maxLength(100));

/** `json` (and optionally `form`): a 2xx reply must say `{ "reference": "AV-1234" }`. */
export const JsonReply = z.object({ reference });

/**
 * A 422 reply naming the answers the service could not accept:
 * `{ "errors": [{ "field": "person.postcode", "message": "We do not cover this postcode" }] }`.
 * `field` is a path in the `Referral` (or a form field id such as `postcode`); `message` is shown
 * to the person as written, so it should be plain English. Unknown fields still show, unlinked.
 */
export const FieldErrorsReply = z.object({
  errors: z.array(
    z.object({
      field: z.optional(z.string()),
      message: z.optional(z.string()),
    }),
  ),
});
export type FieldErrorsReply = z.infer<typeof FieldErrorsReply>;

/** The parts of a FHIR R4 transaction-response Bundle that carry the new ServiceRequest's id. */
export const FhirTransactionResponse = z.object({
  resourceType: z.literal('Bundle'),
  type: z.literal('transaction-response'),
  entry: z.array(
    z.object({
      resource: z.optional(z.object({ resourceType: z.optional(z.string()), id: z.optional(z.string()) })),
      response: z.optional(z.object({ status: z.optional(z.string()), location: z.optional(z.string()) })),
    }),
  ),
});
