import type { Db, Queryable } from './db.ts';
import { linkState, type LinkState } from '../check-ins/rules.ts';
import type { ReferralFormat } from './referrals.ts';

// Check-ins in the database: scheduled with a consenting referral, a link made when due, and the
// answers stored once against the referral. Every rule about time and tokens is in check-ins/rules.ts.

export async function scheduleCheckIn(tx: Queryable, referralRowId: string, dueAt: Date): Promise<void> {
  await tx.query('INSERT INTO check_ins (referral_id, due_at) VALUES ($1::bigint, $2) ON CONFLICT DO NOTHING', [referralRowId, dueAt.toISOString()]);
}

export interface DueCheckIn {
  checkInId: string;
  reference: string;
  dueAt: string;
  format: ReferralFormat;
  document: unknown;
}

const ISO = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Check-ins due by `now` with no link yet, oldest first. A referral since withdrawn (superseded:
 * its replacement has its own), declined, or whose personal data is gone is never asked again.
 */
export async function dueCheckIns(db: Queryable, now: Date, { limit = 500, checkInId }: { limit?: number; checkInId?: string } = {}): Promise<DueCheckIn[]> {
  return db.query<DueCheckIn>(
    `SELECT c.id::text AS "checkInId", r.reference, ${ISO('c.due_at')} AS "dueAt", r.format, r.document
       FROM check_ins c JOIN referrals r ON r.id = c.referral_id
      WHERE c.issued_at IS NULL AND c.due_at <= $1
        AND r.status NOT IN ('superseded', 'declined') AND r.document IS NOT NULL
        AND ($3::bigint IS NULL OR c.id = $3::bigint)
      ORDER BY c.due_at, c.id LIMIT $2`,
    [now.toISOString(), limit, checkInId ?? null],
  );
}

export interface NewLink {
  tokenHash: string;
  issuedAt: Date;
  expiresAt: Date;
  sentBy: 'email' | 'text' | 'copy';
}

/**
 * Claims a due check-in for one send by recording its link: one UPDATE that only succeeds while
 * the check-in has no link, so of two processes (or two timer runs) only one may send it.
 */
export async function claimCheckIn(db: Queryable, checkInId: string, link: NewLink): Promise<boolean> {
  const rows = await db.query(
    `UPDATE check_ins SET token_hash = $2, issued_at = $3, expires_at = $4, sent_by = $5, sent_at = NULL
      WHERE id = $1::bigint AND issued_at IS NULL AND used_at IS NULL RETURNING id`,
    [checkInId, link.tokenHash, link.issuedAt.toISOString(), link.expiresAt.toISOString(), link.sentBy],
  );
  return rows.length === 1;
}

/** The notifier took the message. */
export async function markSent(db: Queryable, checkInId: string, at: Date): Promise<void> {
  await db.query('UPDATE check_ins SET sent_at = $2 WHERE id = $1::bigint', [checkInId, at.toISOString()]);
}

/** The notifier refused the message, so nothing went: the check-in is due again and its link stops working. */
export async function releaseClaim(db: Queryable, checkInId: string): Promise<void> {
  await db.query('UPDATE check_ins SET token_hash = NULL, issued_at = NULL, expires_at = NULL, sent_by = NULL, sent_at = NULL WHERE id = $1::bigint AND used_at IS NULL', [checkInId]);
}

interface LinkRecord {
  checkInId: string;
  referralRowId: string;
  referralId: string;
  format: ReferralFormat;
  document: unknown;
  expiresAt: string;
  usedAt: string | null;
  usedBy: string | null;
}

const LINK_COLUMNS = `c.id::text AS "checkInId", r.id::text AS "referralRowId", r.referral_id::text AS "referralId", r.format, r.document,
  ${ISO('c.expires_at')} AS "expiresAt", ${ISO('c.used_at')} AS "usedAt", f.follow_up_id::text AS "usedBy"`;

async function linkRecord(db: Queryable, tokenHash: string, forUpdate: boolean): Promise<LinkRecord | undefined> {
  const [row] = await db.query<LinkRecord>(
    `SELECT ${LINK_COLUMNS}
       FROM check_ins c JOIN referrals r ON r.id = c.referral_id LEFT JOIN follow_ups f ON f.check_in_id = c.id
      WHERE c.token_hash = $1 AND r.document IS NOT NULL${forUpdate ? ' FOR UPDATE OF c' : ''}`,
    [tokenHash],
  );
  return row;
}

const asRow = (r: LinkRecord) => ({ expiresAt: new Date(r.expiresAt), usedAt: r.usedAt ? new Date(r.usedAt) : null, usedBy: r.usedBy });

export type OpenedLink = { state: Exclude<LinkState, 'open' | 'replay'> } | { state: 'open'; referralId: string; format: ReferralFormat; document: unknown; expiresAt: string };

/** What a link opens, without changing anything. A used link shows nothing of the person again. */
export async function openLink(db: Queryable, tokenHash: string, now: Date): Promise<OpenedLink> {
  const row = await linkRecord(db, tokenHash, false);
  const state = linkState(row && asRow(row), now);
  if (state !== 'open' || !row) return { state: state === 'replay' ? 'used' : state === 'open' ? 'unknown' : state };
  return { state: 'open', referralId: row.referralId, format: row.format, document: row.document, expiresAt: row.expiresAt };
}

