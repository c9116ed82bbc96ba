/// <reference types="node" />
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InboxConfig } from '../../server/config.ts';
import { rateLimiter } from '../../server/http/rate-limit.ts';
import { silentLogger } from '../../server/log.ts';
import { startInbox, type InboxTesting, type RunningInbox } from '../../server/server.ts';
import { addUser } from '../../server/staff/accounts.ts';
import type { Role } from '../../server/staff/roles.ts';

// The journeys that reach inside the inbox (its clock, its store) run it in the test's own
// process: a real HTTP server on PGlite, in a folder of its own that `close()` removes.

export const SERVICE_NAME = 'Ashby Vale Social Prescribing';

export interface TestInbox extends RunningInbox {
  /** The inbox's own folder: a test may keep files there too, and they go with it. */
  dataDir: string;
}

/** An inbox on a new PGlite folder, with no sign-in limit to trip over; `config` changes the rest. */
export async function startTestInbox(name: string, config: Partial<InboxConfig> = {}, testing: InboxTesting = {}): Promise<TestInbox> {
  const dataDir = mkdtempSync(join(tmpdir(), `waymark-${name}-e2e-`));
  const remove = () => rmSync(dataDir, { recursive: true, force: true });
  const settings: InboxConfig = {
    host: '127.0.0.1', port: 0, databaseUrl: undefined, dataDir, corsOrigins: [], referencePrefix: 'WM', bodyLimitBytes: 262_144,
    ratePerMinute: 100_000, tls: undefined, tlsByProxy: false, retentionDays: 30, publicOrigin: undefined, serviceName: SERVICE_NAME,
    checkIns: undefined, ...config,
  };
  let inbox: RunningInbox;
  try {
    inbox = await startInbox(settings, silentLogger, { signInLimiter: rateLimiter(100_000), ...testing });
  } catch (error) {
    remove();
    throw error;
  }
  return {
    url: inbox.url,
    store: inbox.store,
    db: inbox.db,
    dataDir,
    close: async () => {
      try {
        await inbox.close();
      } finally {
        remove();
      }
    },
  };
}

export interface StaffAccount {
  id: string;
  email: string;
  password: string;
}

/** Adds a staff account and gives back its one-time password, or fails the hook that asked. */
export async function addStaff(inbox: RunningInbox, who: { email: string; name: string; role: Role }, at = new Date()): Promise<StaffAccount> {
  const added = await addUser(inbox.db, who, { at });
  if (!added.ok) throw new Error(JSON.stringify(added.errors));
  return { id: added.user.id, email: added.user.email, password: added.password };
}
