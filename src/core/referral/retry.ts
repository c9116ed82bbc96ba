/**
 * When to try again after an attempt failed. Full jitter (a random wait between 0 and the capped
 * exponential backoff) spreads out many browsers retrying a server that has just come back.
 */
export interface RetryPolicy {
  /** The backoff before the first retry, before jitter. */
  baseMs: number;
  /** The longest backoff between two attempts. */
  capMs: number;
  /** A `Retry-After` longer than this hands control back to the person instead of waiting. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 1000, capMs: 8000, maxRetryAfterMs: 30000 };

/** Full-jitter backoff before retry number `retry` (1 for the first retry). */
export function backoffMs(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * `Retry-After` in milliseconds from now: either delay-seconds ("120") or an HTTP date
 * ("Wed, 21 Oct 2026 07:28:00 GMT"). `undefined` when absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (/^[0-9]+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date always has a day or month name; this keeps "-5" from parsing as a year.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const when = Date.parse(trimmed);
  return Number.isNaN(when) ? undefined : Math.max(0, when - now);
}
