import type { Logger } from '../log.ts';

// The inbox's background jobs (retention, check-in links) share one timer shape: a first run soon
// after start, then one every interval, never two at once in one process, and a stop that waits
// for a run in progress (a send or a redaction half done) before the store closes.

export interface JobTimer {
  stop(): Promise<void>;
}

export interface JobSchedule {
  firstRunMs: number;
  everyMs: number;
}

/**
 * Runs `work` on the schedule and logs what it returns under the job's name; a failure logs only
 * the error's name (never data). A run still going when the next is due finishes alone.
 */
export function every<T>(job: string, { firstRunMs, everyMs }: JobSchedule, work: () => Promise<T>, log: Logger, describe: (result: T) => Record<string, string | number | boolean> | undefined): JobTimer {
  let running: Promise<void> | undefined;
  let stopped = false;
  const run = () => {
    if (running || stopped) return;
    running = work()
      .then(
        (result) => {
          const fields = describe(result);
          if (fields) log({ job, ...fields });
        },
        (error: Error) => log({ job, error: error.name }),
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
