import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// Random tokens and the comparisons that must not leak by timing.

export const newToken = () => randomBytes(32).toString('base64url');
export const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** What the database keeps of a session token: its SHA-256, so a copy of the table signs nobody in. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const mac = (key: Buffer, label: string, value: string) => createHmac('sha256', key).update(`${label}\n${value}`).digest('base64url');

/** A token for the sign-in form: a nonce and its MAC under the shared key. */
export function signedToken(key: Buffer): string {
  const nonce = randomBytes(18).toString('base64url');
  return `${nonce}.${mac(key, 'sign-in', nonce)}`;
}

/** The form's token equals the cookie's, and the inbox made it. */
export function validSignedToken(key: Buffer, fromForm: string | undefined, fromCookie: string | undefined): boolean {
  if (!fromForm || !fromCookie || !sameSecret(fromForm, fromCookie)) return false;
  const [nonce, sig] = fromForm.split('.');
  return Boolean(nonce && sig) && sameSecret(sig!, mac(key, 'sign-in', nonce!));
}

/** How lock-outs know an email address: a keyed hash of it, never the address. */
export const emailKey = (key: Buffer, normalisedEmail: string) => mac(key, 'email', normalisedEmail);
