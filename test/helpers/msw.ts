import { setupWorker } from 'msw/browser';

/** One msw worker per test page. Tests add handlers with `worker.use(...)`; they reset after each test. */
export const worker = setupWorker();

let started: Promise<unknown> | undefined;

export function startWorker(): Promise<unknown> {
  // 'bypass': the test runner's own module requests pass straight through.
  started ??= worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  return started;
}
