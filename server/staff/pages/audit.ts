import type { AuditRow } from '../../store/audit.ts';
import type { StaffUser } from '../../store/staff-users.ts';
import { describeAudit } from '../audit-words.ts';
import { html } from '../html.ts';
import { dateTime } from '../words.ts';
import { button, select, textInput } from './form.ts';
import { page, type Viewer } from './layout.ts';
import { dataTable } from './table.ts';

export interface AuditFilter {
  reference: string;
  user: string;
  before?: string;
}

export const AUDIT_PAGE_SIZE = 100;

export function auditPage({ viewer, filter, rows, users, more }: { viewer: Viewer; filter: AuditFilter; rows: readonly AuditRow[]; users: readonly StaffUser[]; more: boolean }) {
  const params = (before?: string) => {
    const p = new URLSearchParams();
    if (filter.reference) p.set('reference', filter.reference);
    if (filter.user) p.set('user', filter.user);
    if (before) p.set('before', before);
    const text = p.toString();
    return text ? `?${text}` : '';
  };
  return page({
    title: 'Audit log',
    viewer,
    section: 'audit',
    wide: true,
    body: html`
      <h1 class="heading-l">Audit log</h1>
      <p>Every time someone signs in, views a referral, changes one or exports one, newest first. Nobody can change or remove an entry.</p>
      <form method="get" action="/inbox/audit" class="filters" role="search" aria-label="Audit log">
        ${textInput({ id: 'reference', label: 'Referral reference', value: filter.reference, spellcheck: false, width: 20 })}
        ${select({ id: 'user', label: 'Who', value: filter.user, choices: [{ value: '', label: 'Everyone' }, ...users.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))] })}
        <div class="filters__actions">${button('Show entries', { secondary: true })}
          ${filter.reference || filter.user ? html`<a href="/inbox/audit" class="filters__clear">Clear filters</a>` : ''}</div>
      </form>
      ${rows.length
        ? dataTable({
            caption: 'Audit entries, newest first',
            rows,
            columns: [
              { heading: 'When', className: 'nowrap', cell: (r) => dateTime(r.at) },
              { heading: 'Who', cell: (r) => (r.actorName ? html`${r.actorName}<br><span class="hint">${r.actorEmail}</span>` : 'The inbox') },
              { heading: 'What', cell: describeAudit },
              { heading: 'Referral', className: 'nowrap', cell: (r) => (r.reference ? html`<a href="/inbox/audit?reference=${r.reference}">${r.reference}</a>` : '') },
            ],
            rowHeader: -1,
          })
        : html`<p class="body-l">No entries match.</p>`}
      <nav class="pagination" aria-label="Pages of the audit log">
        ${filter.before ? html`<a class="pagination__link" href="/inbox/audit${params()}">Newest entries</a>` : ''}
        ${more ? html`<a class="pagination__link" href="/inbox/audit${params(rows[rows.length - 1]!.id)}" rel="next">Older entries</a>` : ''}
      </nav>`,
  });
}
