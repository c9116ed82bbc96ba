import type { Context } from 'hono';
import type { FieldError } from '../intake/parse.ts';
import { problem } from '../http/problem.ts';
import type { SaveOutcome } from '../store/referrals.ts';

/** The replies every intake route shares: field errors, and the idempotency problems. */
export function fieldErrors(c: Context, errors: FieldError[]): Response {
  return c.json({ errors }, 422);
}

export type Refused = Extract<SaveOutcome, { kind: 'in-flight' | 'key-reused' }>;

export const isRefused = (outcome: SaveOutcome): outcome is Refused => outcome.kind === 'in-flight' || outcome.kind === 'key-reused';

/** 409 and 422 as the IETF Idempotency-Key draft has them. */
export function idempotencyProblem(c: Context, outcome: Refused): Response {
  if (outcome.kind === 'in-flight') {
    return problem(c, {
      status: 409,
      type: 'request-in-progress',
      title: 'A request with this Idempotency-Key is still being processed',
      headers: { 'Retry-After': '1' },
    });
  }
  return problem(c, {
      status: 422,
      type: 'idempotency-key-reused',
      title: 'This Idempotency-Key (or referral id) was already used for a different referral',
    detail: 'Changed content needs a new referral id; it may name the one it supersedes.',
  });
}
