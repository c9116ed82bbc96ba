import { Hono, type MiddlewareHandler } from 'hono';
import type { Db } from '../store/db.ts';
import { limitBody } from '../http/guards.ts';
import { rateLimiter, type RateLimiter } from '../http/rate-limit.ts';
import { sharedSecret } from '../store/secrets.ts';
import { checkCsrf, loadSession, requirePermission, requireViewer, sameOrigin } from './auth/guards.ts';
import type { Staff, StaffEnv } from './context.ts';
import { notFoundPage } from './pages/problems.ts';
import { assetRoutes } from './routes/assets.ts';
import { auditRoutes } from './routes/audit.ts';
import { checkInRoutes } from './routes/check-ins.ts';
import { directoryRoutes, UPLOAD_PATH, uploadBodyLimit } from './routes/directory.ts';
import { bookletRoutes } from './routes/booklet.ts';
import { listingReportRoutes } from './routes/listing-reports.ts';
import { reportRoutes } from '../report/routes.ts';
import type { CheckInConfig } from '../config.ts';
import { referralRoutes } from './routes/referrals.ts';
import { sessionRoutes } from './routes/session.ts';
import { signInRoutes } from './routes/sign-in.ts';
import { userRoutes } from './routes/users.ts';
import type { Permission } from './roles.ts';

export interface StaffOptions {
  db: Db;
  now: () => number;
  /** Reached over HTTPS (TLS here or at a proxy): cookies are Secure. */
  secure: boolean;
  tlsByProxy: boolean;
  publicOrigin?: string;
  retentionDays: number;
  serviceName?: string;
  bodyLimitBytes: number;
  /** Sign-in attempts one client may make a minute. */
  signInPerMinute?: number;
  signInLimiter?: RateLimiter;
  checkIns?: CheckInConfig | undefined;
}

/**
 * The staff screen's policy: its own pages, its own script and styles, nothing inline, no eval,
 * and the one Trusted Types policy inbox.js uses to redraw the list from the inbox's own HTML.
 */
export const STAFF_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types waymark-inbox',
].join('; ');

function securityHeaders(secure: boolean): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('Content-Security-Policy', STAFF_CSP);
    // Forms send their Origin (no-referrer would make it "null"); nothing leaves for other sites.
    h.set('Referrer-Policy', 'same-origin');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
    h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    if (secure) h.set('Strict-Transport-Security', 'max-age=31536000');
  };
}

/** Forms are small; a directory spreadsheet may be larger, and has a limit of its own. */
function bodyLimits(formLimitBytes: number): MiddlewareHandler {
  const forms = limitBody(formLimitBytes);
  const upload = uploadBodyLimit();
  return (c, next) => (c.req.path === UPLOAD_PATH ? upload(c, next) : forms(c, next));
}

const only = (permission: Permission, routes: Hono<StaffEnv>) => new Hono<StaffEnv>().use(requirePermission(permission)).route('/', routes);

/**
 * `/inbox`, for staff only. A request passes, in order: security headers; the same-origin check
 * for any form; the session; then, except for sign-in, a live session and the form's CSRF token;
 * then the role's permission. Each section is its own route module (issues 19 and 20 add theirs
 * here, and their entry in pages/layout.ts).
 */
export function staffRoutes(options: StaffOptions) {
  let secret: Promise<Buffer> | undefined;
  const staff: Staff = {
    db: options.db,
    now: options.now,
    secure: options.secure,
    tlsByProxy: options.tlsByProxy,
    publicOrigin: options.publicOrigin,
    retentionDays: options.retentionDays,
    serviceName: options.serviceName,
    bodyLimitBytes: options.bodyLimitBytes,
    checkIns: options.checkIns,
    signInLimiter: options.signInLimiter ?? rateLimiter(options.signInPerMinute ?? 10, options.now),
    secret: () => (secret ??= sharedSecret(options.db, 'staff').catch((error: unknown) => {
      secret = undefined;
      throw error;
    })),
  };
  return new Hono<StaffEnv>()
    .use(securityHeaders(options.secure))
    .route('/assets', assetRoutes())
    .use(bodyLimits(options.bodyLimitBytes), sameOrigin(staff), loadSession(staff))
    .route('/', signInRoutes(staff))
    .use(requireViewer, checkCsrf)
    .route('/', sessionRoutes(staff))
    .route('/check-ins', only('check-ins', checkInRoutes(staff)))
    .route('/listing-reports', only('listing-reports', listingReportRoutes(staff)))
    // /report and /report.csv: the permission is checked route by route (a guard on '/' would guard every page).
    .route('/', reportRoutes(staff))
    .route('/directory/booklet', only('directory', bookletRoutes(staff)))
    .route('/directory', only('directory', directoryRoutes(staff)))
    .route('/audit', only('audit', auditRoutes(staff)))
    .route('/users', only('users', userRoutes(staff)))
    .route('/', only('referrals', referralRoutes(staff)))
    .all('*', (c) => c.html(notFoundPage(c.get('viewer')).text, 404));
}