export interface NewFollowUp {
  followUpId: string;
  referralId: string;
  idempotencyKey: string;
  fingerprint: string;
  document: unknown;
}

export type FollowUpOutcome =
  | { kind: 'created' | 'replayed' }
  | { kind: 'expired' | 'used' | 'unknown' }
  /** The record names another referral than the link's. */
  | { kind: 'wrong-referral' }
  /** The key (or the record's id) was used before with different content. */
  | { kind: 'key-reused' };

/**
 * Stores a check-in's answers once, against the link's referral, and spends the link, in one
 * transaction; the link's row is locked, so two sends at once store one. An expired, used or
 * unknown link stores nothing; the same check-in again (a retry) is answered as before.
 */
export async function saveFollowUp(
  db: Db,
  tokenHash: string,
  input: NewFollowUp,
  now: Date,
  /** The anonymous measures to keep, from the referral as stored. */
  measuresOf: (format: ReferralFormat, referral: unknown) => unknown,
): Promise<FollowUpOutcome> {
  return db.transaction(async (tx) => {
    const row = await linkRecord(tx, tokenHash, true);
    const state = linkState(row && asRow(row), now, input.followUpId);
    if (!row || state === 'unknown' || state === 'expired' || state === 'used') return { kind: state === 'open' ? 'unknown' : (state as 'expired' | 'used' | 'unknown') };
    if (row.referralId !== input.referralId.toLowerCase()) return { kind: 'wrong-referral' };
    if (state === 'replay') {
      const [stored] = await tx.query<{ fingerprint: string; key: string }>('SELECT fingerprint, idempotency_key AS key FROM follow_ups WHERE check_in_id = $1::bigint', [row.checkInId]);
      return stored && stored.fingerprint === input.fingerprint && stored.key === input.idempotencyKey ? { kind: 'replayed' } : { kind: 'key-reused' };
    }
    const inserted = await tx.query(
      `INSERT INTO follow_ups (check_in_id, referral_id, follow_up_id, idempotency_key, fingerprint, received_at, document, measures)
       VALUES ($1::bigint, $2::bigint, $3, $4, $5, $6, $7::text::jsonb, $8::text::jsonb) ON CONFLICT DO NOTHING RETURNING id`,
      [
        row.checkInId, row.referralRowId, input.followUpId, input.idempotencyKey, input.fingerprint, now.toISOString(),
        JSON.stringify(input.document), JSON.stringify(measuresOf(row.format, row.document)),
      ],
    );
    // The key or the record's id was used by another check-in: never store one record twice.
    if (!inserted.length) return { kind: 'key-reused' };
    await tx.query('UPDATE check_ins SET used_at = $2 WHERE id = $1::bigint', [row.checkInId, now.toISOString()]);
    return { kind: 'created' };
  });
}

export interface StoredFollowUp {
  referralRowId: string;
  receivedAt: string;
  document: unknown;
}

/** Check-ins answered for a referral, as stored. */
export async function followUpsFor(db: Queryable, referralRowId: string): Promise<StoredFollowUp[]> {
  return db.query<StoredFollowUp>(
    `SELECT referral_id::text AS "referralRowId", ${ISO('received_at')} AS "receivedAt", document FROM follow_ups WHERE referral_id = $1::bigint ORDER BY id`,
    [referralRowId],
  );
}

export interface CheckInListRow {
  checkInId: string;
  reference: string;
  dueAt: string;
  issuedAt: string | null;
  sentAt: string | null;
  sentBy: 'email' | 'text' | 'copy' | null;
  expiresAt: string | null;
  usedAt: string | null;
  closed: boolean;
}

/**
 * Check-ins for the staff page: every one due by `until` (the oldest first), newest links first
 * after them; no personal data, only the referral's reference.
 */
export async function listCheckIns(db: Queryable, until: Date, limit = 500): Promise<CheckInListRow[]> {
  return db.query<CheckInListRow>(
    `SELECT c.id::text AS "checkInId", r.reference, ${ISO('c.due_at')} AS "dueAt", ${ISO('c.issued_at')} AS "issuedAt",
            ${ISO('c.sent_at')} AS "sentAt", c.sent_by AS "sentBy", ${ISO('c.expires_at')} AS "expiresAt", ${ISO('c.used_at')} AS "usedAt",
            (r.status IN ('superseded', 'declined') OR r.document IS NULL) AS closed
       FROM check_ins c JOIN referrals r ON r.id = c.referral_id
      WHERE c.due_at <= $1 OR c.issued_at IS NOT NULL
      ORDER BY c.issued_at DESC NULLS FIRST, c.due_at, c.id LIMIT $2`,
    [until.toISOString(), limit],
  );
}

/** The referral a check-in belongs to (its row id), for the audit log. */
export async function referralOfCheckIn(db: Queryable, checkInId: string): Promise<string | undefined> {
  const [row] = await db.query<{ id: string }>('SELECT referral_id::text AS id FROM check_ins WHERE id = $1::bigint', [checkInId]);
  return row?.id;
}
