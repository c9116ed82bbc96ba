import { Hono, type Context } from 'hono';
import { z } from '../../src/core/model/zod.ts';
import { BREAKDOWNS, outcomeReport } from '../../src/core/report/outcomes.ts';
import { appendAudit } from '../store/audit.ts';
import { reportRows } from '../store/report.ts';
import { requirePermission } from '../staff/auth/guards.ts';
import type { Staff, StaffEnv } from '../staff/context.ts';
import type { FieldError } from '../staff/pages/form.ts';
import { reportCase } from './cases.ts';
import { reportCsv } from './csv.ts';
import { reportPage, type ReportForm } from './page.ts';

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (s: string) => DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

const ReportQuery = z.object({
  from: z.optional(z.pipe(z.string().check(z.maxLength(20)), z.transform((s: string) => s.trim()))),
  to: z.optional(z.pipe(z.string().check(z.maxLength(20)), z.transform((s: string) => s.trim()))),
  by: z.catch(z.enum(BREAKDOWNS), 'none'),
});

/** The form as asked, with the last 12 months when no dates are given, and what is wrong with it. */
function readForm(c: Context<StaffEnv>, now: number): { form: ReportForm; errors: FieldError[] } {
  const parsed = ReportQuery.safeParse(c.req.query());
  const q = parsed.success ? parsed.data : { by: 'none' as const, from: undefined, to: undefined };
  const today = new Date(now).toISOString().slice(0, 10);
  const form: ReportForm = { from: q.from ?? new Date(now - 365 * DAY_MS).toISOString().slice(0, 10), to: q.to ?? today, by: q.by };
  const errors: FieldError[] = [];
  if (!parsed.success) errors.push({ field: 'from', message: 'Enter the dates as year, month and day, like 2026-01-31' });
  if (!isDate(form.from)) errors.push({ field: 'from', message: 'Enter the start date as year, month and day, like 2026-01-31' });
  if (!isDate(form.to)) errors.push({ field: 'to', message: 'Enter the end date as year, month and day, like 2026-12-31' });
  else if (isDate(form.from) && form.to < form.from) errors.push({ field: 'to', message: 'The end date must be the same as or after the start date' });
  return { form, errors };
}

/** `/inbox/report` and `/inbox/report.csv`: for managers, counts only. Each reading is audited. */
export function reportRoutes(staff: Staff) {
  async function build(form: ReportForm) {
    // The end date is included: up to the start of the next day.
    const rows = await reportRows(staff.db, new Date(`${form.from}T00:00:00Z`), new Date(Date.parse(`${form.to}T00:00:00Z`) + DAY_MS));
    return outcomeReport(rows.map(reportCase), form.by);
  }
  const managers = requirePermission('report');
  return new Hono<StaffEnv>()
    .get('/report', managers, async (c) => {
      const viewer = c.get('viewer')!;
      const { form, errors } = readForm(c, staff.now());
      if (errors.length) return c.html(reportPage({ viewer, form, groups: undefined, errors }).text, 422);
      await appendAudit(staff.db, new Date(staff.now()), { actorId: viewer.id, action: 'viewed-report', detail: { from: form.from, to: form.to, by: form.by } });
      return c.html(reportPage({ viewer, form, groups: await build(form) }).text);
    })
    .get('/report.csv', managers, async (c) => {
      const viewer = c.get('viewer')!;
      const { form, errors } = readForm(c, staff.now());
      if (errors.length) return c.html(reportPage({ viewer, form, groups: undefined, errors }).text, 422);
      await appendAudit(staff.db, new Date(staff.now()), { actorId: viewer.id, action: 'exported-report', detail: { from: form.from, to: form.to, by: form.by } });
      return c.body(reportCsv(await build(form), form), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="waymark-report-${form.from}-to-${form.to}.csv"`,
      });
    });
}
