import { Hono, type Context } from 'hono';
import { z } from '../../../src/core/model/zod.ts';
import { clientOf } from '../../http/client.ts';
import { appendAudit } from '../../store/audit.ts';
import { createSession, endSession } from '../../store/sessions.ts';
import { clearFailures, lockedUntil, recordFailure, type LockOutRule } from '../../store/sign-in-failures.ts';
import { findUserForSignIn, normaliseEmail, recordSignIn } from '../../store/staff-users.ts';
import { clearCookie, readCookie, SESSION, SIGN_IN, writeCookie } from '../auth/cookies.ts';
import { checkCsrf, requireViewer, safeNext } from '../auth/guards.ts';
import { dummyHash, verifyPassword } from '../auth/passwords.ts';
import { emailKey, newToken, signedToken, tokenHash, validSignedToken } from '../auth/tokens.ts';
import type { Staff, StaffEnv } from '../context.ts';
import type { FieldError } from '../pages/form.ts';
import { outOfDatePage, tooManyPage } from '../pages/problems.ts';
import { signInPage, type SignInNotice } from '../pages/sign-in.ts';

/** Five wrong passwords for one email address within 15 minutes lock it for 15 minutes. */
export const LOCK_OUT: LockOutRule = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

const SignInBody = z.object({
  email: z._default(z.string().check(z.maxLength(320)), ''),
  password: z._default(z.string().check(z.maxLength(1024)), ''),
  token: z._default(z.string().check(z.maxLength(200)), ''),
  next: z.optional(z.string().check(z.maxLength(500))),
});

const WRONG: FieldError[] = [{ field: 'email', message: 'The email address or password is wrong. Check them and try again.' }];
const LOCKED: FieldError[] = [
  { field: 'email', message: 'You have tried to sign in too many times. Wait 15 minutes, then try again, or ask a manager to unlock your account.' },
];

type C = Context<StaffEnv>;

/** `/inbox/sign-in` and `/inbox/sign-out`: the one page a signed-out browser may see, and the way out. */
export function signInRoutes(staff: Staff) {
  async function form(c: C, status: 200 | 401 | 422 | 429, fields: { email?: string; next?: string; errors?: FieldError[]; notice?: SignInNotice }) {
    const token = signedToken(await staff.secret());
    writeCookie(c, staff, SIGN_IN, token, 3600);
    return c.html(signInPage({ token, ...fields }).text, status);
  }

  return new Hono<StaffEnv>()
    .get('/sign-in', async (c) => {
      if (c.get('viewer')) return c.redirect('/inbox', 303);
      // A browser whose session ran out is told so, once; its stale cookie goes.
      const ended = c.get('ended');
      if (ended) clearCookie(c, staff, SESSION);
      const notice: SignInNotice = ended === 'expired' ? 'expired' : c.req.query('done') === 'signed-out' ? 'signed-out' : undefined;
      return form(c, 200, { next: safeNext(c.req.query('next')), notice });
    })
    .post('/sign-in', async (c) => {
      const taken = staff.signInLimiter.take(clientOf(c, staff.tlsByProxy));
      if (!taken.ok) return c.html(tooManyPage(taken.retryAfterSeconds).text, 429, { 'Retry-After': String(taken.retryAfterSeconds) });
      const parsed = SignInBody.safeParse(await c.req.parseBody());
      const secret = await staff.secret();
      if (!parsed.success || !validSignedToken(secret, parsed.data.token, readCookie(c, staff, SIGN_IN))) return c.html(outOfDatePage(undefined).text, 403);
      const { email, password } = parsed.data;
      const next = safeNext(parsed.data.next);
      const errors: FieldError[] = [];
      if (!email.trim()) errors.push({ field: 'email', message: 'Enter your email address' });
      if (!password) errors.push({ field: 'password', message: 'Enter your password' });
      if (errors.length) return form(c, 422, { email, next, errors });

      // Every branch below does the same work (one scrypt, the same queries), known email or not,
      // so neither the reply nor its timing says whether an account exists.
      const now = new Date(staff.now());
      const key = emailKey(secret, normaliseEmail(email));
      const locked = await lockedUntil(staff.db, key, now);
      const user = await findUserForSignIn(staff.db, email);
      const matches = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
      if (locked) return form(c, 429, { email, next, errors: LOCKED });
      if (!user || !matches || user.disabledAt) {
        const { locked: nowLocked } = await recordFailure(staff.db, key, now, LOCK_OUT);
        await appendAudit(staff.db, now, { action: 'sign-in-failed', subjectUserId: user?.id, detail: { locked: nowLocked } });
        return form(c, nowLocked ? 429 : 401, { email, next, errors: nowLocked ? LOCKED : WRONG });
      }

      const token = newToken();
      await staff.db.transaction(async (tx) => {
        // A new session each time (no fixation); one already open in this browser ends.
        const old = readCookie(c, staff, SESSION);
        if (old) await endSession(tx, tokenHash(old), now);
        await createSession(tx, { id: tokenHash(token), userId: user.id, csrfToken: newToken(), at: now });
        await clearFailures(tx, key);
        await recordSignIn(tx, user.id, now);
        await appendAudit(tx, now, { actorId: user.id, action: 'signed-in' });
      });
      writeCookie(c, staff, SESSION, token);
      clearCookie(c, staff, SIGN_IN);
      return c.redirect(next ?? '/inbox', 303);
    })
    .post('/sign-out', requireViewer, checkCsrf, async (c) => {
      const now = new Date(staff.now());
      await staff.db.transaction(async (tx) => {
        await endSession(tx, c.get('sessionId')!, now);
        await appendAudit(tx, now, { actorId: c.get('viewer')!.id, action: 'signed-out' });
      });
      clearCookie(c, staff, SESSION);
      // Nothing of the session stays in this browser's cache or storage (a shared computer).
      c.header('Clear-Site-Data', '"cache", "storage"');
      return c.redirect('/inbox/sign-in?done=signed-out', 303);
    });
}
