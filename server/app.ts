import { Hono } from 'hono';
import type { InboxConfig } from './config.ts';
import type { AppEnv } from './app-env.ts';
import { accepts, cors, limitBody, rateLimit } from './http/guards.ts';
import { problem } from './http/problem.ts';
import { rateLimiter } from './http/rate-limit.ts';
import { newReference } from './intake/reference.ts';
import { requestLog, type Logger } from './log.ts';
import { adminRoutes } from './routes/admin.ts';
import { FHIR_TYPES, fhirRoutes } from './routes/fhir.ts';
import { checkInRoutes } from './routes/check-ins.ts';
import { directoryRoutes } from './routes/directory.ts';
import { healthRoutes } from './routes/health.ts';
import { listingReportRoutes } from './routes/listing-reports.ts';
import { REFERRAL_TYPES, referralRoutes } from './routes/referrals.ts';
import { staffRoutes } from './staff/app.ts';
import type { RateLimiter } from './http/rate-limit.ts';
import type { Db } from './store/db.ts';

export interface AppOptions {
  db: Db;
  config: Pick<InboxConfig, 'corsOrigins' | 'referencePrefix' | 'bodyLimitBytes' | 'ratePerMinute' | 'tlsByProxy' | 'retentionDays' | 'publicOrigin' | 'serviceName'> & Partial<Pick<InboxConfig, 'checkIns'>> & {
    /** Served over HTTPS (here or at a proxy): staff cookies are Secure. */
    tls?: unknown;
    /** Listens on loopback only: demo accounts may be made. */
    loopback?: boolean;
  };
  log: Logger;
  /** Set on PGlite: lets local commands reach the store through this process. */
  adminToken?: string;
  /** Tests pass one that collides, to check collisions draw again. */
  newReference?: () => string;
  now?: () => number;
  /** Tests sign in more often than a person could. */
  signInLimiter?: RateLimiter;
}

/**
 * The inbox as a Hono app: plain Request → Response, so tests call `app.request()` without a
 * socket, and `server.ts` puts it on one. Each route group is its own module; the staff screen,
 * check-ins and the directory (issues 18–20) mount beside these.
 */
export function createApp({ db, config, log, adminToken, newReference: makeReference, now = Date.now, signInLimiter }: AppOptions) {
  const intake = { db, newReference: makeReference ?? (() => newReference(config.referencePrefix)) };
  const limiter = rateLimiter(config.ratePerMinute, now);
  const intakeGuards = (types: readonly string[]) =>
    [rateLimit(limiter, config.tlsByProxy), accepts(types), limitBody(config.bodyLimitBytes)] as const;

  const app = new Hono<AppEnv>();
  app.use(requestLog(log));
  app.use(async (c, next) => {
    await next();
    // Replies hold personal data or references to it: never cached, never sniffed, never framed.
    c.res.headers.set('Cache-Control', c.res.headers.get('Cache-Control') ?? 'no-store');
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('X-Frame-Options', 'DENY');
    c.res.headers.set('Referrer-Policy', c.res.headers.get('Referrer-Policy') ?? 'no-referrer');
    c.res.headers.set('Content-Security-Policy', c.res.headers.get('Content-Security-Policy') ?? "default-src 'none'; frame-ancestors 'none'");
  });
  app.use('/referrals', cors(config.corsOrigins));
  app.use('/fhir', cors(config.corsOrigins));
  app.use('/check-ins/*', cors(config.corsOrigins));
  app.use('/directory.json', cors(config.corsOrigins));
  app.use('/listing-reports', cors(config.corsOrigins));
  app.post('/check-ins/*', ...intakeGuards(['application/json']));
  app.post('/referrals', ...intakeGuards(REFERRAL_TYPES));
  app.post('/fhir', ...intakeGuards(FHIR_TYPES));
  app.post('/listing-reports', ...intakeGuards(['application/json']));
  app.route('/healthz', healthRoutes(db));
  app.route('/referrals', referralRoutes(intake));
  app.route('/fhir', fhirRoutes(intake));
  app.route('/check-ins', checkInRoutes(db, now));
  app.route('/directory.json', directoryRoutes(db));
  app.route('/listing-reports', listingReportRoutes(db, now));
  if (adminToken) app.route('/admin', adminRoutes(db, adminToken, now, { loopback: config.loopback ?? true }));
  app.route(
    '/inbox',
    staffRoutes({
      db,
      now,
      secure: Boolean(config.tls) || config.tlsByProxy,
      tlsByProxy: config.tlsByProxy,
      publicOrigin: config.publicOrigin,
      retentionDays: config.retentionDays,
      serviceName: config.serviceName,
      bodyLimitBytes: config.bodyLimitBytes,
      signInLimiter,
      checkIns: config.checkIns,
    }),
  );

  app.notFound((c) => problem(c, { status: 404, type: 'not-found', title: 'Not found' }));
  app.onError((error, c) => {
    // The message may quote the input; the log keeps only that it happened.
    log({ error: error.name, path: new URL(c.req.url).pathname });
    return problem(c, { status: 500, type: 'server-error', title: 'Something went wrong on our side: please try again' });
  });
  return app;
}

export type InboxApp = ReturnType<typeof createApp>;
