import { DECLINE_REASONS, isActionable, nextStatuses, type DeclineReason } from '../../../src/core/referral/status.ts';
import type { AuditRow } from '../../store/audit.ts';
import type { StaffUser } from '../../store/staff-users.ts';
import type { Note } from '../../store/triage.ts';
import type { CaseRecord } from '../../store/worklist.ts';
import { describeAudit } from '../audit-words.ts';
import { html, type Html } from '../html.ts';
import type { Line, ReferralView } from '../referral-view.ts';
import { DECLINE_REASON_NAMES, STATUS_HINTS, STATUS_NAMES, dateOnly, dateTime, duration } from '../words.ts';
import { button, choices, errorFor, select, summaryList, textarea, type FieldError } from './form.ts';
import { statusTag } from './list.ts';
import { csrfField, page, type Viewer } from './layout.ts';

export interface ReferralPage {
  viewer: Viewer;
  record: CaseRecord;
  view: ReferralView | undefined;
  users: readonly StaffUser[];
  notes: readonly Note[];
  history: readonly AuditRow[];
  now: number;
  retentionDays: number;
  done?: string;
  errors?: readonly FieldError[];
  /** What was typed into the note box, kept when it could not be saved. */
  note?: string;
}

const lines = (items: readonly Line[]) => summaryList(items.map((l) => ({ key: l.label, value: l.value })));

const DONE: Record<string, (r: CaseRecord) => string> = {
  assigned: (r) => (r.assignedToName ? `Assigned to ${r.assignedToName}.` : 'Nobody is assigned now.'),
  status: (r) => `Status changed to ${STATUS_NAMES[r.status]}.`,
  note: () => 'Note added.',
};

/** How to reach them safely: first on the page, before anything else about them. */
function safeContact(view: ReferralView): Html {
  const firstName = view.person.find((l) => l.label === 'Preferred name')?.value ?? view.name;
  return html`<section class="safe-contact" aria-labelledby="safe-contact-title">
    <h2 class="safe-contact__title" id="safe-contact-title">Before you contact ${firstName}</h2>
    ${view.safeContact.warnings.length
      ? html`<ul class="safe-contact__warnings">${view.safeContact.warnings.map((w) => html`<li>${w}</li>`)}</ul>`
      : ''}
    ${lines(view.safeContact.lines)}
    ${view.phone ? html`<p class="safe-contact__phone">Phone: <a href="tel:${view.phone.replace(/[^0-9+]/g, '')}">${view.person.find((l) => l.label === 'Phone')?.value ?? view.phone}</a></p>` : ''}
  </section>`;
}

function notices(record: CaseRecord, view: ReferralView | undefined): Html {
  return html`
    ${view?.crisis
      ? html`<div class="warning-callout" role="region" aria-labelledby="crisis-title">
          <h2 class="warning-callout__title" id="crisis-title">They may need urgent help</h2>
          <p>They chose an answer that can mean they are in crisis. The form showed them how to get urgent help. Follow your service's process for urgent risk.</p>
        </div>`
      : ''}
    ${record.supersededByReference
      ? html`<div class="warning-callout" role="region" aria-labelledby="replaced-title">
          <h2 class="warning-callout__title" id="replaced-title">This referral was replaced</h2>
          <p>They changed their answers and sent them again. Use <a href="/inbox/referrals/${record.supersededByReference}">${record.supersededByReference}</a> instead.</p>
        </div>`
      : ''}
    ${record.supersedesReference
      ? html`<div class="inset">
          <p>This replaces <a href="/inbox/referrals/${record.supersedesReference}">${record.supersedesReference}</a>: they changed their answers after sending it.
            ${record.supersedesAssignedTo ? html`It was assigned to ${record.supersedesAssignedTo}.` : ''}
            ${record.supersedesResponded ? 'Someone had already been in touch about it.' : ''}</p>
        </div>`
      : ''}`;
}

