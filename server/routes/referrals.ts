import { Hono } from 'hono';
import { parseFormReferral, parseJsonReferral, type ParsedIntake } from '../intake/parse.ts';
import { mediaType } from '../http/guards.ts';
import { IDEMPOTENCY_KEY } from '../http/idempotency-key.ts';
import { problem } from '../http/problem.ts';
import type { AppEnv, Intake } from '../app-env.ts';
import { saveReferral } from '../store/referrals.ts';
import { fieldErrors, idempotencyProblem, isRefused } from './intake-reply.ts';
import { readJson } from './json-body.ts';

export const REFERRAL_TYPES = ['application/json', 'application/x-www-form-urlencoded'] as const;

/** `POST /referrals`: the `json` format (with an Idempotency-Key) and the `form` format. */
export function referralRoutes(intake: Intake) {
  return new Hono<AppEnv>().post('/', async (c) => {
    let parsed: ParsedIntake;
    if (mediaType(c.req.header('Content-Type')) === 'application/json') {
      const key = c.req.header('Idempotency-Key');
      if (!key || !IDEMPOTENCY_KEY.test(key)) {
        return problem(c, {
          status: 400,
          type: 'idempotency-key-missing',
          title: 'Send an Idempotency-Key header (the referral id) with a JSON referral',
        });
      }
      const read = await readJson(c);
      if (!read.ok) return read.reply;
      parsed = parseJsonReferral(read.value, key);
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
