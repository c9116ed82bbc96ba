import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Activity } from '../../core/model/activity.ts';
import { isStale } from '../../core/directory/freshness.ts';
import { monthYearText } from '../../words/intl.ts';

/**
 * "Checked March 2026": when the directory last confirmed the listing. The month, not the day,
 * is what a person needs to judge it. A listing not checked for a year (isStale) keeps its month and
 * says, kindly, to check before going: a wasted trip on a bad day is worse than a phone call.
 */
export function renderChecked(activity: Pick<Activity, 'lastChecked'>, locale: string, now = new Date()) {
  if (!activity.lastChecked) return nothing;
  const month = monthYearText(new Date(`${activity.lastChecked}T12:00:00Z`), locale);
  if (!isStale(activity, now)) return html`<p class="checked hint">${msg(str`Checked ${month}`)}</p>`;
  return html`<p class="checked inset stale">
    ${msg(str`Checked ${month}. That was over a year ago. Please contact them before you go, to check it is still on.`)}
  </p>`;
}
