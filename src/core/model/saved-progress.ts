import { z } from './zod.ts';
import { Activity } from './activity.ts';
import { WorkGoal, WorkPathwayChoice } from './goals.ts';
import { NeedAreaId } from './need-area.ts';

/**
 * What "save my progress on this device" keeps, and no more than its hint promises: the topics
 * that matter to the person (need areas and what they want help with towards work) and their plan.
 * Never their answers as given, free text, wellbeing or loneliness scores, employment status or
 * contact details. Read back through this schema, like any outside data: storage can be old or
 * tampered with.
 */
export const SavedProgress = z.strictObject({
  version: z.literal(2),
  /** Fixed when the person first ticks the box; later saves never extend it. */
  expiresAt: z.number(),
  topics: z.array(z.strictObject({ id: NeedAreaId, score: z.number().check(z.gte(0)) })),
  workPathway: WorkPathwayChoice,
  workGoals: z.array(WorkGoal),
  plan: z.array(Activity),
});
export type SavedProgress = z.infer<typeof SavedProgress>;
