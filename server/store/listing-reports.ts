import type { ListingProblem, ListingReport } from '../../src/core/model/listing-report.ts';
import { isoOf, type Db, type Queryable } from './db.ts';

export type ListingReportOutcome = { kind: 'created' | 'replayed' } | { kind: 'key-reused' };

/**
 * Stores a listing report once. A repeat with the same key (or report id) and the same content is
 * answered as the first; different content under a used key is refused. Concurrent repeats meet at
 * the unique constraints: the second insert waits for the first to commit and then finds its row.
 */
export async function saveListingReport(
  db: Db,
  report: ListingReport,
  { idempotencyKey, fingerprint, receivedAt }: { idempotencyKey: string; fingerprint: string; receivedAt: Date },
): Promise<ListingReportOutcome> {
  return db.transaction(async (tx) => {
    const inserted = await tx.query(
      `INSERT INTO listing_reports (report_id, idempotency_key, fingerprint, activity_id, activity_name, reason, note, locale, reported_at, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::timestamptz, $10::timestamptz)
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [report.id.toLowerCase(), idempotencyKey, fingerprint, report.activity.id, report.activity.name, report.reason, report.note ?? null,
        report.source.locale, report.reportedAt, receivedAt.toISOString()],
    );
    if (inserted.length) return { kind: 'created' };
    const [existing] = await tx.query<{ fingerprint: string }>(
      'SELECT fingerprint FROM listing_reports WHERE idempotency_key = $1 OR report_id = $2 ORDER BY (idempotency_key = $1) DESC LIMIT 1',
      [idempotencyKey, report.id.toLowerCase()],
    );
    return existing?.fingerprint === fingerprint ? { kind: 'replayed' } : { kind: 'key-reused' };
  });
}

export interface StoredListingReport {
  activityId: string;
  activityName: string;
  reason: ListingProblem;
  /** Null when none was given, or after retention removed it (`noteRemoved`). */
  note: string | null;
  noteRemoved: boolean;
  receivedAt: string;
}

/** Every report, grouped by activity: the activity with the newest report first, then its reports newest first. */
export async function listListingReports(db: Queryable): Promise<StoredListingReport[]> {
  return db.query<StoredListingReport>(
    `SELECT activity_id AS "activityId", activity_name AS "activityName", reason, note,
            note_removed_at IS NOT NULL AS "noteRemoved", ${isoOf('received_at')} AS "receivedAt"
       FROM listing_reports r
      ORDER BY max(received_at) OVER (PARTITION BY activity_id) DESC, activity_id, received_at DESC, id DESC`,
  );
}

/** Removes the free-text notes of reports received before `cutoff`; returns how many. */
export async function removeOldNotes(db: Queryable, cutoff: Date, at: Date): Promise<number> {
  const rows = await db.query(
    `UPDATE listing_reports SET note = NULL, note_removed_at = $2::timestamptz
      WHERE note IS NOT NULL AND received_at < $1::timestamptz
      RETURNING id`,
    [cutoff.toISOString(), at.toISOString()],
  );
  return rows.length;
}
