import { z } from './zod.ts';
import { LocalText, SafeUrl } from './common.ts';

/**
 * One urgent-help contact. `call` and `text` are what the person dials or texts;
 * `textMessage` is the word to send (e.g. SHOUT).
 */
export const UrgentContact = z.strictObject({
  id: z.string().check(z.minLength(1)),
  name: LocalText,
  when: z.optional(LocalText),
  call: z.optional(z.string().check(z.regex(/^[0-9 +]{3,20}$/))),
  text: z.optional(z.string().check(z.regex(/^[0-9 +]{3,20}$/))),
  textMessage: z.optional(z.string().check(z.minLength(1))),
});
export type UrgentContact = z.infer<typeof UrgentContact>;

/**
 * Somewhere to turn for help with work when no employment support is near: a Jobcentre work
 * coach, Access to Work, an IPS service. Shown by the finder to someone who asked for help with work.
 */
export const WorkSupportRoute = z.strictObject({
  id: z.string().check(z.minLength(1)),
  name: LocalText,
  description: z.optional(LocalText),
  call: z.optional(z.string().check(z.regex(/^[0-9 +]{3,20}$/))),
  website: z.optional(SafeUrl),
});
export type WorkSupportRoute = z.infer<typeof WorkSupportRoute>;

