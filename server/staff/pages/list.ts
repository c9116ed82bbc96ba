import type { ReferralStatus } from '../../../src/core/referral/status.ts';
import type { StaffUser } from '../../store/staff-users.ts';
import type { ListRow } from '../../store/worklist.ts';
import { html, type Html } from '../html.ts';
import { STATUS_NAMES, dateTime, duration } from '../words.ts';
import { button, choices, select, textInput, type FieldError } from './form.ts';
import { csrfField, page, type Viewer } from './layout.ts';
import { dataTable, hiddenHeading } from './table.ts';

/** The list's filters as the page's query string carries them (routes/referrals.ts reads them). */
export interface ListQuery {
  status: 'open' | 'all' | ReferralStatus;
  assigned: 'anyone' | 'me' | 'nobody' | string;
  q: string;
  page: number;
}

export const PAGE_SIZE = 50;

export const queryString = (q: ListQuery, page = q.page) => {
  const params = new URLSearchParams();
  if (q.status !== 'open') params.set('status', q.status);
  if (q.assigned !== 'anyone') params.set('assigned', q.assigned);
  if (q.q) params.set('q', q.q);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
};

export const statusTag = (status: ReferralStatus) => html`<strong class="tag tag--${status}">${STATUS_NAMES[status]}</strong>`;

/** How long it waited for a first response: still waiting, or how long it took. */
function waited(row: ListRow, now: number): Html {
  const end = row.firstResponseAt ? Date.parse(row.firstResponseAt) : now;
  const text = duration(end - Date.parse(row.receivedAt));
  return row.firstResponseAt ? html`${text}` : html`<strong>${text}</strong> so far`;
}

function table(rows: readonly ListRow[], now: number): Html {
  const nameOf = (r: ListRow) => r.name ?? 'Details removed';
  return dataTable({
    caption: 'Referrals, newest first',
    rows,
    rowHeader: 1,
    columns: [
      {
        heading: hiddenHeading('Tick to export'),
        className: 'table__check',
        cell: (r) => html`<div class="table-check">
            <input class="table-check__input" type="checkbox" id="tick-${r.reference}" name="ref" value="${r.reference}">
            <label class="table-check__label" for="tick-${r.reference}"><span class="visually-hidden">Tick ${nameOf(r)}, ${r.reference}</span></label>
          </div>`,
      },
      { heading: 'Name', cell: (r) => html`<a href="/inbox/referrals/${r.reference}">${nameOf(r)}</a>${r.supersedesReference ? html`<br><span class="hint">Replaces ${r.supersedesReference}</span>` : ''}` },
      { heading: 'Reference', className: 'nowrap', cell: (r) => r.reference },
      { heading: 'Status', cell: (r) => statusTag(r.status) },
      { heading: 'Waiting time', cell: (r) => waited(r, now) },
      { heading: 'Assigned to', cell: (r) => r.assignedToName ?? 'Nobody' },
      { heading: 'Received', cell: (r) => dateTime(r.receivedAt) },
    ],
  });
}

function pagination(query: ListQuery, total: number): Html | '' {
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return '';
  return html`<nav class="pagination" aria-label="Pages of referrals">
    ${query.page > 1 ? html`<a class="pagination__link" href="/inbox${queryString(query, query.page - 1)}" rel="prev">Previous page</a>` : ''}
    <span class="pagination__where">Page ${query.page} of ${pages}</span>
    ${query.page < pages ? html`<a class="pagination__link" href="/inbox${queryString(query, query.page + 1)}" rel="next">Next page</a>` : ''}
  </nav>`;
}

const STATUS_CHOICES = [
  { value: 'open', label: 'Open (not closed)' },
  ...(['new', 'contacted', 'accepted', 'declined', 'closed', 'superseded'] as const).map((s) => ({ value: s, label: STATUS_NAMES[s] })),
  { value: 'all', label: 'All' },
];

export interface ListPage {
  viewer: Viewer;
  query: ListQuery;
  rows: readonly ListRow[];
  total: number;
  users: readonly StaffUser[];
  version: string;
  now: number;
  errors?: readonly FieldError[];
}

const filtered = (q: ListQuery) => q.status !== 'open' || q.assigned !== 'anyone' || q.q !== '';

/** The results: what the background refresh redraws. */
export function results({ query, rows, total, now }: Pick<ListPage, 'query' | 'rows' | 'total' | 'now'>): Html {
  if (!total) {
    return html`<p class="body-l" id="list-count">${filtered(query) ? html`No referrals match. <a href="/inbox">Clear the filters</a>` : 'There are no referrals yet.'}</p>`;
  }
  const first = (query.page - 1) * PAGE_SIZE + 1;
  return html`<p id="list-count">${total === 1 ? '1 referral' : `Showing ${first} to ${first + rows.length - 1} of ${total} referrals`}</p>
    ${table(rows, now)}
    ${pagination(query, total)}`;
}

export function listPage(p: ListPage): Html {
  const { viewer, query, users, errors = [] } = p;
  const assignedChoices = [
    { value: 'anyone', label: 'Anyone or nobody' },
    { value: 'me', label: 'Me' },
    { value: 'nobody', label: 'Nobody yet' },
    ...users.filter((u) => !u.disabledAt && u.id !== viewer.id).map((u) => ({ value: u.id, label: u.name })),
  ];
  return page({
    title: 'Referrals',
    viewer,
    section: 'referrals',
    wide: true,
    errors,
    body: html`
      <h1 class="heading-l">Referrals</h1>
      <form method="get" action="/inbox" class="filters" role="search" aria-label="Referrals">
        ${select({ id: 'status', label: 'Status', choices: STATUS_CHOICES, value: query.status })}
        ${select({ id: 'assigned', label: 'Assigned to', choices: assignedChoices, value: query.assigned })}
        ${textInput({ id: 'q', label: 'Reference or name', type: 'search', value: query.q, spellcheck: false, width: 20 })}
        <div class="filters__actions">
          ${button('Show referrals', { secondary: true })}
          ${filtered(query) ? html`<a href="/inbox" class="filters__clear">Clear filters</a>` : ''}
        </div>
      </form>
      <div id="list-status" class="visually-hidden" role="status" aria-live="polite"></div>
      <p id="list-changed" class="inset" hidden>The list has changed. <a href="/inbox${queryString(query)}">Show the latest</a></p>
      <form method="post" action="/inbox/export" novalidate>
        ${csrfField(viewer)}
        <input type="hidden" name="status" value="${query.status}">
        <input type="hidden" name="assigned" value="${query.assigned}">
        <input type="hidden" name="q" value="${query.q}">
        <div id="results" data-poll="/inbox/updates" data-version="${p.version}">
          ${results(p)}
        </div>
        ${p.total
          ? html`<div class="export-panel">
              <h2 class="heading-m">Export</h2>
              ${choices({
                id: 'format',
                legend: 'Format',
                legendSize: 's',
                small: true,
                value: 'csv',
                choices: [
                  { value: 'csv', label: 'CSV, for a spreadsheet' },
                  { value: 'fhir', label: 'FHIR, for a clinical system' },
                ],
              })}
              <div class="button-group">
                ${button('Export ticked referrals', { name: 'scope', value: 'ticked' })}
                ${button(`Export all ${p.total} on this list`, { secondary: true, name: 'scope', value: 'all' })}
              </div>
            </div>`
          : ''}
      </form>`,
  });
}
