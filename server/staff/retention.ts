import { Referral } from '../../src/core/model/referral.ts';
import { appendAudit } from '../store/audit.ts';
import type { Db } from '../store/db.ts';
import { deleteOldSessions } from '../store/sessions.ts';
import { deleteOldFailures } from '../store/sign-in-failures.ts';
import { removeOldNotes } from '../store/listing-reports.ts';
import type { ReferralFormat } from '../store/referrals.ts';
import type { Logger } from '../log.ts';
import { every, type JobTimer } from '../jobs/every.ts';

// Personal data is kept no longer than the service needs it. Once a referral has been closed (or
// replaced by a newer one) for `retentionDays`, its document, the worker's notes and any decline
// detail are removed. What stays is anonymous: the reference, the dates and statuses, and a
// summary for counts: how it came, the need areas, the route towards work, and the postcode
// district (reports suppress counts under 5, DESIGN.md).

export interface AnonymousSummary {
  channel: 'online' | 'assisted' | 'kiosk' | 'fhir';
  needAreas: string[];
  workPathway?: string;
  /** The outward code only ("AV1"), never the full postcode. */
  district?: string;
}

const outward = (postcode: string | undefined) => postcode?.trim().split(/\s+/)[0]?.toUpperCase() || undefined;

export function summaryOf(format: ReferralFormat, document: unknown): AnonymousSummary {
  if (format === 'fhir') {
    const entries = (document as { entry?: { resource?: { resourceType?: string; address?: { postalCode?: string }[] } }[] } | null)?.entry ?? [];
    const patient = entries.find((e) => e.resource?.resourceType === 'Patient')?.resource;
    return { channel: 'fhir', needAreas: [], district: outward(patient?.address?.[0]?.postalCode) };
  }
  const parsed = Referral.safeParse(document);
  if (!parsed.success) return { channel: 'online', needAreas: [] };
  const r = parsed.data;
  return {
    channel: r.source.kiosk ? 'kiosk' : r.source.assisted ? 'assisted' : 'online',
    needAreas: r.goals?.needAreas.map((n) => n.id) ?? [],
    ...(r.goals && r.goals.workPathway !== 'none' ? { workPathway: r.goals.workPathway } : {}),
    district: outward(r.person.postcode),
  };
}

const DAY_MS = 86_400_000;
const BATCH = 200;
// Any fixed number: two processes running the job at once take turns.
const RETENTION_LOCK = 7_424_018;

/**
 * Removes personal data from referrals closed or replaced more than `retentionDays` ago, and
 * forgets old sessions and sign-in counts. Returns the references it redacted. Safe to run from
 * several processes at once, and again: a redacted referral is not touched twice.
 */
export async function runRetention(db: Db, { retentionDays, now }: { retentionDays: number; now: Date }): Promise<string[]> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  const redacted: string[] = [];
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      const [lock] = await tx.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS ok', [RETENTION_LOCK]);
      if (!lock?.ok) return [];
      const rows = await tx.query<{ id: string; reference: string; format: ReferralFormat; document: unknown }>(
        `SELECT id::text AS id, reference, format, document FROM referrals
          WHERE redacted_at IS NULL AND status IN ('closed', 'superseded') AND status_at < $1::timestamptz
          ORDER BY id LIMIT $2 FOR UPDATE`,
        [cutoff, BATCH],
      );
      if (!rows.length) return [];
      const at = now.toISOString();
      for (const row of rows) {
        await tx.query(
          `UPDATE referrals SET document = NULL, redacted_at = $2::timestamptz, decline_detail = NULL, summary = $3::text::jsonb, updated_at = $2::timestamptz
            WHERE id = $1::bigint`,
          [row.id, at, JSON.stringify(summaryOf(row.format, row.document))],
        );
      }
      const ids = rows.map((r) => r.id);
      await tx.query('UPDATE referral_notes SET body = NULL, redacted_at = $2::timestamptz WHERE referral_id = ANY($1::bigint[]) AND body IS NOT NULL', [ids, at]);
      // Check-in answers follow their referral; what stays is the anonymous measures the report counts.
      await tx.query('UPDATE follow_ups SET document = NULL, redacted_at = $2::timestamptz WHERE referral_id = ANY($1::bigint[]) AND document IS NOT NULL', [ids, at]);
      await appendAudit(tx, now, ids.map((referralId) => ({ action: 'redacted' as const, referralId, detail: { retentionDays } })));
      return rows.map((r) => r.reference);
    });
    redacted.push(...batch);
    if (batch.length < BATCH) break;
  }
  // A listing report is anonymous, but its note is free text someone may have put a name in.
  await removeOldNotes(db, new Date(cutoff), now);
  await deleteOldSessions(db, new Date(now.getTime() - 30 * DAY_MS));
  await deleteOldFailures(db, new Date(now.getTime() - DAY_MS));
  return redacted;
}

/**
 * The daily job: once soon after the inbox starts, then every 24 hours. Each run is logged with
 * how many referrals it redacted (never which). `stop()` before closing the store.
 */
export function startRetentionJob(db: Db, { retentionDays, now = Date.now, log, firstRunMs = 60_000, everyMs = DAY_MS }: {
  retentionDays: number;
  now?: () => number;
  log: Logger;
  firstRunMs?: number;
  everyMs?: number;
}): JobTimer {
  // A run still going when the next is due (a slow database) finishes alone: the next would only
  // fail to take the lock and log a misleading 0.
  return every('retention', { firstRunMs, everyMs }, () => runRetention(db, { retentionDays, now: new Date(now()) }), log, (refs) => ({ redacted: refs.length }));
}
