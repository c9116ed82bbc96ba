import { Referral } from '../../src/core/model/referral.ts';
import { WorkStep } from '../../src/core/model/follow-up.ts';
import { EmploymentStatus } from '../../src/core/model/goals.ts';
import { MEASURES } from '../../src/core/follow-up/change.ts';
import { z } from '../../src/core/model/zod.ts';
import type { ReportCase, Route } from '../../src/core/report/outcomes.ts';
import { summaryOf, type AnonymousSummary } from '../staff/retention.ts';
import type { ReportRow } from '../store/report.ts';

// A stored referral as the report's anonymous facts (src/core/report/outcomes.ts): from the
// document while it is kept, from the anonymous summary once it is removed.

const Scores = z.partialRecord(z.enum(MEASURES), z.number());
/** The measures stored with a check-in (server/check-ins/subject.ts), read back through a schema. */
const StoredMeasures = z.object({
  then: Scores,
  now: Scores,
  workSteps: z._default(z.array(WorkStep), []),
  activities: z._default(z.array(z.object({ went: z.boolean() })), []),
  workThen: z.optional(EmploymentStatus),
  workNow: z.optional(EmploymentStatus),
  wantsHelp: z.optional(z.boolean()),
});

const routeOf = (pathway: string | undefined): Route => (pathway === 'direct' || pathway === 'indirect' ? pathway : 'none');

export function reportCase(row: ReportRow): ReportCase {
  const summary = row.document === null ? (row.summary as AnonymousSummary | null) ?? { channel: 'online', needAreas: [] } : summaryOf(row.format, row.document);
  const referral = row.document === null || row.format === 'fhir' ? undefined : Referral.safeParse(row.document);
  const measures = row.measures === null ? undefined : StoredMeasures.safeParse(row.measures);
  return {
    channel: summary.channel,
    needAreas: summary.needAreas,
    route: routeOf(summary.workPathway),
    district: summary.district,
    contacted: row.contactedEver || ['contacted', 'accepted'].includes(row.status),
    accepted: row.acceptedEver || row.status === 'accepted',
    planEmpty: referral?.success ? referral.data.plan.length === 0 : undefined,
    ...(measures?.success ? { followUp: measures.data } : {}),
  };
}
