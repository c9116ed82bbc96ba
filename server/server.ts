import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { createApp, type AppOptions } from './app.ts';
import { isLoopback, type InboxConfig } from './config.ts';
import { writeAdminToken } from './store/data-dir.ts';
import { openStore } from './store/open.ts';
import type { Logger } from './log.ts';
import type { Db } from './store/db.ts';
import { startRetentionJob } from './staff/retention.ts';
import { startCheckInJob } from './check-ins/job.ts';
import { smtpNotifier } from './check-ins/smtp.ts';
import { notifyNotifiers } from './check-ins/notify.ts';

export interface RunningInbox {
  url: string;
  store: 'pglite' | 'postgres';
  /** The open store, for in-process tools (the bench measures its size). */
  db: Db;
  close(): Promise<void>;
}

/** What tests may change: the clock, the sign-in limit, and how soon and how often check-ins are sent. */
export type InboxTesting = Pick<AppOptions, 'now' | 'signInLimiter'> & { checkInFirstRunMs?: number; checkInEveryMs?: number };

/** Sends due check-in links by email on a timer, when the settings allow; else says once why not. */
export function checkInSender(db: Db, config: InboxConfig, log: Logger, testing: InboxTesting): { stop(): Promise<void> } {
  const c = config.checkIns;
  if (!c?.smtp && !c?.notify) {
    log({ job: 'check-ins', off: true, why: c ? 'neither INBOX_SMTP_URL nor INBOX_NOTIFY_API_KEY is set: staff copy each check-in message from the Check-ins page' : 'INBOX_CHECK_IN_URL is not set: no check-in links are made' });
    return { stop: async () => {} };
  }
  const mailer = c.smtp ? smtpNotifier(c.smtp) : undefined;
  // Notify first: a service that set it up chose it (and it sends texts, which SMTP cannot).
  const notifiers = [...(c.notify ? notifyNotifiers(c.notify) : []), ...(mailer ? [mailer] : [])];
  const job = startCheckInJob(db, {
    notifiers,
    settings: { checkInUrl: c.url, serviceName: c.serviceName, ...(c.servicePhone ? { servicePhone: c.servicePhone } : {}) },
    log,
    ...(testing.now ? { now: testing.now } : {}),
    ...(testing.checkInFirstRunMs !== undefined ? { firstRunMs: testing.checkInFirstRunMs } : {}),
    everyMs: testing.checkInEveryMs ?? c.everyMinutes * 60_000,
  });
  log({ job: 'check-ins', off: false, everyMinutes: c.everyMinutes });
  return {
    stop: async () => {
      await job.stop();
      mailer?.close();
    },
  };
}

/**
 * Opens the store, then listens. `close()` stops taking requests, then closes the store. Tests
 * may give a clock (`now`), to age sessions, and a sign-in rate limit of their own.
 */
export async function startInbox(config: InboxConfig, log: Logger, testing: InboxTesting = {}): Promise<RunningInbox> {
  const store = await openStore(config);
  const adminToken = store.db.kind === 'pglite' ? writeAdminToken(config.dataDir) : undefined;
  const app = createApp({ db: store.db, config: { ...config, loopback: isLoopback(config.host) }, log, adminToken, ...(testing.now ? { now: testing.now } : {}), ...(testing.signInLimiter ? { signInLimiter: testing.signInLimiter } : {}) });
  const server = createAdaptorServer({
    fetch: app.fetch,
    ...(config.tls
      ? { createServer: createHttpsServer, serverOptions: { cert: readFileSync(config.tls.cert), key: readFileSync(config.tls.key) } }
      : {}),
  });
  // A slow client may not hold a connection (and a request slot) open for ever.
  Object.assign(server, { requestTimeout: 30_000, headersTimeout: 15_000, keepAliveTimeout: 5_000 });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  // The daily removal of personal data past the service's retention period.
  const retention = startRetentionJob(store.db, { retentionDays: config.retentionDays, log, ...(testing.now ? { now: testing.now } : {}) });
  const checkIns = checkInSender(store.db, config, log, testing);
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `${config.tls ? 'https' : 'http'}://${host}:${port}`;
  store.setUrl(url);
  let closing: Promise<void> | undefined;
  return {
    url,
    store: store.db.kind,
    db: store.db,
    close: () =>
      (closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
        });
        await retention.stop();
        await checkIns.stop();
        await store.close();
      })()),
  };
}
