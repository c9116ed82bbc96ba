import type { StaffUser } from './staff-users.ts';
import { isoOf, type Queryable } from './db.ts';

export interface SessionRow {
  id: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  endedAt: string | null;
  user: StaffUser;
}

type Flat = Omit<SessionRow, 'user'> & { [K in keyof StaffUser as `user_${K}`]: StaffUser[K] };

export async function createSession(db: Queryable, session: { id: string; userId: string; csrfToken: string; at: Date }): Promise<void> {
  await db.query(
    `INSERT INTO staff_sessions (id, user_id, csrf_token, created_at, last_seen_at) VALUES ($1, $2::bigint, $3, $4::timestamptz, $4::timestamptz)`,
    [session.id, session.userId, session.csrfToken, session.at.toISOString()],
  );
}

/** A session with its user, whatever its state: the caller decides whether it is still good. */
export async function findSession(db: Queryable, id: string): Promise<SessionRow | undefined> {
  const [row] = await db.query<Flat>(
    `SELECT s.id, s.csrf_token AS "csrfToken", ${isoOf('s.created_at')} AS "createdAt", ${isoOf('s.last_seen_at')} AS "lastSeenAt",
            ${isoOf('s.ended_at')} AS "endedAt",
            u.id::text AS user_id, u.email AS user_email, u.name AS user_name, u.role AS user_role,
            ${isoOf('u.created_at')} AS "user_createdAt", ${isoOf('u.last_sign_in_at')} AS "user_lastSignInAt",
            ${isoOf('u.disabled_at')} AS "user_disabledAt"
       FROM staff_sessions s JOIN staff_users u ON u.id = s.user_id
      WHERE s.id = $1`,
    [id],
  );
  if (!row) return undefined;
  return {
    id: row.id,
    csrfToken: row.csrfToken,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    endedAt: row.endedAt,
    user: {
      id: row.user_id,
      email: row.user_email,
      name: row.user_name,
      role: row.user_role,
      createdAt: row.user_createdAt,
      lastSignInAt: row.user_lastSignInAt,
      disabledAt: row.user_disabledAt,
    },
  };
}

export async function touchSession(db: Queryable, id: string, at: Date): Promise<void> {
  await db.query('UPDATE staff_sessions SET last_seen_at = greatest(last_seen_at, $2::timestamptz) WHERE id = $1 AND ended_at IS NULL', [id, at.toISOString()]);
}

export async function endSession(db: Queryable, id: string, at: Date): Promise<void> {
  await db.query('UPDATE staff_sessions SET ended_at = $2::timestamptz WHERE id = $1 AND ended_at IS NULL', [id, at.toISOString()]);
}

/** Signs a person out everywhere: their account was disabled or their password reset. */
export async function endSessionsOf(db: Queryable, userId: string, at: Date): Promise<void> {
  await db.query('UPDATE staff_sessions SET ended_at = $2::timestamptz WHERE user_id = $1::bigint AND ended_at IS NULL', [userId, at.toISOString()]);
}

/** Forgets sessions that ended or went idle long ago (the retention job calls this daily). */
export async function deleteOldSessions(db: Queryable, before: Date): Promise<number> {
  const rows = await db.query('DELETE FROM staff_sessions WHERE coalesce(ended_at, last_seen_at) < $1::timestamptz RETURNING 1', [before.toISOString()]);
  return rows.length;
}
