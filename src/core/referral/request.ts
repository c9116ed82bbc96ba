import type { ReferralFormat } from '../model/config.ts';
import type { Referral } from '../model/referral.ts';
import { toFormBody } from './form-encode.ts';
import { lazy } from '../lazy.ts';
import { jsonRequest, type EncodedRequest } from './json-request.ts';

export { jsonRequest, type EncodedRequest };

/** Loaded only by services that use FHIR: most never need the mapping's bytes. */
const loadFhir = lazy(() => import('./fhir.ts'));

/**
 * The HTTP request for one referral in the configured format. Built once per send and reused for
 * every attempt, so a retry is byte for byte the first try.
 *
 * Only `json` carries an `Idempotency-Key` header. A custom header forces a CORS preflight that a
 * FHIR server or a form-to-email service may not allow, so `fhir` relies on conditional creates
 * (see fhir.ts) and `form` stays a CORS "simple" request carrying the `id` as a field.
 */
export async function encodeRequest(referral: Referral, format: ReferralFormat, endpoint: string): Promise<EncodedRequest> {
  switch (format) {
    case 'json':
      return jsonRequest(endpoint, referral.id, referral);
    case 'fhir': {
      const { toFhirBundle } = await loadFhir();
      // A transaction is posted to the FHIR base URL itself, not to a resource type.
      return {
        url: endpoint,
        headers: { 'Content-Type': 'application/fhir+json', Accept: 'application/fhir+json' },
        body: JSON.stringify(toFhirBundle(referral)),
      };
    }
    case 'form':
      return {
        url: endpoint,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body: toFormBody(referral).toString(),
      };
  }
}
