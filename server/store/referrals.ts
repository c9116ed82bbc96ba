import type { ReferralStatus } from '../../src/core/referral/status.ts';
import type { Db, Queryable } from './db.ts';
import { isoOf, LOCK_NOT_AVAILABLE, sqlState } from './db.ts';
import { scheduleCheckIn } from './check-ins.ts';
import { checkInDueAt } from '../check-ins/rules.ts';

export type { ReferralStatus };
export type ReferralFormat = 'json' | 'form' | 'fhir';

export interface NewReferral {
  referralId: string;
  idempotencyKey: string;
  fingerprint: string;
  format: ReferralFormat;
  submittedAt: string | undefined;
  supersedes: string | undefined;
  document: unknown;
  /** Set when the person agreed to be asked again: a check-in is scheduled with the referral, in one transaction. */
  checkInAfterWeeks?: number;
}

export type SaveOutcome =
  | { kind: 'created' | 'replayed'; reference: string }
  /** The key (or the referral id) was used before for different content. */
  | { kind: 'key-reused' }
  /** Another request with the same key is still being stored. */
  | { kind: 'in-flight' };

// How long a request waits for another with the same key to finish before it is told 409. The
// widget waits 15 s for a reply; a wait shorter than that leaves it time to hear and retry.
const SAME_KEY_WAIT_MS = 10_000;
const REFERENCE_TRIES = 5;

/**
 * Stores a referral once. Concurrent requests with one key meet at the unique constraint: the
 * first inserts, the others wait for it to commit, find its row and reply with its reference.
 * So exactly one row is stored, by one process or many sharing a PostgreSQL.
 */
export async function saveReferral(db: Db, input: NewReferral, newReference: () => string, sameKeyWaitMs = SAME_KEY_WAIT_MS): Promise<SaveOutcome> {
  for (let attempt = 0; attempt < REFERENCE_TRIES; attempt++) {
    try {
      const outcome = await db.transaction(async (tx) => {
        // PGlite runs one transaction at a time, so only PostgreSQL can meet another one mid-way.
        // set_config(…, true) is SET LOCAL with a parameter: no value is ever spliced into SQL.
        if (db.kind === 'postgres') await tx.query("SELECT set_config('lock_timeout', $1, true)", [String(Math.round(sameKeyWaitMs))]);
        return saveOnce(tx, input, newReference());
      });
      if (outcome) return outcome;
      // No row for this key and yet a conflict: the new reference was taken. Draw again.
    } catch (error) {
      if (sqlState(error) === LOCK_NOT_AVAILABLE) return { kind: 'in-flight' };
      throw error;
    }
  }
  throw new Error(`could not find a free reference in ${REFERENCE_TRIES} tries: make references longer`);
}

async function saveOnce(tx: Queryable, input: NewReferral, reference: string): Promise<SaveOutcome | undefined> {
  // `$8::text::jsonb`: as text, both drivers send the JSON as it is (postgres.js would encode a
  // string given for a jsonb parameter a second time).
  const inserted = await tx.query<{ id: string; reference: string; receivedAt: Date | string }>(
    `INSERT INTO referrals (referral_id, reference, idempotency_key, fingerprint, format, submitted_at, supersedes, document)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb)
     ON CONFLICT DO NOTHING
     RETURNING id::text AS id, reference, received_at AS "receivedAt"`,
    [input.referralId, reference, input.idempotencyKey, input.fingerprint, input.format, input.submittedAt ?? null, input.supersedes ?? null, JSON.stringify(input.document)],
  );
  if (inserted.length) {
    await markSuperseded(tx, input.referralId, input.supersedes);
    if (input.checkInAfterWeeks !== undefined) {
      const row = inserted[0]!;
      await scheduleCheckIn(tx, row.id, checkInDueAt(new Date(row.receivedAt), input.checkInAfterWeeks));
    }
    return { kind: 'created', reference };
  }
  const [existing] = await tx.query<{ reference: string; fingerprint: string }>(
    `SELECT reference, fingerprint FROM referrals
      WHERE idempotency_key = $1 OR referral_id = $2
      ORDER BY (idempotency_key = $1) DESC
      LIMIT 1`,
    [input.idempotencyKey, input.referralId],
  );
  if (!existing) return undefined;
  return existing.fingerprint === input.fingerprint ? { kind: 'replayed', reference: existing.reference } : { kind: 'key-reused' };
}

