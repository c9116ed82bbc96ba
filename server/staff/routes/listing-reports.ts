import { Hono } from 'hono';
import { appendAudit } from '../../store/audit.ts';
import { listListingReports } from '../../store/listing-reports.ts';
import type { Staff, StaffEnv } from '../context.ts';
import { listingReportsPage } from '../pages/listing-reports.ts';

/** `/inbox/listing-reports`: link workers and managers read the reports, per activity. Reading is recorded. */
export function listingReportRoutes(staff: Staff) {
  return new Hono<StaffEnv>().get('/', async (c) => {
    const viewer = c.get('viewer')!;
    await appendAudit(staff.db, new Date(staff.now()), { actorId: viewer.id, action: 'viewed-listing-reports' });
    const rows = await listListingReports(staff.db);
    return c.html(listingReportsPage({ viewer, rows, retentionDays: staff.retentionDays }).text);
  });
}
