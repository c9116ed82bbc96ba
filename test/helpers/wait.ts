import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/**
 * How long a test waits for something to happen on the page before failing with its message.
 * open-wc's own default is 1 s, which one module import or one mocked request can take on a busy
 * CI machine; this is a bound on a hang, not a speed check (speed lives in `npm run bench`), and
 * stays under the per-test timeout (web-test-runner.config.js) so a failure names what never came.
 */
export const WAIT_TIMEOUT = 10_000;

/** open-wc's waitUntil, with WAIT_TIMEOUT as its default. Import this one (lint says so). */
export function waitUntil(predicate: () => unknown, message?: string, options: { interval?: number; timeout?: number } = {}): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: WAIT_TIMEOUT, ...options });
}
