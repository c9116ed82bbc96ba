import type { Context, MiddlewareHandler } from 'hono';
import type { Staff, StaffEnv } from '../context.ts';
import { can, type Permission } from '../roles.ts';
import { findSession, touchSession } from '../../store/sessions.ts';
import { forbiddenPage, outOfDatePage } from '../pages/problems.ts';
import { readCookie, SESSION } from './cookies.ts';
import { sessionState } from './session-rules.ts';
import { sameSecret, TOKEN, tokenHash } from './tokens.ts';

// The checks in front of every staff page, in order: the request comes from the inbox's own pages
// (sameOrigin), it carries a live session (loadSession, requireViewer), the role may open it
// (requirePermission), and a form carries its session's token (checkCsrf).

type C = Context<StaffEnv>;

/** inbox.js marks its background requests, which must not keep an idle session alive. */
export const BACKGROUND_HEADER = 'X-Inbox-Background';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The origin the inbox's own pages have: the public address if set, else this request's. */
export function ownOrigin(c: C, staff: Staff): string {
  if (staff.publicOrigin) return staff.publicOrigin;
  const url = new URL(c.req.url);
  return staff.tlsByProxy ? `https://${url.host}` : url.origin;
}

/**
 * A form sent from another site, or from a page that hid where it came from, is refused before
 * anything else. Browsers send Origin with every POST; the staff pages' Referrer-Policy
 * (same-origin) keeps it from being "null" on the inbox's own forms.
 */
export function sameOrigin(staff: Staff): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    if (!UNSAFE.has(c.req.method)) return next();
    const site = c.req.header('Sec-Fetch-Site');
    if (c.req.header('Origin') !== ownOrigin(c, staff) || (site !== undefined && site !== 'same-origin')) {
      return c.html(outOfDatePage(undefined).text, 403);
    }
    return next();
  };
}

export function loadSession(staff: Staff): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    c.set('background', c.req.header(BACKGROUND_HEADER) === '1');
    const token = readCookie(c, staff, SESSION);
    if (token && TOKEN.test(token)) {
      const id = tokenHash(token);
      const session = await findSession(staff.db, id);
      const state = session ? sessionState(session, staff.now()) : 'ended';
      if (session && state === 'active') {
        c.set('viewer', { id: session.user.id, name: session.user.name, email: session.user.email, role: session.user.role, csrfToken: session.csrfToken });
        c.set('sessionId', id);
        if (!c.get('background')) await touchSession(staff.db, id, new Date(staff.now()));
      } else {
        c.set('ended', state === 'expired' ? 'expired' : 'ended');
      }
    }
    return next();
  };
}

/** Only the path, and only the inbox's own: where to go back to after signing in. */
export function safeNext(value: string | undefined): string | undefined {
  return value && /^\/inbox(\/[A-Za-z0-9/_-]*)?(\?[A-Za-z0-9=&%+._-]*)?$/.test(value) && !value.startsWith('/inbox/sign-') ? value : undefined;
}

/** A signed-out browser gets the sign-in page and nothing else; a background request gets 401. */
export const requireViewer: MiddlewareHandler<StaffEnv> = async (c, next) => {
  if (c.get('viewer')) return next();
  if (c.get('background')) return c.body(null, 401);
  const url = new URL(c.req.url);
  const back = c.req.method === 'GET' ? safeNext(url.pathname + url.search) : undefined;
  return c.redirect(back && back !== '/inbox' ? `/inbox/sign-in?next=${encodeURIComponent(back)}` : '/inbox/sign-in', 303);
};

export function requirePermission(permission: Permission): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    const viewer = c.get('viewer')!;
    if (can(viewer.role, permission)) return next();
    return c.html(forbiddenPage(viewer).text, 403);
  };
}

/** The form must carry this session's token (a synchronizer token), compared in constant time. */
export const checkCsrf: MiddlewareHandler<StaffEnv> = async (c, next) => {
  if (!UNSAFE.has(c.req.method)) return next();
  const viewer = c.get('viewer')!;
  const body = await c.req.parseBody({ all: true });
  const given = body.csrf;
  if (typeof given !== 'string' || !sameSecret(given, viewer.csrfToken)) return c.html(outOfDatePage(viewer).text, 403);
  return next();
};
