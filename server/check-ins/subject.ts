import { Referral, type PlanItem, type ReferralFollowUp } from '../../src/core/model/referral.ts';
import type { Baseline, FollowUp, WorkStep } from '../../src/core/model/follow-up.ts';
import type { EmploymentStatus } from '../../src/core/model/goals.ts';
import { scoresOf, type Measure } from '../../src/core/follow-up/change.ts';
import { FhirReferralBundle, fhirFollowUp } from '../../src/core/referral/fhir-intake.ts';
import type { ReferralFormat } from '../store/referrals.ts';

// What a check-in needs from a stored referral, read through the core schemas: the person's
// consent, where the link may go, and what to compare with. From JSON and form referrals all of
// it; from FHIR the consent and the addresses (the plan and the baseline are in free text and a
// QuestionnaireResponse there, so a FHIR check-in compares only what the person answers again).

export interface CheckInSubject {
  followUp: ReferralFollowUp | undefined;
  email: string | undefined;
  /** A UK mobile, in national digits. */
  mobile: string | undefined;
  plan: PlanItem[];
  baseline: Baseline;
}

const NONE: CheckInSubject = { followUp: undefined, email: undefined, mobile: undefined, plan: [], baseline: { workGoals: [] } };

export function checkInSubject(format: ReferralFormat, document: unknown): CheckInSubject {
  if (document === null || document === undefined) return NONE;
  if (format === 'fhir') {
    const bundle = FhirReferralBundle.safeParse(document);
    if (!bundle.success) return NONE;
    const patient = bundle.data.entry.find((e) => e.resource.resourceType === 'Patient')?.resource as { telecom?: { system?: string; value?: string; use?: string }[] } | undefined;
    const telecom = patient?.telecom ?? [];
    return {
      ...NONE,
      followUp: fhirFollowUp(bundle.data),
      email: telecom.find((t) => t.system === 'email')?.value,
      mobile: telecom.find((t) => t.system === 'phone' && t.use === 'mobile')?.value,
    };
  }
  const parsed = Referral.safeParse(document);
  if (!parsed.success) return NONE;
  const r = parsed.data;
  const g = r.goals;
  return {
    followUp: r.followUp,
    email: r.contact.email,
    mobile: r.contact.phone.startsWith('07') ? r.contact.phone : undefined,
    plan: r.plan,
    baseline: {
      ...(g?.wellbeing ? { wellbeing: g.wellbeing } : {}),
      ...(g?.loneliness ? { loneliness: g.loneliness } : {}),
      ...(g?.employmentStatus ? { employmentStatus: g.employmentStatus } : {}),
      ...(g?.workConfidence !== undefined ? { workConfidence: g.workConfidence } : {}),
      workGoals: g?.workGoals ?? [],
    },
  };
}

/** What the report keeps of a check-in once the answers themselves are removed: numbers, no words. */
export interface FollowUpMeasures {
  then: Partial<Record<Measure, number>>;
  now: Partial<Record<Measure, number>>;
  workSteps: WorkStep[];
  activities: { went: boolean; recommend?: string }[];
  gpVisits?: number;
  workThen?: EmploymentStatus;
  workNow?: EmploymentStatus;
  wantsHelp?: boolean;
}

export function followUpMeasures(format: ReferralFormat, referral: unknown, f: FollowUp): FollowUpMeasures {
  const baseline = checkInSubject(format, referral).baseline;
  const wantsHelp = f.workGoals.some((g) => g !== 'not-now');
  return {
    then: scoresOf(baseline),
    now: scoresOf(f),
    workSteps: f.workSteps,
    activities: f.activities.map((a) => ({ went: a.went, ...(a.recommend ? { recommend: a.recommend } : {}) })),
    ...(f.gpVisits !== undefined ? { gpVisits: f.gpVisits } : {}),
    ...(baseline.employmentStatus ? { workThen: baseline.employmentStatus } : {}),
    ...(f.employmentStatus ? { workNow: f.employmentStatus } : {}),
    ...(wantsHelp ? { wantsHelp } : {}),
  };
}
