import type { ReferralFormat } from '../model/config.ts';
import type { Referral } from '../model/referral.ts';
import type { ReferralFieldError } from '../validate/referral-steps.ts';
import { attemptOnce, type AttemptOutcome, type FailureReason } from './attempt.ts';
import { encodeRequest } from './request.ts';
import { DEFAULT_RETRY, backoffMs, type RetryPolicy } from './retry.ts';

export interface SubmitOptions {
  endpoint: string;
  format: ReferralFormat;
  timeoutMs: number;
  maxAttempts: number;
  retry?: RetryPolicy;
  // The clock, the wait and the dice are passed in so tests run in milliseconds with the real code.
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  /** Told before each attempt (1, 2, …), so the page can say it is trying again. */
  onAttempt?: (attempt: number) => void;
}

export type SubmitResult =
  | { ok: true; reference: string; attempts: number }
  | { ok: false; reason: FailureReason; fieldErrors: ReferralFieldError[]; attempts: number; status?: number; detail: string };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

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

/**
 * Sends a referral: one request, built once, tried up to `maxAttempts` times with capped,
 * full-jitter exponential backoff, honouring `Retry-After`. Ends with a reference only on a 2xx
 * that names one; otherwise with a reason and any field errors, and the person's answers untouched.
 */
export async function submitReferral(referral: Referral, options: SubmitOptions): Promise<SubmitResult> {
  const policy = options.retry ?? DEFAULT_RETRY;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const request = await encodeRequest(referral, options.format, options.endpoint);
  const attempts = Math.max(1, options.maxAttempts);

  for (let attempt = 1; ; attempt++) {
    options.onAttempt?.(attempt);
    const outcome = await attemptOnce(request, { format: options.format, id: referral.id, timeoutMs: options.timeoutMs, now });
    if (outcome.kind === 'sent') return { ok: true, reference: outcome.reference, attempts: attempt };
    if (outcome.kind === 'failed') {
      return { ok: false, reason: outcome.reason, fieldErrors: outcome.fieldErrors, attempts: attempt, status: outcome.status, detail: outcome.detail };
    }
    const giveUp = (detail = outcome.detail): SubmitResult => ({
      ok: false,
      reason: outcome.reason,
      fieldErrors: [],
      attempts: attempt,
      status: outcome.status,
      detail,
    });
    if (attempt >= attempts || !mayRetry(outcome, options.format)) return giveUp();
    // A server asking for a long pause gets it: the person is told, rather than left watching a spinner.
    if (outcome.retryAfterMs !== undefined && outcome.retryAfterMs > policy.maxRetryAfterMs) {
      return giveUp(`${outcome.detail}; it asked to wait ${Math.ceil(outcome.retryAfterMs / 1000)} s`);
    }
    await sleep(Math.max(outcome.retryAfterMs ?? 0, backoffMs(attempt, policy, random)));
  }
}
