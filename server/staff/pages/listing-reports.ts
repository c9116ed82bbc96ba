import { LISTING_PROBLEM_NAMES } from '../../../src/core/listing-report/mailto.ts';
import type { StoredListingReport } from '../../store/listing-reports.ts';
import { html, type Html } from '../html.ts';
import { dateTime } from '../words.ts';
import { page, type Viewer } from './layout.ts';

interface ActivityReports {
  activityId: string;
  /** The name in its newest report: a listing renamed since shows its current name. */
  activityName: string;
  reports: StoredListingReport[];
}

/** Rows come grouped by activity, newest first (store/listing-reports.ts); this keeps that order. */
function byActivity(rows: readonly StoredListingReport[]): ActivityReports[] {
  const groups = new Map<string, ActivityReports>();
  for (const row of rows) {
    const group = groups.get(row.activityId) ?? { activityId: row.activityId, activityName: row.activityName, reports: [] };
    group.reports.push(row);
    groups.set(row.activityId, group);
  }
  return [...groups.values()];
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function noteCell(report: StoredListingReport): Html {
  if (report.note) return html`${report.note}`;
  return html`<span class="hint">${report.noteRemoved ? 'Removed after the retention period' : 'Nothing written'}</span>`;
}

function activitySection(group: ActivityReports, index: number): Html {
  const id = `activity-${index}`;
  return html`<section aria-labelledby="${id}">
    <h2 class="heading-m" id="${id}">${group.activityName}</h2>
    <p class="hint">Listing id: ${group.activityId}. ${count(group.reports.length, 'report', 'reports')}.</p>
    <table class="table">
      <caption class="visually-hidden">Reports about ${group.activityName}, newest first</caption>
      <thead><tr><th scope="col">Received</th><th scope="col">Problem</th><th scope="col">What they said</th></tr></thead>
      <tbody>${group.reports.map(
        (r) => html`<tr>
          <th scope="row">${dateTime(r.receivedAt)}</th>
          <td>${LISTING_PROBLEM_NAMES[r.reason]}</td>
          <td>${noteCell(r)}</td>
        </tr>`,
      )}</tbody>
    </table>
  </section>`;
}

/**
 * `/inbox/listing-reports`: what people said is wrong with the directory, activity by activity,
 * the most recently reported first. Anonymous: nothing here says who sent a report.
 */
export function listingReportsPage({ viewer, rows, retentionDays }: { viewer: Viewer; rows: readonly StoredListingReport[]; retentionDays: number }): Html {
  const groups = byActivity(rows);
  return page({
    title: 'Listing reports',
    viewer,
    section: 'listing-reports',
    wide: true,
    body: html`
      <h1 class="heading-l">Listing reports</h1>
      <p>People using the activity finder can report a problem with a listing: it has closed, the time or place is wrong, or the phone number does not work. Reports are anonymous. Check the listing with the group, then update the directory.</p>
      <p>What people write is removed ${retentionDays} days after it arrives, in case someone wrote personal details in it.</p>
      ${groups.length
        ? html`<p><strong>${count(rows.length, 'report', 'reports')} about ${count(groups.length, 'activity', 'activities')}.</strong></p>
          ${groups.map((g, i) => activitySection(g, i))}`
        : html`<p>No listing reports yet.</p>`}`,
  });
}
