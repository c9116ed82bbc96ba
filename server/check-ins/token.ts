import { createHash, randomBytes } from 'node:crypto';

// A check-in link's token: 256 random bits, base64url (43 characters). Unguessable, and it says
// nothing about the person or the referral. Only its SHA-256 is stored, so the database, a backup
// or an export never holds a working link.

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a token, or undefined for something that cannot be one (checked before any query). */
export function tokenHash(token: string): string | undefined {
  return TOKEN.test(token) ? createHash('sha256').update(token).digest('hex') : undefined;
}
