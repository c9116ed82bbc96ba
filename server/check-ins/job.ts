import type { Db } from '../store/db.ts';
import type { Logger } from '../log.ts';
import { issueDueCheckIns, type IssueSettings } from './issue.ts';
import type { Notifier } from './notifier.ts';
import { every, type JobTimer } from '../jobs/every.ts';

// The timer that sends check-in links: soon after the inbox starts, then every few minutes. Which
// links go, and that each goes once, is the database's business (issue.ts claims each one), so
// several inbox processes may run this against one PostgreSQL.

export interface CheckInJobOptions {
  notifiers: Notifier[];
  settings: IssueSettings;
  log: Logger;
  now?: () => number;
  firstRunMs?: number;
  everyMs: number;
}

/** Starts the timer. `stop()` waits for a run in progress (a send half done) before the store closes. */
export function startCheckInJob(db: Db, { notifiers, settings, log, now = Date.now, firstRunMs = 5_000, everyMs }: CheckInJobOptions): JobTimer {
  // A slow SMTP server may make one run outlast the interval. Counts only: never an address or a reference.
  return every('check-ins', { firstRunMs, everyMs }, () => issueDueCheckIns(db, new Date(now()), notifiers, settings, { copy: false }), log, (issued) =>
    issued.length ? { sent: issued.length } : undefined,
  );
}
