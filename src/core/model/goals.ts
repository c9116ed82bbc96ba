import { z } from './zod.ts';
import { NeedAreaId } from './need-area.ts';
import { Day, TimeOfDay } from './common.ts';
import { TakePartMode } from './activity.ts';
import {
  ACCESS_FEATURES, EMPLOYMENT_STATUSES, FIT_NOTE_ANSWERS, LONELINESS_ANSWERS, TIME_SINCE_PAID_WORK, WORK_GOALS, WORK_HEALTH_ANSWERS,
} from '../vocabulary/lists.ts';

export { EMPLOYMENT_STATUSES, FIT_NOTE_ANSWERS, LONELINESS_ANSWERS, TIME_SINCE_PAID_WORK, WORK_GOALS, WORK_HEALTH_ANSWERS };

export const EmploymentStatus = z.enum(EMPLOYMENT_STATUSES);
export type EmploymentStatus = z.infer<typeof EmploymentStatus>;

/** What a person would like help with towards work. `not-now` is respected everywhere after. */
export const WorkGoal = z.enum(WORK_GOALS);
export type WorkGoal = z.infer<typeof WorkGoal>;

/** The result's summary of the work pathway: direct help, indirect help, or none. */
export const WorkPathwayChoice = z.enum(['direct', 'indirect', 'none']);
export type WorkPathwayChoice = z.infer<typeof WorkPathwayChoice>;

export const TimeSincePaidWork = z.enum(TIME_SINCE_PAID_WORK);
export type TimeSincePaidWork = z.infer<typeof TimeSincePaidWork>;

export const FitNoteAnswer = z.enum(FIT_NOTE_ANSWERS);
export type FitNoteAnswer = z.infer<typeof FitNoteAnswer>;

export const WorkHealthAnswer = z.enum(WORK_HEALTH_ANSWERS);
export type WorkHealthAnswer = z.infer<typeof WorkHealthAnswer>;

export const Loneliness = z.enum(LONELINESS_ANSWERS);
export type Loneliness = z.infer<typeof Loneliness>;

const zeroToTen = z.int().check(z.gte(0), z.lte(10));

/** ONS4 personal wellbeing. Each item is reported on its own, never summed. */
export const Ons4 = z.object({
  lifeSatisfaction: z.optional(zeroToTen),
  worthwhile: z.optional(zeroToTen),
  happiness: z.optional(zeroToTen),
  anxiety: z.optional(zeroToTen),
});
export type Ons4 = z.infer<typeof Ons4>;

export const RankedNeed = z.object({
  id: NeedAreaId,
  score: z.number().check(z.gte(0)),
  /** Plain-language reasons, e.g. "You said: feeling lonely". */
  reasons: z._default(z.array(z.string()), []),
});
export type RankedNeed = z.infer<typeof RankedNeed>;

export const AnswerValue = z.union([z.string(), z.array(z.string()), z.number(), z.boolean()]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** One answered question, kept with its wording so a receiving service can read it as asked. */
export const RecordedAnswer = z.object({
  /** Not blank: it is the answer's `linkId` in FHIR, which needs more than spaces. */
  questionId: z.string().check(z.regex(/\S/)),
  question: z.string(),
  value: AnswerValue,
  /** The answer as shown to the person, e.g. the option's label. */
  display: z.optional(z.string()),
});
export type RecordedAnswer = z.infer<typeof RecordedAnswer>;

export const Preferences = z.object({
  modes: z._default(z.array(TakePartMode), []),
  group: z.optional(z.enum(['group', 'one-to-one', 'either'])),
  days: z._default(z.array(Day), []),
  times: z._default(z.array(TimeOfDay), []),
  maxMiles: z.optional(z.number().check(z.gt(0))),
  /** Access features the person needs (from a question that `fills: access-needs`), only when there are some. */
  access: z.optional(z.array(z.enum(ACCESS_FEATURES))),
});
export type Preferences = z.infer<typeof Preferences>;

/** What the goals questionnaire produces, and what the finder and the referral use. */
export const GoalsResult = z.object({
  needAreas: z._default(z.array(RankedNeed), []),
  workPathway: z._default(WorkPathwayChoice, 'none'),
  employmentStatus: z.optional(EmploymentStatus),
  /** How long since they were last in paid work, in bands. Every work answer is optional. */
  timeSincePaidWork: z.optional(TimeSincePaidWork),
  /** Asked of someone off sick: do they have a fit note? */
  fitNote: z.optional(FitNoteAnswer),
  /** Asked of someone in work: "Is your work affecting your health?" */
  workAffectingHealth: z.optional(WorkHealthAnswer),
  /**
   * "How confident do you feel about work, learning or volunteering?", 0 (not at all) to 10
   * (very): the outcome measure of the indirect route to work, asked again at follow-up.
   */
  workConfidence: z.optional(zeroToTen),
  workGoals: z._default(z.array(WorkGoal), []),
  preferences: z._default(Preferences, { modes: [], days: [], times: [] }),
  loneliness: z.optional(Loneliness),
  wellbeing: z.optional(Ons4),
  crisis: z._default(z.boolean(), false),
  answers: z._default(z.array(RecordedAnswer), []),
});
export type GoalsResult = z.infer<typeof GoalsResult>;