function actions(p: ReferralPage): Html | '' {
  const { viewer, record, users, errors = [] } = p;
  if (!isActionable(record.status)) return '';
  const next = nextStatuses(record.status);
  const base = `/inbox/referrals/${record.reference}`;
  const assignees = [
    { value: 'nobody', label: 'Nobody' },
    { value: viewer.id, label: `Me (${viewer.name})` },
    ...users.filter((u) => !u.disabledAt && u.id !== viewer.id).map((u) => ({ value: u.id, label: u.name })),
  ];
  return html`<section class="section" aria-labelledby="record-title">
    <h2 class="heading-m" id="record-title">Record what happened</h2>
    <form method="post" action="${base}/assign" class="inline-form" novalidate>
      ${csrfField(viewer)}
      ${select({ id: 'assignee', label: 'Assigned to', choices: assignees, value: record.assignedToId ?? 'nobody' })}
      ${button('Assign', { secondary: true })}
    </form>
    <form method="post" action="${base}/status" novalidate>
      ${csrfField(viewer)}
      <input type="hidden" name="from" value="${record.status}">
      ${choices({
        id: 'status',
        legend: `Change the status from ${STATUS_NAMES[record.status]} to`,
        legendSize: 's',
        error: errorFor(errors, 'status'),
        choices: next.map((s) => ({ value: s, label: STATUS_NAMES[s], hint: STATUS_HINTS[s] })),
      })}
      ${button('Save status')}
    </form>
    <form method="post" action="${base}/notes" novalidate>
      ${csrfField(viewer)}
      ${textarea({ id: 'note', label: 'Add a note', hint: 'For example, when you called and what you agreed. Colleagues can read it.', value: p.note, error: errorFor(errors, 'note'), rows: 4 })}
      ${button('Add note', { secondary: true })}
    </form>
  </section>`;
}

function details(view: ReferralView, record: CaseRecord): Html {
  return html`
    <h2 class="heading-m">About ${view.name}</h2>
    ${lines(view.person)}
    ${view.message ? html`<h2 class="heading-m">Their message</h2><p class="message">${view.message}</p>` : ''}
    ${view.notes.length ? html`<h2 class="heading-m">Notes sent with the referral</h2>${view.notes.map((n) => html`<p class="message">${n}</p>`)}` : ''}
    <h2 class="heading-m">What matters to them</h2>
    ${view.needs.length
      ? html`<ol class="list list--number">${view.needs.map((n) => html`<li><strong>${n.name}</strong>${n.reasons.length ? html`<br><span class="hint">${n.reasons.join('. ')}</span>` : ''}</li>`)}</ol>`
      : html`<p>They did not answer these questions.</p>`}
    <h2 class="heading-m">Their plan</h2>
    ${view.plan.length ? html`<ul class="list list--bullet">${view.plan.map((p) => html`<li>${p}</li>`)}</ul>` : html`<p>They did not choose any activities.</p>`}
    <h2 class="heading-m">How they feel</h2>
    <p class="hint">Their answers when they sent the referral: the starting point for any check-in later.</p>
    ${view.wellbeing.length ? lines(view.wellbeing) : html`<p>They did not answer these questions.</p>`}
    <h2 class="heading-m">Work</h2>
    ${view.work.length ? lines(view.work) : html`<p>They did not answer these questions.</p>`}
    ${view.answers.length
      ? html`<details class="details"><summary class="details__summary">All their answers, as they saw them</summary><div class="details__text">${lines(view.answers)}</div></details>`
      : ''}
    ${view.other.length ? html`<h2 class="heading-m">How it was sent</h2>${lines(view.other)}` : ''}
    ${record.format === 'fhir' ? html`<p class="hint">This referral came as FHIR. It is shown as it was sent.</p>` : ''}`;
}

function notesAndHistory(p: ReferralPage): Html {
  return html`
    <h2 class="heading-m">Notes</h2>
    ${p.notes.length
      ? html`<ul class="notes">${p.notes.map(
          (n) => html`<li class="notes__item"><p class="notes__meta">${n.authorName}, ${dateTime(n.at)}</p><p class="message">${n.body ?? 'Removed with the personal details.'}</p></li>`,
        )}</ul>`
      : html`<p>No notes yet.</p>`}
    <h2 class="heading-m">History</h2>
    <ul class="list list--bullet">
      <li>${dateTime(p.record.receivedAt)}: received</li>
      ${p.history.map((h) => html`<li>${dateTime(h.at)}: ${describeAudit(h)}${h.actorName ? ` (${h.actorName})` : ''}</li>`)}
    </ul>`;
}