/** The older referral is marked superseded, in either order of arrival. */
async function markSuperseded(tx: Queryable, referralId: string, supersedes: string | undefined): Promise<void> {
  if (supersedes) {
    await tx.query(
      `UPDATE referrals SET status = 'superseded', status_at = now(), superseded_by = $1
        WHERE referral_id = $2 AND superseded_by IS NULL`,
      [referralId, supersedes],
    );
  }
  // A newer referral that arrived first already names this one.
  await tx.query(
    `UPDATE referrals r SET status = 'superseded', status_at = now(), superseded_by = newer.referral_id
       FROM (SELECT referral_id FROM referrals WHERE supersedes = $1 ORDER BY id LIMIT 1) newer
      WHERE r.referral_id = $1 AND r.superseded_by IS NULL`,
    [referralId],
  );
}

export interface StoredReferral {
  id: string;
  referralId: string;
  reference: string;
  format: ReferralFormat;
  status: ReferralStatus;
  receivedAt: string;
  submittedAt: string | null;
  supersedes: string | null;
  supersededBy: string | null;
  /** When the status last changed. */
  statusAt: string;
  /** The name of the worker it is assigned to. */
  assignedTo: string | null;
  /** Why it was declined (core/referral/status.ts), if it was. */
  declineReason: string | null;
  /** Null once the retention job has removed the personal data. */
  document: unknown;
}

const COLUMNS = `id::text AS id, referral_id::text AS "referralId", reference, format, status,
  ${isoOf('received_at')} AS "receivedAt", ${isoOf('submitted_at')} AS "submittedAt",
  supersedes::text AS supersedes, superseded_by::text AS "supersededBy", ${isoOf('status_at')} AS "statusAt",
  (SELECT u.name FROM staff_users u WHERE u.id = referrals.assigned_to) AS "assignedTo",
  decline_reason AS "declineReason", document`;

/** Every referral received since a moment (or ever), oldest first, a page at a time. */
export async function* referralsSince(db: Queryable, since: Date | undefined, pageSize = 500): AsyncGenerator<StoredReferral> {
  let after = '0';
  for (;;) {
    const page = await db.query<StoredReferral>(
      `SELECT ${COLUMNS} FROM referrals
        WHERE id > $1::bigint AND ($2::timestamptz IS NULL OR received_at >= $2::timestamptz)
        ORDER BY id LIMIT $3`,
      [after, since?.toISOString() ?? null, pageSize],
    );
    yield* page;
    if (page.length < pageSize) return;
    after = page[page.length - 1]!.id;
  }
}

/** The referrals with these ids (the inbox's own, as text), oldest first: an export of a selection. */
export async function* referralsByIds(db: Queryable, ids: readonly string[], pageSize = 500): AsyncGenerator<StoredReferral> {
  const sorted = [...ids].sort((a, b) => Number(a) - Number(b));
  for (let i = 0; i < sorted.length; i += pageSize) {
    yield* await db.query<StoredReferral>(`SELECT ${COLUMNS} FROM referrals WHERE id = ANY($1::bigint[]) ORDER BY id`, [sorted.slice(i, i + pageSize)]);
  }
}

export async function findByReference(db: Queryable, reference: string): Promise<StoredReferral | undefined> {
  const [row] = await db.query<StoredReferral>(`SELECT ${COLUMNS} FROM referrals WHERE reference = $1`, [reference]);
  return row;
}

export async function countReferrals(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM referrals');
  return row?.n ?? 0;
}
