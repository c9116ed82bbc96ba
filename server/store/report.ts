import type { Queryable } from './db.ts';
import type { ReferralFormat } from './referrals.ts';

// What the report reads: for each referral received in a date range (a replaced one is counted as
// its replacement), how it came, how far it got, and its check-in's anonymous measures. The
// document is read only to take anonymous facts from it (server/report/cases.ts); nothing here
// leaves the inbox with a name.

export interface ReportRow {
  format: ReferralFormat;
  document: unknown;
  /** Set once the details are removed: the anonymous summary kept instead. */
  summary: unknown;
  status: string;
  /** Ever moved to contacted (or beyond), by the audit log, which nothing can change. */
  contactedEver: boolean;
  acceptedEver: boolean;
  measures: unknown;
}

export async function reportRows(db: Queryable, from: Date, to: Date): Promise<ReportRow[]> {
  return db.query<ReportRow>(
    `SELECT r.format, r.document, r.summary, r.status,
            EXISTS (SELECT 1 FROM audit_log a WHERE a.referral_id = r.id AND a.action = 'status-changed'
                      AND a.detail->>'to' IN ('contacted', 'accepted')) AS "contactedEver",
            EXISTS (SELECT 1 FROM audit_log a WHERE a.referral_id = r.id AND a.action = 'status-changed'
                      AND a.detail->>'to' = 'accepted') AS "acceptedEver",
            f.measures
       FROM referrals r LEFT JOIN follow_ups f ON f.referral_id = r.id
      WHERE r.received_at >= $1 AND r.received_at < $2 AND r.status <> 'superseded'
      ORDER BY r.id`,
    [from.toISOString(), to.toISOString()],
  );
}
