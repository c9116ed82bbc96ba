import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Staff, StaffEnv } from '../context.ts';

// The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends
// it), Secure with the __Host- prefix whenever the inbox is reached over HTTPS (on loopback in
// development it cannot be). No Max-Age: it goes when the browser closes, and the session itself
// ends after 15 minutes idle whatever the browser keeps.

type C = Context<StaffEnv>;

const name = (staff: Staff, base: string) => (staff.secure ? `__Host-${base}` : base);
const options = (staff: Staff) => ({ httpOnly: true, sameSite: 'Strict' as const, secure: staff.secure, path: '/' });

export const SESSION = 'waymark-session';
/** The sign-in form's token (a signed double-submit: the form has no session yet). */
export const SIGN_IN = 'waymark-sign-in';

export const readCookie = (c: C, staff: Staff, base: string) => getCookie(c, name(staff, base));

export function writeCookie(c: C, staff: Staff, base: string, value: string, maxAgeSeconds?: number): void {
  setCookie(c, name(staff, base), value, { ...options(staff), ...(maxAgeSeconds ? { maxAge: maxAgeSeconds } : {}) });
}

export function clearCookie(c: C, staff: Staff, base: string): void {
  deleteCookie(c, name(staff, base), options(staff));
}
