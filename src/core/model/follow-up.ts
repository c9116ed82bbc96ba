import { z } from './zod.ts';
import { EmploymentStatus, Loneliness, Ons4, WorkGoal } from './goals.ts';
import { RECOMMEND_ANSWERS, WORK_STEPS } from '../vocabulary/lists.ts';

export { RECOMMEND_ANSWERS, WORK_STEPS };

export const FOLLOW_UP_SCHEMA_VERSION = 1;

export const WorkStep = z.enum(WORK_STEPS);
export type WorkStep = z.infer<typeof WorkStep>;

export const RecommendAnswer = z.enum(RECOMMEND_ANSWERS);

const UUID = z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i));

/** One activity of the person's plan: did they go, and if so would they recommend it. */
export const FollowUpActivity = z
  .strictObject({
    id: z.string().check(z.minLength(1)),
    name: z.string().check(z.minLength(1)),
    went: z.boolean(),
    recommend: z.optional(RecommendAnswer),
  })
  .check(z.refine((a) => a.went || a.recommend === undefined, { message: 'should be left out when the person did not go', path: ['recommend'] }));
export type FollowUpActivity = z.infer<typeof FollowUpActivity>;

/**
 * The check-in about 12 weeks after a referral (`<waymark-check-in>`): the baseline's questions
 * asked again in the same words (ONS4, loneliness, work situation, confidence about work), the
 * steps towards work since, each planned activity, and GP visits. Every answer is optional: a
 * question skipped is left out, never sent as a guess. Published as `dist/follow-up.schema.json`.
 */
export const FollowUp = z.strictObject({
  schemaVersion: z.literal(FOLLOW_UP_SCHEMA_VERSION),
  /** Made once per check-in; the Idempotency-Key of every attempt. */
  id: UUID,
  /** The referral it follows (the ServiceRequest's `urn:uuid` identifier in FHIR). */
  referralId: UUID,
  submittedAt: z.iso.datetime({ offset: true }),
  source: z.strictObject({ widgetVersion: z.string(), locale: z.string() }),
  wellbeing: z.optional(Ons4),
  loneliness: z.optional(Loneliness),
  employmentStatus: z.optional(EmploymentStatus),
  /** Steps towards work since the referral; none ticked is an empty list. */
  workSteps: z._default(z.array(WorkStep), []),
  workConfidence: z.optional(z.int().check(z.gte(0), z.lte(10))),
  /** "Is there anything you would like help with now?" about work; `not-now` respected. */
  workGoals: z._default(z.array(WorkGoal), []),
  activities: z._default(z.array(FollowUpActivity), []),
  /** "How many times did you see a GP in the last 3 months?" */
  gpVisits: z.optional(z.int().check(z.gte(0), z.lte(99))),
});
export type FollowUp = z.infer<typeof FollowUp>;
export type FollowUpInput = z.input<typeof FollowUp>;

/** The baseline answers a check-in is compared with: what the person said when they were referred. */
export const Baseline = z.object({
  wellbeing: z.optional(Ons4),
  loneliness: z.optional(Loneliness),
  employmentStatus: z.optional(EmploymentStatus),
  workConfidence: z.optional(z.int().check(z.gte(0), z.lte(10))),
  workGoals: z._default(z.array(WorkGoal), []),
});
export type Baseline = z.infer<typeof Baseline>;

/**
 * What a check-in link opens (`GET /check-ins/{token}` on the inbox): which referral it follows,
 * the activities in the plan, and the baseline, for "Then and now". No name, no contact details.
 */
export const CheckInContext = z.object({
  referralId: UUID,
  afterWeeks: z.int().check(z.gte(1), z.lte(52)),
  plan: z._default(z.array(z.object({ id: z.string().check(z.minLength(1)), name: z.string().check(z.minLength(1)) })), []),
  baseline: z._default(Baseline, { workGoals: [] }),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type CheckInContext = z.infer<typeof CheckInContext>;
