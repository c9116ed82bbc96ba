import type { ReferralFormat } from '../model/config.ts';
import { parseWith } from '../model/problems.ts';
import type { ReferralFieldError } from '../validate/referral-steps.ts';
import { SERVICE_REQUEST_ENTRY } from './fhir-layout.ts';
import { toFieldErrors } from './field-errors.ts';
import { FhirTransactionResponse, FieldErrorsReply, JsonReply } from './replies.ts';
import type { EncodedRequest } from './request.ts';
import { parseRetryAfter } from './retry.ts';

/**
 * Why a referral did not go: the same words as `ReferralFailedDetail['reason']` in events.ts.
 * - `in-progress`: 409, the service is still working on an earlier attempt with the same key;
 * - `conflict`: a 422 that names no answers (the IETF Idempotency-Key draft's reply to a key
 *   used before with a different body);
 * - `redirected`: a 3xx, which never confirms anything: the endpoint has moved.
 */
export type FailureReason =
  | 'offline'
  | 'timeout'
  | 'rejected'
  | 'server'
  | 'invalid'
  | 'not-configured'
  | 'in-progress'
  | 'conflict'
  | 'redirected';

/** What one attempt came to. `retry` means the service did not take it and may on another try. */
export type AttemptOutcome =
  | { kind: 'sent'; reference: string; status: number }
  | { kind: 'retry'; reason: 'offline' | 'timeout' | 'server' | 'in-progress'; status?: number; retryAfterMs?: number; detail: string }
  | { kind: 'failed'; reason: FailureReason; status?: number; fieldErrors: ReferralFieldError[]; detail: string };

export interface AttemptOptions {
  format: ReferralFormat;
  /** The referral id: the fallback reference for `form` replies that carry none. */
  id: string;
  timeoutMs: number;
  /** Makes the signal that ends this attempt after `timeoutMs`: AbortSignal.timeout unless a test passes its own. */
  timeout?: (ms: number) => AbortSignal;
  now: () => number;
  /** Let the request outlive the page (a closed tab), when its body fits the browser's limit. */
  keepalive?: boolean;
  /** Stops the attempt at once: a kiosk starting again for the next person. */
  signal?: AbortSignal;
}

/**
 * Whether the service may have the referral after a failure like this: only a reply that plainly
 * refused it (400, 422 with field errors) or no endpoint at all means it certainly did not arrive.
 * The person is then told it "may not have been sent", never that it was not.
 */
export function mayHaveArrived(reason: FailureReason): boolean {
  return reason !== 'rejected' && reason !== 'invalid' && reason !== 'not-configured';
}

/**
 * Browsers refuse a `keepalive` request once all of a page's keepalive bodies in flight pass
 * 64 KiB; keep a margin for anything else the page sends that way.
 */
export const KEEPALIVE_MAX_BYTES = 60_000;

export function fitsKeepalive(body: string): boolean {
  return new TextEncoder().encode(body).byteLength <= KEEPALIVE_MAX_BYTES;
}

/**
 * 408 and 429 say "not now", 5xx a server that is down or overloaded. 409 is what an idempotent
 * server answers while an earlier attempt with the same key is still being processed: a later
 * try gets that attempt's answer.
 */
function retryReason(status: number): 'server' | 'in-progress' | undefined {
  if (status === 409) return 'in-progress';
  return status === 408 || status === 429 || status >= 500 ? 'server' : undefined;
}

