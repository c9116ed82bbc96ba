import type { Role } from '../staff/roles.ts';
import { isoOf, type Queryable } from './db.ts';

export interface StaffUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
  lastSignInAt: string | null;
  disabledAt: string | null;
}

const COLUMNS = `id::text AS id, email, name, role, ${isoOf('created_at')} AS "createdAt",
  ${isoOf('last_sign_in_at')} AS "lastSignInAt", ${isoOf('disabled_at')} AS "disabledAt"`;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** The new account, or undefined when the email already has one (no error: it may run inside a transaction). */
export async function createUser(db: Queryable, user: { email: string; name: string; role: Role; passwordHash: string }): Promise<StaffUser | undefined> {
  const [row] = await db.query<StaffUser>(
    `INSERT INTO staff_users (email, name, role, password_hash) VALUES ($1, $2, $3, $4) ON CONFLICT (email) DO NOTHING RETURNING ${COLUMNS}`,
    [normaliseEmail(user.email), user.name, user.role, user.passwordHash],
  );
  return row;
}

export async function findUser(db: Queryable, id: string): Promise<StaffUser | undefined> {
  if (!/^\d{1,18}$/.test(id)) return undefined;
  const [row] = await db.query<StaffUser>(`SELECT ${COLUMNS} FROM staff_users WHERE id = $1::bigint`, [id]);
  return row;
}

/** The account and its password hash, for signing in. */
export async function findUserForSignIn(db: Queryable, email: string): Promise<(StaffUser & { passwordHash: string }) | undefined> {
  const [row] = await db.query<StaffUser & { passwordHash: string }>(
    `SELECT ${COLUMNS}, password_hash AS "passwordHash" FROM staff_users WHERE email = $1`,
    [normaliseEmail(email)],
  );
  return row;
}

export async function findUserByEmail(db: Queryable, email: string): Promise<StaffUser | undefined> {
  const [row] = await db.query<StaffUser>(`SELECT ${COLUMNS} FROM staff_users WHERE email = $1`, [normaliseEmail(email)]);
  return row;
}

/** Everyone, active accounts first, then by name. */
export function listUsers(db: Queryable): Promise<StaffUser[]> {
  return db.query<StaffUser>(`SELECT ${COLUMNS} FROM staff_users ORDER BY disabled_at IS NOT NULL, lower(name), id`);
}

export async function setPasswordHash(db: Queryable, id: string, passwordHash: string): Promise<void> {
  await db.query('UPDATE staff_users SET password_hash = $2 WHERE id = $1::bigint', [id, passwordHash]);
}

export async function setRole(db: Queryable, id: string, role: Role): Promise<void> {
  await db.query('UPDATE staff_users SET role = $2 WHERE id = $1::bigint', [id, role]);
}

export async function setDisabled(db: Queryable, id: string, at: Date | null): Promise<void> {
  await db.query('UPDATE staff_users SET disabled_at = $2::timestamptz WHERE id = $1::bigint', [id, at?.toISOString() ?? null]);
}

export async function recordSignIn(db: Queryable, id: string, at: Date): Promise<void> {
  await db.query('UPDATE staff_users SET last_sign_in_at = $2::timestamptz WHERE id = $1::bigint', [id, at.toISOString()]);
}
