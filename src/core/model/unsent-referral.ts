import { z } from './zod.ts';
import { Referral } from './referral.ts';

/**
 * A referral the person pressed "Send request" for that the service has not yet confirmed, kept
 * in this tab so a reload can offer to send it: the very referral, same id and key, so sending
 * it again can never make a second one. A reload may have cut off an attempt on its way, so the
 * form treats a kept referral as one that may have arrived. Read back through this schema, like any outside data.
 */
export const UnsentReferral = z.object({
  version: z.literal(1),
  expiresAt: z.number(),
  referral: Referral,
});
export type UnsentReferral = z.infer<typeof UnsentReferral>;
