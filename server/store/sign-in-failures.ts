import { isoOf, type Queryable } from './db.ts';

// Failed sign-ins, counted in the database so every inbox process sees the same count.

export interface LockOutRule {
  /** Failures within `windowMs` that lock the address. */
  maxFailures: number;
  windowMs: number;
  /** How long the lock lasts. */
  lockMs: number;
}

/** When the address is locked until, if it is locked now. */
export async function lockedUntil(db: Queryable, key: string, now: Date): Promise<Date | undefined> {
  const [row] = await db.query<{ until: string | null }>(`SELECT ${isoOf('locked_until')} AS until FROM sign_in_failures WHERE email_hash = $1`, [key]);
  return row?.until && new Date(row.until) > now ? new Date(row.until) : undefined;
}

/** Counts one failure; locks the address when it reaches the limit (and starts the count again). */
export async function recordFailure(db: Queryable, key: string, now: Date, rule: LockOutRule): Promise<{ locked: boolean }> {
  const at = now.toISOString();
  const windowStart = new Date(now.getTime() - rule.windowMs).toISOString();
  const lockEnd = new Date(now.getTime() + rule.lockMs).toISOString();
  // One statement, so two processes counting at once each add one.
  const [row] = await db.query<{ locked: boolean }>(
    `INSERT INTO sign_in_failures AS f (email_hash, failures, first_failure_at) VALUES ($1, 1, $2::timestamptz)
     ON CONFLICT (email_hash) DO UPDATE SET
       failures = CASE WHEN f.first_failure_at < $3::timestamptz THEN 1 ELSE f.failures + 1 END,
       first_failure_at = CASE WHEN f.first_failure_at < $3::timestamptz THEN $2::timestamptz ELSE f.first_failure_at END
     RETURNING failures >= $4 AS locked`,
    [key, at, windowStart, rule.maxFailures],
  );
  if (!row?.locked) return { locked: false };
  await db.query('UPDATE sign_in_failures SET locked_until = $2::timestamptz, failures = 0, first_failure_at = $3::timestamptz WHERE email_hash = $1', [key, lockEnd, at]);
  return { locked: true };
}

export async function clearFailures(db: Queryable, key: string): Promise<void> {
  await db.query('DELETE FROM sign_in_failures WHERE email_hash = $1', [key]);
}

/** Forgets counts and locks that ended before `before` (the daily job). */
export async function deleteOldFailures(db: Queryable, before: Date): Promise<void> {
  await db.query('DELETE FROM sign_in_failures WHERE first_failure_at < $1::timestamptz AND (locked_until IS NULL OR locked_until < $1::timestamptz)', [before.toISOString()]);
}
