import type { Db } from '../store/db.ts';
import type { Logger } from '../log.ts';
import { issueDueCheckIns, type IssueSettings } from './issue.ts';
import type { Notifier } from './notifier.ts';

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
export function startCheckInJob(db: Db, { notifiers, settings, log, now = Date.now, firstRunMs = 5_000, everyMs }: CheckInJobOptions): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  let stopped = false;
  const run = () => {
    // A slow SMTP server may make one run outlast the interval: never two at once in one process.
    if (running || stopped) return;
    running = issueDueCheckIns(db, new Date(now()), notifiers, settings, { copy: false })
      .then(
        // Counts only: never an address or a reference.
        (issued) => (issued.length ? log({ job: 'check-ins', sent: issued.length }) : undefined),
        (error: Error) => log({ job: 'check-ins', error: error.name }),
      )
      .finally(() => (running = undefined));
  };
  let interval: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    run();
    interval = setInterval(run, everyMs);
    interval.unref();
  }, firstRunMs);
  first.unref();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(interval);
      await running;
    },
  };
}
