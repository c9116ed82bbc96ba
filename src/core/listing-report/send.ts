import type { ListingReport } from '../model/listing-report.ts';
import { jsonRequest } from '../referral/json-request.ts';
import { submitRequest, type SubmitOptions, type SubmitResult } from '../referral/send-request.ts';

/**
 * Sends a report to the inbox as JSON with its id as the Idempotency-Key, through the referral's
 * own sender: the same retries, backoff, timeouts and reading of replies, so a retry never makes
 * a second report and only a 2xx naming a reference counts as sent.
 */
export function sendListingReport(endpoint: string, report: ListingReport, options: Omit<SubmitOptions, 'endpoint' | 'format'>): Promise<SubmitResult> {
  return submitRequest(jsonRequest(endpoint, report.id, report), report.id, { ...options, format: 'json' });
}
