import type { DeclineReason, ReferralStatus } from '../../src/core/referral/status.ts';
import { appendAudit } from './audit.ts';
import { isoOf, type Db, type Queryable } from './db.ts';

// What a worker records about a referral. Each change and its audit entry commit together, and
// each change names the state it was made from, so two workers acting at once cannot overwrite
// each other without knowing: the second is told the referral changed.

export type Changed = { ok: true } | { ok: false; reason: 'changed' | 'closed' };

/** Assigns to a worker, or to nobody. Only while the referral is still open. */
export async function assign(db: Db, input: { referralId: string; assigneeId: string | null; actorId: string; at: Date }): Promise<Changed> {
  return db.transaction(async (tx) => {
    const rows = await tx.query(
      `UPDATE referrals SET assigned_to = $2::bigint, updated_at = $3::timestamptz
        WHERE id = $1::bigint AND status NOT IN ('closed', 'superseded')
        RETURNING 1`,
      [input.referralId, input.assigneeId, input.at.toISOString()],
    );
    if (!rows.length) return { ok: false, reason: 'closed' } as const;
    await appendAudit(tx, input.at, { actorId: input.actorId, action: 'assigned', referralId: input.referralId, subjectUserId: input.assigneeId ?? undefined });
    return { ok: true } as const;
  });
}

export interface StatusChange {
  referralId: string;
  /** The status the worker saw: the change happens only if it is still that. */
  from: ReferralStatus;
  to: ReferralStatus;
  decline?: { reason: DeclineReason; detail: string | undefined };
  actorId: string;
  at: Date;
}

/** Moves the status on. The caller has checked the move is allowed (core/referral/status.ts). */
export async function changeStatus(db: Db, change: StatusChange): Promise<Changed> {
  return db.transaction(async (tx) => {
    const at = change.at.toISOString();
    const rows = await tx.query(
      `UPDATE referrals SET status = $3, status_at = $4::timestamptz, updated_at = $4::timestamptz,
              first_response_at = CASE WHEN status = 'new' THEN coalesce(first_response_at, $4::timestamptz) ELSE first_response_at END,
              decline_reason = CASE WHEN $3 = 'declined' THEN $5 ELSE decline_reason END,
              decline_detail = CASE WHEN $3 = 'declined' THEN $6 ELSE decline_detail END
        WHERE id = $1::bigint AND status = $2
        RETURNING 1`,
      [change.referralId, change.from, change.to, at, change.decline?.reason ?? null, change.decline?.detail ?? null],
    );
    if (!rows.length) return { ok: false, reason: 'changed' } as const;
    await appendAudit(tx, change.at, {
      actorId: change.actorId,
      action: 'status-changed',
      referralId: change.referralId,
      // The reason's code only: its detail is free text, kept with the referral (and removed with it).
      detail: { from: change.from, to: change.to, ...(change.decline ? { reason: change.decline.reason } : {}) },
    });
    return { ok: true } as const;
  });
}

export async function addNote(db: Db, note: { referralId: string; authorId: string; body: string; at: Date }): Promise<Changed> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO referral_notes (referral_id, author_id, created_at, body)
       SELECT id, $2::bigint, $3::timestamptz, $4 FROM referrals WHERE id = $1::bigint AND status NOT IN ('closed', 'superseded')
       RETURNING id::text AS id`,
      [note.referralId, note.authorId, note.at.toISOString(), note.body],
    );
    if (!row) return { ok: false, reason: 'closed' } as const;
    await appendAudit(tx, note.at, { actorId: note.authorId, action: 'note-added', referralId: note.referralId, detail: { note: row.id } });
    return { ok: true } as const;
  });
}

export interface Note {
  id: string;
  at: string;
  authorName: string;
  /** Null once removed by the retention job. */
  body: string | null;
}

export function notesOf(db: Queryable, referralId: string): Promise<Note[]> {
  return db.query<Note>(
    `SELECT n.id::text AS id, ${isoOf('n.created_at')} AS at, u.name AS "authorName", n.body
       FROM referral_notes n JOIN staff_users u ON u.id = n.author_id
      WHERE n.referral_id = $1::bigint ORDER BY n.id`,
    [referralId],
  );
}
