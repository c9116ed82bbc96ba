import { isoOf, type Queryable } from './db.ts';

// The audit log: who did what, and when. Append-only (the database refuses changes, see
// migrations/0002_staff.sql). `detail` never holds personal data, only codes, counts and references.

export const AUDIT_ACTIONS = [
  'signed-in', 'sign-in-failed', 'signed-out',
  'viewed-list', 'viewed-referral', 'viewed-message',
  'assigned', 'status-changed', 'note-added', 'exported',
  'viewed-audit', 'viewed-users',
  'user-added', 'user-disabled', 'user-enabled', 'user-unlocked', 'password-reset', 'role-changed',
  'redacted',
  'viewed-check-ins', 'made-check-in-message', 'viewed-report', 'exported-report',
  'directory-uploaded', 'directory-published', 'directory-restored',
  'viewed-listing-reports',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditDetail = Record<string, string | number | boolean | null | string[]>;

export interface AuditEntry {
  /** The staff member; undefined for the inbox itself (the retention job). */
  actorId?: string;
  action: AuditAction;
  referralId?: string;
  subjectUserId?: string;
  detail?: AuditDetail;
}

/** Appends entries, in the caller's transaction when it has one, so a change and its record commit together. */
export async function appendAudit(db: Queryable, at: Date, entries: AuditEntry | readonly AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries as AuditEntry];
  if (!list.length) return;
  await db.query(
    `INSERT INTO audit_log (at, actor_id, action, referral_id, subject_user_id, detail)
     SELECT $1::timestamptz, a::bigint, b, c::bigint, d::bigint, e::jsonb
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(a, b, c, d, e)`,
    [
      at.toISOString(),
      list.map((e) => e.actorId ?? null),
      list.map((e) => e.action),
      list.map((e) => e.referralId ?? null),
      list.map((e) => e.subjectUserId ?? null),
      list.map((e) => JSON.stringify(e.detail ?? {})),
    ],
  );
}

export interface AuditRow {
  id: string;
  at: string;
  action: AuditAction;
  actorName: string | null;
  actorEmail: string | null;
  reference: string | null;
  subjectName: string | null;
  subjectEmail: string | null;
  detail: AuditDetail;
}

export interface AuditQuery {
  /** A referral's reference. */
  reference?: string;
  /** A staff member's id: what they did. */
  actorId?: string;
  /** Entries older than this id (the next page). */
  before?: string;
  limit: number;
}

/** Newest first, a page at a time. */
export function readAudit(db: Queryable, query: AuditQuery): Promise<AuditRow[]> {
  return db.query<AuditRow>(
    `SELECT a.id::text AS id, ${isoOf('a.at')} AS at, a.action, actor.name AS "actorName", actor.email AS "actorEmail",
            r.reference, subject.name AS "subjectName", subject.email AS "subjectEmail", a.detail
       FROM audit_log a
       LEFT JOIN staff_users actor ON actor.id = a.actor_id
       LEFT JOIN staff_users subject ON subject.id = a.subject_user_id
       LEFT JOIN referrals r ON r.id = a.referral_id
      WHERE ($1::text IS NULL OR r.reference = $1)
        AND ($2::bigint IS NULL OR a.actor_id = $2::bigint)
        AND ($3::bigint IS NULL OR a.id < $3::bigint)
      ORDER BY a.id DESC
      LIMIT $4`,
    [query.reference ?? null, query.actorId ?? null, query.before ?? null, query.limit],
  );
}

/** What happened to one referral (changes only, not views), oldest first: its history on its page. */
export function referralHistory(db: Queryable, referralId: string): Promise<AuditRow[]> {
  return db.query<AuditRow>(
    `SELECT a.id::text AS id, ${isoOf('a.at')} AS at, a.action, actor.name AS "actorName", actor.email AS "actorEmail",
            NULL AS reference, subject.name AS "subjectName", subject.email AS "subjectEmail", a.detail
       FROM audit_log a
       LEFT JOIN staff_users actor ON actor.id = a.actor_id
       LEFT JOIN staff_users subject ON subject.id = a.subject_user_id
      WHERE a.referral_id = $1::bigint AND a.action IN ('assigned', 'status-changed', 'note-added', 'redacted')
      ORDER BY a.id`,
    [referralId],
  );
}
