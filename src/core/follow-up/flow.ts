import type { CheckInContext, FollowUp, FollowUpActivity, FollowUpInput, WorkStep } from '../model/follow-up.ts';
import type { EmploymentStatus, Loneliness, RecommendAnswer, WorkGoal } from '../vocabulary/lists.ts';
import type { MeasureChange } from './change.ts';

// The check-in's flow, one question a page (issue 19, part C): the baseline's measures asked
// again, the work situation (the referral's own choices, so before and after compare), steps
// towards work, help with work now, confidence, each planned activity ("Did you go?", then
// "Would you recommend it?"), and GP visits. Every question can be skipped; a skipped answer is
// left out of the record, never guessed. Work is never pushed: "I prefer not to say" about work
// asks nothing more about it, and "Not right now" asks no confidence. Pure: the element shows the
// page this says and stores what it returns.

export const SCALE_ITEMS = ['lifeSatisfaction', 'worthwhile', 'happiness', 'anxiety'] as const;
export type ScaleItem = (typeof SCALE_ITEMS)[number] | 'workConfidence';

export type CheckInPage =
  | { kind: 'scale'; item: ScaleItem }
  | { kind: 'loneliness' }
  | { kind: 'work-situation' }
  | { kind: 'work-steps' }
  | { kind: 'work-help' }
  | { kind: 'went'; activity: { id: string; name: string } }
  | { kind: 'recommend'; activity: { id: string; name: string } }
  | { kind: 'gp-visits' }
  | { kind: 'check' };

export interface CheckInAnswers {
  scores: Partial<Record<ScaleItem, number>>;
  loneliness?: Loneliness;
  employmentStatus?: EmploymentStatus;
  workSteps: WorkStep[];
  /** "Would you like help with anything to do with work now?" (`not-now` on its own). */
  workGoals: WorkGoal[];
  went: Record<string, boolean>;
  recommend: Record<string, RecommendAnswer>;
  /** As typed: checked by `gpVisitsProblem`. */
  gpVisits?: string;
}

export const noAnswers = (): CheckInAnswers => ({ scores: {}, workSteps: [], workGoals: [], went: {}, recommend: {} });

/** Work talk ends at "I prefer not to say"; confidence is not asked after "Not right now". */
function workPages(answers: CheckInAnswers): CheckInPage[] {
  if (answers.employmentStatus === 'prefer-not-to-say') return [];
  return [{ kind: 'work-steps' }, { kind: 'work-help' }, ...(answers.workGoals.includes('not-now') ? [] : [{ kind: 'scale' as const, item: 'workConfidence' as const }])];
}

/** The pages for this check-in, given the answers so far ("Would you recommend it?" only after "yes, I went"). */
export function checkInPages(context: Pick<CheckInContext, 'plan'>, answers: CheckInAnswers): CheckInPage[] {
  return [
    ...SCALE_ITEMS.map((item) => ({ kind: 'scale' as const, item })),
    { kind: 'loneliness' },
    { kind: 'work-situation' },
    ...workPages(answers),
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

/** A page's stable name, for the browser's history and `waymark-step`: no answers, no personal data beyond the plan's own activity ids. */
export function checkInPageName(page: CheckInPage): string {
  if (page.kind === 'scale') return page.item;
  if (page.kind === 'went' || page.kind === 'recommend') return `${page.kind}:${page.activity.id}`;
  return page.kind;
}

/** The FollowUp record (before the schema checks it): only what was answered. */
export function buildFollowUp(context: Pick<CheckInContext, 'referralId' | 'plan'>, answers: CheckInAnswers, meta: RecordMeta): FollowUpInput {
  const wellbeing = Object.fromEntries(SCALE_ITEMS.filter((k) => answers.scores[k] !== undefined).map((k) => [k, answers.scores[k]]));
  const activities: FollowUpActivity[] = context.plan
    .filter((a) => answers.went[a.id] !== undefined)
    .map((a) => ({ id: a.id, name: a.name, went: answers.went[a.id]!, ...(answers.went[a.id] && answers.recommend[a.id] ? { recommend: answers.recommend[a.id] } : {}) }));
  const gp = answers.gpVisits?.trim();
  // Answers on pages no longer asked (work after "I prefer not to say") are not sent.
  const asked = new Set(checkInPages(context, answers).map(checkInPageName));
  const confidence = asked.has('workConfidence') ? answers.scores.workConfidence : undefined;
  return {
    schemaVersion: 1,
    id: meta.id,
    referralId: context.referralId,
    submittedAt: meta.submittedAt,
    source: { widgetVersion: meta.widgetVersion, locale: meta.locale },
    ...(Object.keys(wellbeing).length ? { wellbeing } : {}),
    ...(answers.loneliness ? { loneliness: answers.loneliness } : {}),
    ...(answers.employmentStatus ? { employmentStatus: answers.employmentStatus } : {}),
    workSteps: asked.has('work-steps') ? answers.workSteps : [],
    ...(confidence !== undefined ? { workConfidence: confidence } : {}),
    workGoals: asked.has('work-help') ? answers.workGoals : [],
    activities,
    ...(gp && !gpVisitsProblem(gp) ? { gpVisits: Number(gp) } : {}),
  };
}

/**
 * Whether to offer the service's employment support now ("towards the end of their journey"):
 * they now say they would like help with work, or their confidence about work rose. Never after
 * "Not right now" or "I prefer not to say": offered, never pushed.
 */
export function offersWorkSupport(changes: readonly MeasureChange[], f: Pick<FollowUp, 'employmentStatus' | 'workGoals'>): boolean {
  if (f.employmentStatus === 'prefer-not-to-say' || f.workGoals.includes('not-now')) return false;
  return f.workGoals.length > 0 || changes.some((c) => c.measure === 'workConfidence' && c.change > 0);
}
