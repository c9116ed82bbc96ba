import { z } from './zod.ts';
import { Activity } from './activity.ts';
import { GoalsResult } from './goals.ts';

/**
 * What "save my progress on this device" keeps: goals and plan only. Contact details are never
 * saved. Read back through this schema, like any outside data: storage can be old or tampered with.
 */
export const SavedProgress = z.object({
  version: z.literal(1),
  expiresAt: z.number(),
  goals: z.optional(GoalsResult),
  plan: z.array(Activity),
});
export type SavedProgress = z.infer<typeof SavedProgress>;
