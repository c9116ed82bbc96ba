// Sending one request already built, with retries: the referral's sender (submit.ts) and the
// listing report's (core/listing-report/send.ts). No FHIR mapping here, so a sender that never
// needs it never loads the code that fetches it.
import type { ReferralFormat } from '../model/config.ts';
import type { ReferralFieldError } from '../validate/referral-steps.ts';
import { attemptOnce, fitsKeepalive, mayHaveArrived, type AttemptOutcome, type FailureReason } from './attempt.ts';
import type { EncodedRequest } from './json-request.ts';
import { DEFAULT_RETRY, backoffMs, type RetryPolicy } from './retry.ts';

export interface SubmitOptions {
  endpoint: string;
  format: ReferralFormat;
  timeoutMs: number;
  maxAttempts: number;
  retry?: RetryPolicy;
  // The clock, the wait, the dice and each attempt's timeout are passed in so tests run in
  // milliseconds with the real code, and never race a busy machine.
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  timeout?: (ms: number) => AbortSignal;
  random?: () => number;
  now?: () => number;
  /** Told before each attempt (1, 2, …), so the page can say it is trying again. */
  onAttempt?: (attempt: number) => void;
  /** Stops sending at once (a kiosk starting again): no further attempt or wait. */
  signal?: AbortSignal;
}

export type SubmitFailure = {
  ok: false;
  reason: FailureReason;
  fieldErrors: ReferralFieldError[];
  attempts: number;
  status?: number;
  detail: string;
  /** True when any attempt may have reached the service: changed answers then need a new id. */
  mayHaveArrived: boolean;
  /** How long the service asked to be left alone (`Retry-After`), when it said. */
  retryAfterMs?: number;
};

export type SubmitResult = { ok: true; reference: string; attempts: number } | SubmitFailure;

export const realSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Whether it is safe to send the same request again. `json` carries an Idempotency-Key and
 * `fhir` conditional creates, so a repeat can never make a second referral. A `form` endpoint
 * has neither: after a timeout or a lost connection the first try may have arrived, so only
 * replies that say plainly it was not taken (408, 429, 503) are retried; the person decides the rest.
 */
function mayRetry(outcome: Extract<AttemptOutcome, { kind: 'retry' }>, format: ReferralFormat): boolean {
  if (format !== 'form') return true;
  return outcome.status === 408 || outcome.status === 429 || outcome.status === 503;
}

/** 408, 429 and 503 say plainly the request was not taken; anything else that failed might have been. */
function outcomeMayHaveArrived(outcome: Exclude<AttemptOutcome, { kind: 'sent' }>): boolean {
  if (outcome.kind === 'failed') return mayHaveArrived(outcome.reason);
  return !(outcome.status === 408 || outcome.status === 429 || outcome.status === 503);
}

/**
 * Sends a request already built (a referral, or a listing report as `json`) with capped, full-jitter
 * exponential backoff, honouring `Retry-After`; it ends with a reference only on an unredirected
 * 2xx that names one, otherwise with a reason, any field errors and whether it may have arrived. `id` is the document's own id: the
 * Idempotency-Key, and a `form` reply's fallback reference.
 */
export async function submitRequest(request: EncodedRequest, id: string, options: Omit<SubmitOptions, 'endpoint'>): Promise<SubmitResult> {
  const policy = options.retry ?? DEFAULT_RETRY;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const attempts = Math.max(1, options.maxAttempts);
  // keepalive lets a send finish after the tab closes. Some older Chromium builds refuse it for a
  // request that needs a CORS preflight (a network error): after one, try without it.
  let keepalive = fitsKeepalive(request.body);
  let arrived = false;

  for (let attempt = 1; ; attempt++) {
    options.onAttempt?.(attempt);
    const outcome = await attemptOnce(request, {
      format: options.format,
      id,
      timeoutMs: options.timeoutMs,
      timeout: options.timeout,
      now,
      keepalive,
      signal: options.signal,
    });
    if (outcome.kind === 'sent') return { ok: true, reference: outcome.reference, attempts: attempt };
    arrived ||= outcomeMayHaveArrived(outcome);
    const fail = (detail = outcome.detail, retryAfterMs?: number): SubmitFailure => ({
      ok: false,
      reason: outcome.reason,
      fieldErrors: outcome.kind === 'failed' ? outcome.fieldErrors : [],
      attempts: attempt,
      status: outcome.status,
      detail,
      mayHaveArrived: arrived,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
    if (outcome.kind === 'failed') return fail();
    if (outcome.reason === 'offline') keepalive = false;
    if (options.signal?.aborted) return fail('sending was stopped');
    if (attempt >= attempts || !mayRetry(outcome, options.format)) return fail(outcome.detail, outcome.retryAfterMs);
    // A server asking for a long pause gets it: the person is told how long, and "Try again" waits it out.
    if (outcome.retryAfterMs !== undefined && outcome.retryAfterMs > policy.maxRetryAfterMs) {
      return fail(`${outcome.detail}; it asked to wait ${Math.ceil(outcome.retryAfterMs / 1000)} s`, outcome.retryAfterMs);
    }
    await sleep(Math.max(outcome.retryAfterMs ?? 0, backoffMs(attempt, policy, random)), options.signal);
    if (options.signal?.aborted) return fail('sending was stopped');
  }
}
