import { Hono } from 'hono';
import { parseFormReferral, parseJsonReferral, type ParsedIntake } from '../intake/parse.ts';
import { mediaType } from '../http/guards.ts';
import { problem } from '../http/problem.ts';
import type { AppEnv, Intake } from '../app-env.ts';
import { saveReferral } from '../store/referrals.ts';
import { fieldErrors, idempotencyProblem, isRefused } from './intake-reply.ts';

export const REFERRAL_TYPES = ['application/json', 'application/x-www-form-urlencoded'] as const;

// The IETF draft leaves the key's form open; this keeps it to something a log and an index hold.
const KEY = /^[\x21-\x7e]{1,255}$/;

/** `POST /referrals`: the `json` format (with an Idempotency-Key) and the `form` format. */
export function referralRoutes(intake: Intake) {
  return new Hono<AppEnv>().post('/', async (c) => {
    let parsed: ParsedIntake;
    if (mediaType(c.req.header('Content-Type')) === 'application/json') {
      const key = c.req.header('Idempotency-Key');
      if (!key || !KEY.test(key)) {
        return problem(c, {
          status: 400,
          type: 'idempotency-key-missing',
          title: 'Send an Idempotency-Key header (the referral id) with a JSON referral',
        });
      }
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return problem(c, { status: 400, type: 'malformed-json', title: 'The body is not valid JSON' });
      }
      parsed = parseJsonReferral(body, key);
    } else {
      parsed = parseFormReferral(await c.req.text());
    }
    if (!parsed.ok) return fieldErrors(c, parsed.errors);
    const outcome = await saveReferral(intake.db, parsed.referral, intake.newReference);
    if (isRefused(outcome)) return idempotencyProblem(c, outcome);
    c.set('reference', outcome.reference);
    if (outcome.kind === 'replayed') c.header('Idempotent-Replayed', 'true');
    return c.json({ reference: outcome.reference }, 201);
  });
}
