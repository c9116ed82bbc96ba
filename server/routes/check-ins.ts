import { Hono, type Context } from 'hono';
import { FollowUp, type CheckInContext } from '../../src/core/model/follow-up.ts';
import type { AppEnv } from '../app-env.ts';
import type { Db } from '../store/db.ts';
import { IDEMPOTENCY_KEY } from '../http/idempotency-key.ts';
import { problem } from '../http/problem.ts';
import { fingerprint } from '../intake/fingerprint.ts';
import { openLink, saveFollowUp } from '../store/check-ins.ts';
import { checkInSubject, followUpMeasures } from '../check-ins/subject.ts';
import { tokenHash } from '../check-ins/token.ts';
import { fieldErrors } from './intake-reply.ts';
import { readJsonBody } from './json-body.ts';

/** A link that cannot be used: each says so plainly, and nothing is stored. */
function linkProblem(c: Context, state: 'expired' | 'used' | 'unknown'): Response {
  if (state === 'expired') return problem(c, { status: 410, type: 'check-in-expired', title: 'This check-in link has expired' });
  if (state === 'used') return problem(c, { status: 410, type: 'check-in-used', title: 'This check-in link has already been used' });
  return problem(c, { status: 404, type: 'check-in-not-found', title: 'This check-in link does not work' });
}

/** A short reference for a stored check-in, from its own id: it says nothing of the referral. */
const checkInReference = (id: string) => `CI-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`;

/**
 * `GET /check-ins/{token}`: what `<waymark-check-in>` needs (the plan's activities and the
 * baseline, never a name or contact details). `POST /check-ins/{token}`: the FollowUp, with an
 * Idempotency-Key, like a JSON referral. Expired, used and unknown links get a problem, not data.
 */
export function checkInRoutes(db: Db, now: () => number) {
  return new Hono<AppEnv>()
    .get('/:token', async (c) => {
      const hash = tokenHash(c.req.param('token'));
      const opened = hash ? await openLink(db, hash, new Date(now())) : { state: 'unknown' as const };
      if (opened.state !== 'open') return linkProblem(c, opened.state);
      const subject = checkInSubject(opened.format, opened.document);
      const context: CheckInContext = {
        referralId: opened.referralId,
        afterWeeks: subject.followUp?.afterWeeks ?? 12,
        plan: subject.plan,
        baseline: subject.baseline,
        expiresAt: opened.expiresAt,
      };
      return c.json(context);
    })
    .post('/:token', async (c) => {
      const hash = tokenHash(c.req.param('token'));
      if (!hash) return linkProblem(c, 'unknown');
      const key = c.req.header('Idempotency-Key');
      if (!key || !IDEMPOTENCY_KEY.test(key)) {
        return problem(c, { status: 400, type: 'idempotency-key-missing', title: 'Send an Idempotency-Key header (the check-in id) with a check-in' });
      }
      const read = await readJsonBody(c, FollowUp);
      if (!read.ok) return read.reply;
      const record = read.value;
      const outcome = await saveFollowUp(db, hash, {
        followUpId: record.id.toLowerCase(),
        referralId: record.referralId,
        idempotencyKey: key,
        fingerprint: fingerprint(record),
        document: record,
      }, new Date(now()), (format, referral) => followUpMeasures(format, referral, record));
      switch (outcome.kind) {
        case 'expired':
        case 'used':
        case 'unknown':
          return linkProblem(c, outcome.kind);
        case 'wrong-referral':
          return fieldErrors(c, [{ field: 'referralId', message: 'This answer should be the referral this link was made for.' }]);
        case 'key-reused':
          return problem(c, { status: 422, type: 'idempotency-key-reused', title: 'This Idempotency-Key (or check-in id) was already used for a different check-in' });
        case 'replayed':
          c.header('Idempotent-Replayed', 'true');
          return c.json({ reference: checkInReference(record.id) }, 201);
        case 'created':
          return c.json({ reference: checkInReference(record.id) }, 201);
      }
    });
}
