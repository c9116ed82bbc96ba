import { Hono } from 'hono';
import { issueDueCheckIns } from '../../check-ins/issue.ts';
import { checkInState } from '../../check-ins/rules.ts';
import { appendAudit } from '../../store/audit.ts';
import { listCheckIns, referralOfCheckIn } from '../../store/check-ins.ts';
import type { Staff, StaffEnv } from '../context.ts';
import { checkInMessagePage, checkInsPage, noMessagePage, type Sending } from '../pages/check-ins.ts';
import { notFoundPage } from '../pages/problems.ts';

const LOOK_AHEAD_MS = 28 * 24 * 60 * 60 * 1000;
const ID = /^\d{1,18}$/;

/**
 * `/inbox/check-ins`: link workers and managers see what is due, sent and answered, and make the
 * message for a check-in the inbox cannot send itself (a text, or no email set up).
 */
export function checkInRoutes(staff: Staff) {
  const at = () => new Date(staff.now());
  const config = staff.checkIns;
  const sending: Sending = !config ? { kind: 'off' } : config.smtp ? { kind: 'email', everyMinutes: config.everyMinutes } : { kind: 'copy' };

  return new Hono<StaffEnv>()
    .get('/', async (c) => {
      const viewer = c.get('viewer')!;
      const now = at();
      await appendAudit(staff.db, now, { actorId: viewer.id, action: 'viewed-check-ins' });
      const rows = await listCheckIns(staff.db, new Date(now.getTime() + LOOK_AHEAD_MS));
      const lines = rows.map((r) => ({
        ...r,
        state: checkInState({
          dueAt: new Date(r.dueAt), issuedAt: r.issuedAt ? new Date(r.issuedAt) : null, sentAt: r.sentAt ? new Date(r.sentAt) : null,
          expiresAt: r.expiresAt ? new Date(r.expiresAt) : null, usedAt: r.usedAt ? new Date(r.usedAt) : null, closed: r.closed,
        }, now),
      }));
      return c.html(checkInsPage({ viewer, lines, sending }).text);
    })
    .post('/:id/message', async (c) => {
      const viewer = c.get('viewer')!;
      const id = c.req.param('id');
      const referralId = ID.test(id) ? await referralOfCheckIn(staff.db, id) : undefined;
      if (!config || !referralId) return c.html(notFoundPage(viewer).text, 404);
      const now = at();
      // Claimed like any send, so the timer or a colleague cannot send it as well.
      const [made] = await issueDueCheckIns(staff.db, now, [], {
        checkInUrl: config.url, serviceName: config.serviceName, ...(config.servicePhone ? { servicePhone: config.servicePhone } : {}),
      }, { copy: true, checkInId: id });
      if (!made?.copy) return c.html(noMessagePage({ viewer }).text, 409);
      await appendAudit(staff.db, now, { actorId: viewer.id, action: 'made-check-in-message', referralId, detail: { channel: made.copy.channel } });
      return c.html(checkInMessagePage({ viewer, reference: made.reference, to: made.copy.to, channel: made.copy.channel, message: made.copy.message }).text);
    });
}