export function referralPage(p: ReferralPage): Html {
  const { viewer, record, view } = p;
  const base = `/inbox/referrals/${record.reference}`;
  const waited = duration((record.firstResponseAt ? Date.parse(record.firstResponseAt) : p.now) - Date.parse(record.receivedAt));
  const done = p.done ? DONE[p.done]?.(record) : undefined;
  const errors = p.errors ?? [];
  return page({
    title: `${view?.name ?? 'Referral'} (${record.reference})`,
    viewer,
    section: 'referrals',
    errors,
    done,
    backLink: { href: '/inbox', text: 'Back to referrals' },
    body: html`
      <span class="caption">Referral ${record.reference}</span>
      <h1 class="heading-l">${view?.name ?? 'Details removed'}</h1>
      <p class="meta">${statusTag(record.status)} Received ${dateTime(record.receivedAt)}. ${record.firstResponseAt ? `Waited ${waited} for a first response.` : `Waiting ${waited} so far.`}
        ${record.assignedToName ? html`Assigned to <strong>${record.assignedToName}</strong>.` : 'Not assigned yet.'}</p>
      ${notices(record, view)}
      ${view ? safeContact(view) : ''}
      ${record.redactedAt
        ? html`<div class="inset"><p>The personal details were removed on ${dateOnly(record.redactedAt)}, ${p.retentionDays} days after the referral was closed. Only an anonymous record is kept.</p></div>`
        : !view
          ? html`<div class="inset"><p>This referral's answers could not be read. Export it to see them as they were received.</p></div>`
          : ''}
      ${actions(p)}
      ${view
        ? html`<section class="section" aria-labelledby="message-title">
            <h2 class="heading-m" id="message-title">Message to the referrer</h2>
            <p>A short outcome to copy or print for their GP record. <a href="${base}/message">Message to the referrer</a></p>
          </section>`
        : ''}
      ${view ? details(view, record) : ''}
      ${notesAndHistory(p)}
      <form method="post" action="${base}/export" class="section" novalidate>
        ${csrfField(viewer)}
        ${choices({
          id: 'format',
          legend: 'Export this referral',
          small: true,
          value: 'csv',
          choices: [
            { value: 'csv', label: 'CSV, for a spreadsheet' },
            { value: 'fhir', label: 'FHIR, for a clinical system' },
          ],
        })}
        ${button('Export', { secondary: true })}
      </form>`,
  });
}

export interface DeclinePage {
  viewer: Viewer;
  record: CaseRecord;
  name: string;
  reason?: string;
  detail?: string;
  errors?: readonly FieldError[];
}

/** One question: why it was declined (the status form sends "Declined" here). */
export function declinePage(p: DeclinePage): Html {
  const errors = p.errors ?? [];
  const base = `/inbox/referrals/${p.record.reference}`;
  return page({
    title: 'Why was it declined?',
    viewer: p.viewer,
    section: 'referrals',
    errors,
    backLink: { href: base, text: `Back to ${p.name}` },
    body: html`
      <form method="post" action="${base}/decline" novalidate>
        ${csrfField(p.viewer)}
        <input type="hidden" name="from" value="${p.record.status}">
        <span class="caption">${p.name}, ${p.record.reference}</span>
        ${choices({
          id: 'reason',
          legend: 'Why was the referral declined?',
          legendAsHeading: true,
          error: errorFor(errors, 'reason'),
          value: p.reason,
          choices: DECLINE_REASONS.map((r: DeclineReason) => ({
            value: r,
            label: DECLINE_REASON_NAMES[r],
            hint: r === 'person-declined' ? 'Recorded as SNOMED CT 871711000000103, Social prescribing declined.' : undefined,
          })),
        })}
        ${textarea({
          id: 'detail',
          label: 'More detail',
          optional: true,
          hint: 'Needed if you chose "Another reason". It goes in the message to the referrer.',
          value: p.detail,
          error: errorFor(errors, 'detail'),
          rows: 3,
        })}
        <div class="button-group">
          ${button('Save: declined')}
          <a class="link" href="${base}">Cancel</a>
        </div>
      </form>`,
  });
}

export function messagePage({ viewer, record, name, text }: { viewer: Viewer; record: CaseRecord; name: string; text: string }): Html {
  return page({
    title: `Message to the referrer: ${name}`,
    viewer,
    section: 'referrals',
    backLink: { href: `/inbox/referrals/${record.reference}`, text: `Back to ${name}` },
    body: html`
      <span class="caption">${name}, ${record.reference}</span>
      <h1 class="heading-l">Message to the referrer</h1>
      <p class="no-print">Copy this into a letter or email to their GP practice, or print it, for their GP record.</p>
      <div class="form-group">
        <label class="label" for="message">The message</label>
        <textarea class="textarea textarea--message" id="message" rows="${text.split('\n').length + 1}" readonly>${text}</textarea>
      </div>
      <pre class="print-only">${text}</pre>
      <div class="button-group no-print" data-needs-script hidden>
        <button type="button" class="button" data-copy="message">Copy the message</button>
        <button type="button" class="button button--secondary" data-print>Print</button>
      </div>
      <p class="no-print" role="status" id="copy-status"></p>`,
  });
}
