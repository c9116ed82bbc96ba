import { Hono } from 'hono';
import { ListingReport } from '../../src/core/model/listing-report.ts';
import { toProblems } from '../../src/core/model/problems.ts';
import { problemDescription } from '../../src/core/text/problem-text.ts';
import type { AppEnv } from '../app-env.ts';
import type { Db } from '../store/db.ts';
import { problem } from '../http/problem.ts';
import { fingerprint } from '../intake/fingerprint.ts';
import { saveListingReport } from '../store/listing-reports.ts';
import { fieldErrors } from './intake-reply.ts';

const KEY = /^[\x21-\x7e]{1,255}$/;

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
    if (key !== undefined && !KEY.test(key)) {
      return problem(c, { status: 400, type: 'idempotency-key-invalid', title: 'The Idempotency-Key header should be the report id' });
    }
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return problem(c, { status: 400, type: 'malformed-json', title: 'The body is not valid JSON' });
    }
    const parsed = ListingReport.safeParse(body, { reportInput: true });
    if (!parsed.success) {
      return fieldErrors(c, toProblems(parsed.error.issues).map((p) => ({ field: p.path, message: `This answer ${problemDescription(p).replace(/\.$/, '')}.` })));
    }
    const report = parsed.data;
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
