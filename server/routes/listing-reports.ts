import { Hono } from 'hono';
import { ListingReport } from '../../src/core/model/listing-report.ts';
import type { AppEnv } from '../app-env.ts';
import type { Db } from '../store/db.ts';
import { IDEMPOTENCY_KEY } from '../http/idempotency-key.ts';
import { problem } from '../http/problem.ts';
import { fingerprint } from '../intake/fingerprint.ts';
import { saveListingReport } from '../store/listing-reports.ts';
import { readJsonBody } from './json-body.ts';

/** A short reference from the report's own id, for the thank-you and the logs. */
const reportReference = (id: string) => `LR-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`;

/**
 * `POST /listing-reports`: "Report a problem with this listing" from the finder. Anonymous; checked
 * by the same schema the widget builds with. An Idempotency-Key (the report id) makes a retry
 * harmless; without one the report id is the key, so a repeat is still stored once.
 */
export function listingReportRoutes(db: Db, now: () => number) {
  return new Hono<AppEnv>().post('/', async (c) => {
    const key = c.req.header('Idempotency-Key');
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
      return problem(c, { status: 400, type: 'idempotency-key-invalid', title: 'The Idempotency-Key header should be the report id' });
    }
    const read = await readJsonBody(c, ListingReport);
    if (!read.ok) return read.reply;
    const report = read.value;
    const outcome = await saveListingReport(db, report, {
      idempotencyKey: key ?? report.id.toLowerCase(),
      fingerprint: fingerprint(report),
      receivedAt: new Date(now()),
    });
    if (outcome.kind === 'key-reused') {
      return problem(c, { status: 422, type: 'idempotency-key-reused', title: 'This Idempotency-Key (or report id) was already used for a different report' });
    }
    if (outcome.kind === 'replayed') c.header('Idempotent-Replayed', 'true');
    return c.json({ reference: reportReference(report.id) }, 201);
  });
}
