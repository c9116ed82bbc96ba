import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { ExportQuery } from '../export/query.ts';
import { EXPORT_CONTENT_TYPES, exportChunks } from '../export/export.ts';
import { problem } from '../http/problem.ts';
import type { Db } from '../store/db.ts';
import { referralsSince } from '../store/referrals.ts';
import { toProblems } from '../../src/core/model/problems.ts';

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Local commands' door into a running inbox on PGlite, which only one process may open:
 * `npm run inbox -- export` reads the admin token from the data folder and asks here.
 */
export function adminRoutes(db: Db, token: string) {
  return new Hono<AppEnv>()
    .use(async (c, next) => {
      const given = /^Bearer (.+)$/.exec(c.req.header('Authorization') ?? '')?.[1];
      if (!given || !sameToken(given, token)) {
        return problem(c, { status: 401, type: 'unauthorised', title: 'This needs the local admin token', headers: { 'WWW-Authenticate': 'Bearer' } });
      }
      return next();
    })
    .get('/export', (c) => {
      const query = ExportQuery.safeParse(c.req.query());
      if (!query.success) {
        return problem(c, { status: 400, type: 'bad-export-query', title: 'Bad export options', detail: toProblems(query.error.issues).map((p) => `${p.path} ${p.message}`).join('; ') });
      }
      const { format, since } = query.data;
      const chunks = exportChunks(referralsSince(db, since), format);
      const stream = new ReadableStream<Uint8Array>({
        async pull(controller) {
          const next = await chunks.next();
          if (next.done) controller.close();
          else controller.enqueue(new TextEncoder().encode(next.value));
        },
        async cancel() {
          await chunks.return(undefined);
        },
      });
      return c.body(stream, 200, { 'Content-Type': EXPORT_CONTENT_TYPES[format], 'Cache-Control': 'no-store' });
    });
}
