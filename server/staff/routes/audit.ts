import { Hono } from 'hono';
import { z } from '../../../src/core/model/zod.ts';
import { appendAudit, readAudit } from '../../store/audit.ts';
import { listUsers } from '../../store/staff-users.ts';
import type { Staff, StaffEnv } from '../context.ts';
import { AUDIT_PAGE_SIZE, auditPage } from '../pages/audit.ts';

const AuditQuery = z.object({
  reference: z.catch(z.pipe(z.string().check(z.maxLength(20)), z.transform((s: string) => s.trim().toUpperCase())), ''),
  user: z.catch(z.string().check(z.regex(/^\d{1,18}$/)), ''),
  before: z.catch(z.optional(z.string().check(z.regex(/^\d{1,18}$/))), undefined),
});

/** `/inbox/audit`: managers read who did what. Reading it is itself recorded. */
export function auditRoutes(staff: Staff) {
  return new Hono<StaffEnv>().get('/', async (c) => {
    const viewer = c.get('viewer')!;
    const filter = AuditQuery.parse(c.req.query());
    await appendAudit(staff.db, new Date(staff.now()), { actorId: viewer.id, action: 'viewed-audit' });
    const [rows, users] = await Promise.all([
      readAudit(staff.db, { reference: filter.reference || undefined, actorId: filter.user || undefined, before: filter.before, limit: AUDIT_PAGE_SIZE + 1 }),
      listUsers(staff.db),
    ]);
    return c.html(auditPage({ viewer, filter, rows: rows.slice(0, AUDIT_PAGE_SIZE), users, more: rows.length > AUDIT_PAGE_SIZE }).text);
  });
}
