import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { Db } from '../store/db.ts';

/** `GET /healthz`: the process is up and its database answers. For load balancers and monitors. */
export function healthRoutes(db: Db) {
  return new Hono<AppEnv>().get('/', async (c) => {
    try {
      await db.query('SELECT 1');
      return c.json({ ok: true, store: db.kind });
    } catch {
      return c.json({ ok: false, store: db.kind }, 503);
    }
  });
}
