import type { Referral } from '../model/referral.ts';
import { encodeRequest, type EncodedRequest } from './request.ts';
import { submitRequest, type SubmitOptions, type SubmitResult } from './send-request.ts';

export { realSleep, submitRequest, type SubmitFailure, type SubmitOptions, type SubmitResult } from './send-request.ts';

/**
 * Sends a referral: one request, built once, tried up to `maxAttempts` times with capped,
 * full-jitter exponential backoff, honouring `Retry-After`. Ends with a reference only on an
 * unredirected 2xx that names one; otherwise with a reason, any field errors, whether it may have
 * arrived, and the person's answers untouched.
 */
export async function submitReferral(referral: Referral, options: SubmitOptions): Promise<SubmitResult> {
  let request: EncodedRequest;
  try {
    request = await encodeRequest(referral, options.format, options.endpoint);
  } catch (error) {
    // The FHIR mapping's code did not arrive (a dropped connection): nothing went. Said as offline,
    // so the person tries again, which fetches it afresh; a throw would leave "Sending…" for ever.
    return { ok: false, reason: 'offline', fieldErrors: [], attempts: 0, detail: `could not load what sends it: ${String(error)}`, mayHaveArrived: false };
  }
  return submitRequest(request, referral.id, options);
}
