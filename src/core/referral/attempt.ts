import type { ReferralFormat } from '../model/config.ts';
import { parseWith } from '../model/problems.ts';
import type { ReferralFieldError } from '../validate/referral-steps.ts';
import { SERVICE_REQUEST_ENTRY } from './fhir-layout.ts';
import { toFieldErrors } from './field-errors.ts';
import { FhirTransactionResponse, FieldErrorsReply, JsonReply } from './replies.ts';
import type { EncodedRequest } from './request.ts';
import { parseRetryAfter } from './retry.ts';

/** Why a referral did not go: the same words as `ReferralFailedDetail['reason']` in events.ts. */
export type FailureReason = 'offline' | 'timeout' | 'rejected' | 'server' | 'invalid' | 'not-configured';

/** What one attempt came to. `retry` means the service did not take it and may on another try. */
export type AttemptOutcome =
  | { kind: 'sent'; reference: string; status: number }
  | { kind: 'retry'; reason: 'offline' | 'timeout' | 'server'; status?: number; retryAfterMs?: number; detail: string }
  | { kind: 'failed'; reason: FailureReason; status?: number; fieldErrors: ReferralFieldError[]; detail: string };

export interface AttemptOptions {
  format: ReferralFormat;
  /** The referral id: the fallback reference for `form` replies that carry none. */
  id: string;
  timeoutMs: number;
  now: () => number;
}

/**
 * 408 and 429 say "not now", 5xx a server that is down or overloaded. 409 is what an idempotent
 * server answers while an earlier attempt with the same key is still being processed.
 */
function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** One POST, with its own timeout. Never throws: every way it can end is an outcome. */
export async function attemptOnce(request: EncodedRequest, options: AttemptOptions): Promise<AttemptOutcome> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      signal: timeout,
      // No cookies, no cache, and no page address beyond its origin: it may hold personal data.
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'origin',
    });
  } catch (error) {
    if (timeout.aborted) return { kind: 'retry', reason: 'timeout', detail: `no reply after ${options.timeoutMs} ms` };
    return { kind: 'retry', reason: 'offline', detail: (error as Error).message || 'network error' };
  }
  const { status } = response;
  if (status >= 200 && status < 300) {
    const body = await readJson(response);
    // The timeout covers the body too: a reply cut off part way is a timeout to retry, not a
    // 2xx "without a reference" (which would tell the person the service is broken).
    if (timeout.aborted) return { kind: 'retry', reason: 'timeout', detail: `the reply did not finish within ${options.timeoutMs} ms` };
    return readSuccess(status, body, response.headers.get('Location'), options);
  }
  if (isRetryableStatus(status)) {
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), options.now());
    return { kind: 'retry', reason: 'server', status, retryAfterMs, detail: `the service replied ${status}` };
  }
  if (status === 422) {
    const parsed = parseWith(FieldErrorsReply, await readJson(response));
    const fieldErrors = parsed.ok ? toFieldErrors(parsed.value) : [];
    return { kind: 'failed', reason: 'invalid', status, fieldErrors, detail: 'the service could not accept some answers' };
  }
  return { kind: 'failed', reason: 'rejected', status, fieldErrors: [], detail: `the service replied ${status}` };
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
