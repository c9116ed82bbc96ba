import type { CheckInContext, FollowUpActivity, FollowUpInput, WorkStep } from '../model/follow-up.ts';
import type { Loneliness, RecommendAnswer } from '../vocabulary/lists.ts';
import type { MeasureChange } from './change.ts';

// The check-in's flow, one question a page (issue 19, part C): the baseline's measures asked
// again, steps towards work, each planned activity ("Did you go?", then "Would you recommend
// it?"), and GP visits. Every question can be skipped; a skipped answer is left out of the
// record, never guessed. Pure: the element shows the page this says and stores what it returns.

export const SCALE_ITEMS = ['lifeSatisfaction', 'worthwhile', 'happiness', 'anxiety'] as const;
export type ScaleItem = (typeof SCALE_ITEMS)[number] | 'workConfidence';

export type CheckInPage =
  | { kind: 'scale'; item: ScaleItem }
  | { kind: 'loneliness' }
  | { kind: 'work-steps' }
  | { kind: 'went'; activity: { id: string; name: string } }
  | { kind: 'recommend'; activity: { id: string; name: string } }
  | { kind: 'gp-visits' }
  | { kind: 'check' };

export interface CheckInAnswers {
  scores: Partial<Record<ScaleItem, number>>;
  loneliness?: Loneliness;
  workSteps: WorkStep[];
  went: Record<string, boolean>;
  recommend: Record<string, RecommendAnswer>;
  /** As typed: checked by `gpVisitsProblem`. */
  gpVisits?: string;
}

export const noAnswers = (): CheckInAnswers => ({ scores: {}, workSteps: [], went: {}, recommend: {} });

/** The pages for this check-in, given the answers so far ("Would you recommend it?" only after "yes, I went"). */
export function checkInPages(context: Pick<CheckInContext, 'plan'>, answers: CheckInAnswers): CheckInPage[] {
  return [
    ...SCALE_ITEMS.map((item) => ({ kind: 'scale' as const, item })),
    { kind: 'loneliness' },
    { kind: 'work-steps' },
    { kind: 'scale', item: 'workConfidence' },
    ...context.plan.flatMap((activity): CheckInPage[] => [
      { kind: 'went', activity },
      ...(answers.went[activity.id] ? [{ kind: 'recommend' as const, activity }] : []),
    ]),
    { kind: 'gp-visits' },
    { kind: 'check' },
  ];
}

export type GpVisitsProblem = 'not-a-number' | 'too-many';

/** Blank is fine (the question is optional); anything else must be a whole number, 0 to 99. */
export function gpVisitsProblem(typed: string | undefined): GpVisitsProblem | undefined {
  const text = (typed ?? '').trim();
  if (!text) return undefined;
  if (!/^\d+$/.test(text)) return 'not-a-number';
  return Number(text) > 99 ? 'too-many' : undefined;
}

export interface RecordMeta {
  id: string;
  submittedAt: string;
  widgetVersion: string;
  locale: string;
}

/** The FollowUp record (before the schema checks it): only what was answered. */
export function buildFollowUp(context: Pick<CheckInContext, 'referralId' | 'plan'>, answers: CheckInAnswers, meta: RecordMeta): FollowUpInput {
  const wellbeing = Object.fromEntries(SCALE_ITEMS.filter((k) => answers.scores[k] !== undefined).map((k) => [k, answers.scores[k]]));
  const activities: FollowUpActivity[] = context.plan
    .filter((a) => answers.went[a.id] !== undefined)
    .map((a) => ({ id: a.id, name: a.name, went: answers.went[a.id]!, ...(answers.went[a.id] && answers.recommend[a.id] ? { recommend: answers.recommend[a.id] } : {}) }));
  const gp = answers.gpVisits?.trim();
  return {
    schemaVersion: 1,
    id: meta.id,
    referralId: context.referralId,
    submittedAt: meta.submittedAt,
    source: { widgetVersion: meta.widgetVersion, locale: meta.locale },
    ...(Object.keys(wellbeing).length ? { wellbeing } : {}),
    ...(answers.loneliness ? { loneliness: answers.loneliness } : {}),
    workSteps: answers.workSteps,
    ...(answers.scores.workConfidence !== undefined ? { workConfidence: answers.scores.workConfidence } : {}),
    activities,
    ...(gp && !gpVisitsProblem(gp) ? { gpVisits: Number(gp) } : {}),
  };
}

/**
 * Whether to offer the service's help with work now: their confidence about work rose, or they
 * wanted help with work at referral and have taken a step. Offered, never pushed.
 */
export function offersWorkSupport(changes: readonly MeasureChange[], workSteps: readonly WorkStep[]): boolean {
  return changes.some((c) => c.measure === 'workConfidence' && c.change > 0) || workSteps.length > 0;
}
