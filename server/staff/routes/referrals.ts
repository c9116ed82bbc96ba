import { Hono, type Context } from 'hono';
import { z } from '../../../src/core/model/zod.ts';
import {
  DECLINE_REASONS, OPEN_STATUSES, REFERRAL_STATUSES, canMove, declineNeedsDetail, isActionable, nextStatuses, type DeclineReason,
  type ReferralStatus,
} from '../../../src/core/referral/status.ts';
import { exportBody, exportFileName } from '../../export/respond.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/export.ts';
import { appendAudit, referralHistory } from '../../store/audit.ts';
import { referralsByIds } from '../../store/referrals.ts';
import { listUsers } from '../../store/staff-users.ts';
import { addNote, assign, changeStatus, notesOf } from '../../store/triage.ts';
import { findCase, idsMatching, idsOf, listReferrals, listVersion, type CaseRecord, type ListFilter } from '../../store/worklist.ts';
import type { Staff, StaffEnv } from '../context.ts';
import { outcomeMessage } from '../outcome-message.ts';
import type { FieldError } from '../pages/form.ts';
import { listPage, PAGE_SIZE, results, type ListQuery } from '../pages/list.ts';
import { notFoundPage } from '../pages/problems.ts';
import { declinePage, messagePage, referralPage } from '../pages/referral.ts';
import { referralView } from '../referral-view.ts';
import { field, many, readForm } from './form-body.ts';

type C = Context<StaffEnv>;

const REFERENCE = /^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{1,6}-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{4}$/;

const ListQuerySchema = z.object({
  status: z.catch(z.enum(['open', 'all', ...REFERRAL_STATUSES]), 'open'),
  assigned: z.catch(z.string().check(z.regex(/^(anyone|me|nobody|\d{1,18})$/)), 'anyone'),
  q: z.catch(z.pipe(z.string().check(z.maxLength(100)), z.transform((s: string) => s.trim())), ''),
  page: z.catch(z.pipe(z.string().check(z.regex(/^\d{1,5}$/)), z.transform((s: string) => Math.max(1, Number(s)))), 1),
});

function filterOf(query: ListQuery, viewerId: string): ListFilter {
  const statuses: readonly ReferralStatus[] = query.status === 'open' ? OPEN_STATUSES : query.status === 'all' ? REFERRAL_STATUSES : [query.status];
  const assigned: ListFilter['assigned'] =
    query.assigned === 'anyone' ? { kind: 'anyone' } : query.assigned === 'nobody' ? { kind: 'nobody' } : { kind: 'user', id: query.assigned === 'me' ? viewerId : query.assigned };
  return { statuses, assigned, search: query.q || undefined };
}

const ExportForm = z.object({
  scope: z.catch(z.enum(['ticked', 'all']), 'ticked'),
  format: z.catch(z.enum(EXPORT_FORMATS), 'csv'),
  ref: many,
  status: field,
  assigned: field,
  q: field,
});

const today = (now: number) => new Date(now).toISOString().slice(0, 10);

