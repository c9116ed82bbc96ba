import { Hono } from 'hono';
import { findSession } from '../../store/sessions.ts';
import type { Staff, StaffEnv } from '../context.ts';
import { secondsLeft } from '../auth/session-rules.ts';

/**
 * `/inbox/session`: the timeout warning asks how long is left (a background request, which does
 * not count as activity), and "Stay signed in" posts here (which does).
 */
export function sessionRoutes(staff: Staff) {
  return new Hono<StaffEnv>()
    .get('/session', async (c) => {
      const session = await findSession(staff.db, c.get('sessionId')!);
      return c.json({ secondsLeft: session ? secondsLeft(session.lastSeenAt, staff.now()) : 0 });
    })
    .post('/session', (c) => c.body(null, 204));
}
