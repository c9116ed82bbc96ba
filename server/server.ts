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

export interface RunningInbox {
  url: string;
  store: 'pglite' | 'postgres';
  /** The open store, for in-process tools (the bench measures its size). */
  db: Db;
  close(): Promise<void>;
}

/**
 * Opens the store, then listens. `close()` stops taking requests, then closes the store. Tests
 * may give a clock (`now`), to age sessions, and a sign-in rate limit of their own.
 */
export async function startInbox(config: InboxConfig, log: Logger, testing: Pick<AppOptions, 'now' | 'signInLimiter'> = {}): Promise<RunningInbox> {
  const store = await openStore(config);
  const adminToken = store.db.kind === 'pglite' ? writeAdminToken(config.dataDir) : undefined;
  const app = createApp({ db: store.db, config: { ...config, loopback: isLoopback(config.host) }, log, adminToken, ...testing });
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
        await store.close();
      })()),
  };
}
