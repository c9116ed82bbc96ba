import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { ExportQuery } from '../export/query.ts';
import { exportBody } from '../export/respond.ts';
import { problem } from '../http/problem.ts';
import type { Db } from '../store/db.ts';
import { referralsSince } from '../store/referrals.ts';
import { toProblems } from '../../src/core/model/problems.ts';
import { addUser, demoUsers, NewUserInput } from '../staff/accounts.ts';
import { sameSecret } from '../staff/auth/tokens.ts';
import { problemText } from '../../src/core/text/problem-text.ts';

/**
 * Local commands' door into a running inbox on PGlite, which only one process may open:
 * `npm run inbox -- export` (and `add-user`, `demo-users`) read the admin token from the data
 * folder and ask here.
 */
export function adminRoutes(db: Db, token: string, now: () => number, { loopback }: { loopback: boolean }) {
  return new Hono<AppEnv>()
    .use(async (c, next) => {
      const given = /^Bearer (.+)$/.exec(c.req.header('Authorization') ?? '')?.[1];
      if (!given || !sameSecret(given, token)) {
        return problem(c, { status: 401, type: 'unauthorised', title: 'This needs the local admin token', headers: { 'WWW-Authenticate': 'Bearer' } });
      }
      return next();
    })
    .get('/export', (c) => {
      const query = ExportQuery.safeParse(c.req.query());
      if (!query.success) {
        return problem(c, { status: 400, type: 'bad-export-query', title: 'Bad export options', detail: toProblems(query.error.issues).map(problemText).join('; ') });
      }
      const { format, since } = query.data;
      const { body, contentType } = exportBody(referralsSince(db, since), format);
      return c.body(body, 200, { 'Content-Type': contentType, 'Cache-Control': 'no-store' });
    })
    .post('/users', async (c) => {
      const input = NewUserInput.safeParse(await c.req.json().catch(() => undefined));
      if (!input.success) return problem(c, { status: 400, type: 'bad-user', title: 'Send { email, name, role, password? }' });
      const added = await addUser(db, input.data, { at: new Date(now()) });
      if (!added.ok) return c.json({ errors: added.errors }, 422);
      return c.json({ user: added.user, password: added.password }, 201);
    })
    .post('/demo-users', async (c) => {
      // A known account on an inbox others can reach would be a way in.
      if (!loopback) return problem(c, { status: 403, type: 'not-loopback', title: 'Demo accounts are made only on an inbox that listens on loopback' });
      return c.json({ users: await demoUsers(db, new Date(now())) }, 201);
    });
}
