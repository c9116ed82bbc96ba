import { randomBytes } from 'node:crypto';
import type { Queryable } from './db.ts';

/**
 * A random secret every inbox process shares, made by whichever asks first. Kept in the database
 * because the processes share nothing else.
 */
export async function sharedSecret(db: Queryable, name: string): Promise<Buffer> {
  await db.query('INSERT INTO staff_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [name, randomBytes(32).toString('base64url')]);
  const [row] = await db.query<{ value: string }>('SELECT value FROM staff_secrets WHERE name = $1', [name]);
  return Buffer.from(row!.value, 'base64url');
}