/** One POST, with its own timeout. Never throws: every way it can end is an outcome. */
export async function attemptOnce(request: EncodedRequest, options: AttemptOptions): Promise<AttemptOutcome> {
  const timeout = options.timeout ? options.timeout(options.timeoutMs) : AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? eitherSignal(timeout, options.signal) : timeout;
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      signal,
      // No cookies, no cache, and no page address beyond its origin: it may hold personal data.
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'origin',
      // A redirect is never followed: a 301 or 302 turns the POST into a GET of some page, whose
      // 200 would otherwise read as "sent".
      redirect: 'manual',
      keepalive: options.keepalive ?? false,
    });
  } catch (error) {
    if (timeout.aborted) return { kind: 'retry', reason: 'timeout', detail: `no reply after ${options.timeoutMs} ms` };
    return { kind: 'retry', reason: 'offline', detail: (error as Error).message || 'network error' };
  }
  // `opaqueredirect` (status 0) is what `redirect: 'manual'` gives for any 3xx; `redirected` is a
  // second guard for a browser that followed one anyway.
  if (response.type === 'opaqueredirect' || response.redirected || (response.status >= 300 && response.status < 400)) {
    return { kind: 'failed', reason: 'redirected', status: response.status || undefined, fieldErrors: [], detail: 'the service answered with a redirect' };
  }
  const { status } = response;
  if (status >= 200 && status < 300) {
    const body = await readJson(response);
    // The timeout covers the body too: a reply cut off part way is a timeout to retry, not a
    // 2xx "without a reference" (which would tell the person the service is broken).
    if (timeout.aborted) return { kind: 'retry', reason: 'timeout', detail: `the reply did not finish within ${options.timeoutMs} ms` };
    return readSuccess(status, body, response.headers.get('Location'), options);
  }
  const retry = retryReason(status);
  if (retry) {
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), options.now());
    return { kind: 'retry', reason: retry, status, retryAfterMs, detail: `the service replied ${status}` };
  }
  if (status === 422) {
    const parsed = parseWith(FieldErrorsReply, await readJson(response));
    // A 422 naming no answers is not about the form: never show it as field errors.
    if (!parsed.ok) return { kind: 'failed', reason: 'conflict', status, fieldErrors: [], detail: 'the service replied 422 without field errors' };
    return { kind: 'failed', reason: 'invalid', status, fieldErrors: toFieldErrors(parsed.value), detail: 'the service could not accept some answers' };
  }
  return { kind: 'failed', reason: 'rejected', status, fieldErrors: [], detail: `the service replied ${status}` };
}

/** `AbortSignal.any` where the browser has it (2023 on); the same by hand on older phones. */
function eitherSignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  if ('any' in AbortSignal) return AbortSignal.any([a, b]);
  const both = new AbortController();
  for (const s of [a, b]) {
    if (s.aborted) both.abort(s.reason);
    else s.addEventListener('abort', () => both.abort(s.reason), { once: true });
  }
  return both.signal;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function idFromLocation(location: string | null | undefined): string | undefined {
  // "ServiceRequest/123/_history/1" or an absolute URL ending that way.
  const match = location ? /ServiceRequest\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?\/?$/.exec(location) : null;
  return match?.[1];
}

/**
 * A 2xx is only a success when it names the referral: the reference is what the person quotes
 * when they call. A 2xx without one is reported as a server fault, never as "sent".
 */
function readSuccess(status: number, body: unknown, location: string | null, options: AttemptOptions): AttemptOutcome {
  if (options.format === 'json') {
    const parsed = parseWith(JsonReply, body);
    if (parsed.ok) return { kind: 'sent', reference: parsed.value.reference, status };
  } else if (options.format === 'fhir') {
    const parsed = parseWith(FhirTransactionResponse, body);
    const entry = parsed.ok ? parsed.value.entry[SERVICE_REQUEST_ENTRY] : undefined;
    const id = entry?.resource?.id ?? idFromLocation(entry?.response?.location) ?? idFromLocation(location);
    if (id) return { kind: 'sent', reference: id, status };
  } else {
    // Form-to-email services rarely give a reference; the referral id's start is one the person
    // can read out, and the service receives the whole id in the `id` field to match it.
    const parsed = parseWith(JsonReply, body);
    return { kind: 'sent', reference: parsed.ok ? parsed.value.reference : options.id.slice(0, 8).toUpperCase(), status };
  }
  return { kind: 'failed', reason: 'server', status, fieldErrors: [], detail: `the service replied ${status} without a reference` };
}