/** `/inbox` (the list), one referral's page and its actions, and exports. */
export function referralRoutes(staff: Staff) {
  const at = () => new Date(staff.now());

  async function showList(c: C, query: ListQuery, status: 200 | 422 = 200, errors: FieldError[] = []) {
    const viewer = c.get('viewer')!;
    const filter = filterOf(query, viewer.id);
    const [{ rows, total }, users, version] = await Promise.all([
      listReferrals(staff.db, filter, { offset: (query.page - 1) * PAGE_SIZE, limit: PAGE_SIZE }),
      listUsers(staff.db),
      listVersion(staff.db),
    ]);
    const now = staff.now();
    if (c.get('background')) return c.html(results({ query, rows, total, now }).text, 200, { 'X-List-Version': version });
    await appendAudit(staff.db, at(), {
      actorId: viewer.id,
      action: 'viewed-list',
      // Never the search text: it may be a person's name.
      detail: { status: query.status, assigned: query.assigned === 'anyone' || query.assigned === 'me' || query.assigned === 'nobody' ? query.assigned : 'a colleague', searched: query.q !== '', page: query.page },
    });
    return c.html(listPage({ viewer, query, rows, total, users, version, now, errors }).text, status);
  }

  /** Sends an export, after recording it against each referral in it. */
  async function sendExport(c: C, ids: readonly string[], format: ExportFormat, stem: string) {
    await appendAudit(staff.db, at(), ids.map((referralId) => ({ actorId: c.get('viewer')!.id, action: 'exported' as const, referralId, detail: { format } })));
    const { body, contentType } = exportBody(referralsByIds(staff.db, ids), format);
    return c.body(body, 200, { 'Content-Type': contentType, 'Content-Disposition': `attachment; filename="${exportFileName(stem, format)}"` });
  }

  async function caseOr404(c: C): Promise<CaseRecord | Response> {
    const reference = c.req.param('reference') ?? '';
    const record = REFERENCE.test(reference) ? await findCase(staff.db, reference) : undefined;
    return record ?? c.html(notFoundPage(c.get('viewer')).text, 404);
  }

  async function showReferral(c: C, record: CaseRecord, extra: { status?: 200 | 409 | 422; errors?: FieldError[]; note?: string } = {}) {
    const viewer = c.get('viewer')!;
    const view = record.document === null ? undefined : referralView(record.format, record.document);
    const [users, notes, history] = await Promise.all([listUsers(staff.db), notesOf(staff.db, record.id), referralHistory(staff.db, record.id)]);
    await appendAudit(staff.db, at(), { actorId: viewer.id, action: 'viewed-referral', referralId: record.id });
    const done = c.req.method === 'GET' ? c.req.query('done') : undefined;
    return c.html(
      referralPage({
        viewer, record, view: view?.ok ? view.view : undefined, users, notes, history, now: staff.now(), retentionDays: staff.retentionDays,
        done, errors: extra.errors, note: extra.note,
      }).text,
      extra.status ?? 200,
    );
  }

  const nameOf = (record: CaseRecord) => {
    const view = record.document === null ? undefined : referralView(record.format, record.document);
    return view?.ok ? view.view.name : 'Details removed';
  };

  const changedError: FieldError = { field: 'status', message: 'Someone changed this referral just now. Check it, then try again.' };

  return new Hono<StaffEnv>()
    .get('/', async (c) => showList(c, ListQuerySchema.parse(c.req.query())))
    .get('/updates', async (c) => c.json({ version: await listVersion(staff.db) }))
    .post('/export', async (c) => {
      const form = await readForm(c, ExportForm);
      const query = ListQuerySchema.parse({ status: form.status, assigned: form.assigned, q: form.q });
      const viewer = c.get('viewer')!;
      const ids = form.scope === 'all' ? await idsMatching(staff.db, filterOf(query, viewer.id)) : await idsOf(staff.db, form.ref.filter((r) => REFERENCE.test(r)));
      if (!ids.length) {
        const { rows } = await listReferrals(staff.db, filterOf(query, viewer.id), { offset: 0, limit: 1 });
        return showList(c, query, 422, [{ field: rows[0] ? `tick-${rows[0].reference}` : 'status', message: 'Tick at least one referral to export' }]);
      }
      return sendExport(c, ids, form.format, `waymark-referrals-${today(staff.now())}`);
    })
    .get('/referrals/:reference', async (c) => {
      const record = await caseOr404(c);
      return record instanceof Response ? record : showReferral(c, record);
    })
    .post('/referrals/:reference/assign', async (c) => {
      const record = await caseOr404(c);
      if (record instanceof Response) return record;
      const { assignee } = await readForm(c, z.object({ assignee: field }));
      const users = await listUsers(staff.db);
      const chosen = assignee === 'nobody' ? null : users.find((u) => u.id === assignee && !u.disabledAt)?.id;
      if (chosen === undefined) return showReferral(c, record, { status: 422, errors: [{ field: 'assignee', message: 'Choose who to assign it to' }] });
      const result = await assign(staff.db, { referralId: record.id, assigneeId: chosen, actorId: c.get('viewer')!.id, at: at() });
      if (!result.ok) return showReferral(c, (await findCase(staff.db, record.reference))!, { status: 409, errors: [changedError] });
      return c.redirect(`/inbox/referrals/${record.reference}?done=assigned`, 303);
    })
    .post('/referrals/:reference/status', async (c) => {
      const record = await caseOr404(c);
      if (record instanceof Response) return record;
      const form = await readForm(c, z.object({ from: field, status: field }));
      if (form.from !== record.status) return showReferral(c, record, { status: 409, errors: [changedError] });
      const to = nextStatuses(record.status).find((s) => s === form.status);
      if (!to) return showReferral(c, record, { status: 422, errors: [{ field: 'status', message: 'Choose the new status' }] });
      // Declined needs a reason: its own page asks, and nothing changes until it is answered.
      if (to === 'declined') return c.redirect(`/inbox/referrals/${record.reference}/decline`, 303);
      const result = await changeStatus(staff.db, { referralId: record.id, from: record.status, to, actorId: c.get('viewer')!.id, at: at() });
      if (!result.ok) return showReferral(c, (await findCase(staff.db, record.reference))!, { status: 409, errors: [changedError] });
      return c.redirect(`/inbox/referrals/${record.reference}?done=status`, 303);
    })
    .get('/referrals/:reference/decline', async (c) => {
      const record = await caseOr404(c);
      if (record instanceof Response) return record;
      if (!canMove(record.status, 'declined')) return c.redirect(`/inbox/referrals/${record.reference}`, 303);
      return c.html(declinePage({ viewer: c.get('viewer')!, record, name: nameOf(record) }).text);
    })
    .post('/referrals/:reference/decline', async (c) => {
      const record = await caseOr404(c);
      if (record instanceof Response) return record;
      const form = await readForm(c, z.object({ from: field, reason: field, detail: field }));
      const detail = form.detail.trim() || undefined;
      const reason = DECLINE_REASONS.find((r) => r === form.reason) as DeclineReason | undefined;
      const errors: FieldError[] = [];
      if (!reason) errors.push({ field: 'reason', message: 'Choose why the referral was declined' });
      if (reason && declineNeedsDetail(reason) && !detail) errors.push({ field: 'detail', message: 'Say why the referral was declined' });
      if (detail && detail.length > 1000) errors.push({ field: 'detail', message: 'More detail must be 1,000 characters or fewer' });
      if (form.from !== record.status || !canMove(record.status, 'declined')) return showReferral(c, record, { status: 409, errors: [changedError] });
      if (errors.length) {
        return c.html(declinePage({ viewer: c.get('viewer')!, record, name: nameOf(record), reason: form.reason, detail: form.detail, errors }).text, 422);
      }
      const result = await changeStatus(staff.db, {
        referralId: record.id, from: record.status, to: 'declined', decline: { reason: reason!, detail }, actorId: c.get('viewer')!.id, at: at(),
      });
      if (!result.ok) return showReferral(c, (await findCase(staff.db, record.reference))!, { status: 409, errors: [changedError] });
      return c.redirect(`/inbox/referrals/${record.reference}?done=status`, 303);
    })
    .post('/referrals/:reference/notes', async (c) => {
      const record = await caseOr404(c);
      if (record instanceof Response) return record;
      const { note } = await readForm(c, z.object({ note: field }));
      const body = note.trim();
      const problem = !body ? 'Enter a note' : body.length > 5000 ? 'A note must be 5,000 characters or fewer' : undefined;
      if (problem || !isActionable(record.status)) {
        return showReferral(c, record, { status: 422, errors: [{ field: 'note', message: problem ?? 'This referral is closed: notes cannot be added' }], note });
      }
      const result = await addNote(staff.db, { referralId: record.id, authorId: c.get('viewer')!.id, body, at: at() });
      if (!result.ok) return showReferral(c, record, { status: 409, errors: [changedError], note });
      return c.redirect(`/inbox/referrals/${record.reference}?done=note`, 303);
    })
    .get('/referrals/:reference/message', async (c) => {
      const record = await caseOr404(c);
      if (record instanceof Response) return record;
      const view = record.document === null ? undefined : referralView(record.format, record.document);
      if (!view?.ok) return c.redirect(`/inbox/referrals/${record.reference}`, 303);
      const viewer = c.get('viewer')!;
      await appendAudit(staff.db, at(), { actorId: viewer.id, action: 'viewed-message', referralId: record.id });
      const text = outcomeMessage(view.view, {
        ...record, workerName: record.assignedToName, serviceName: staff.serviceName, today: at(),
      });
      return c.html(messagePage({ viewer, record, name: view.view.name, text }).text);
    })
    .post('/referrals/:reference/export', async (c) => {
      const record = await caseOr404(c);
      if (record instanceof Response) return record;
      const { format } = await readForm(c, z.object({ format: z.catch(z.enum(EXPORT_FORMATS), 'csv') }));
      return sendExport(c, [record.id], format, `waymark-${record.reference}`);
    });
}
