import { LISTING_NOTE_MAX, type ListingProblem, type ListingReport } from '../model/listing-report.ts';
import { LISTING_REPORT_SCHEMA_VERSION } from '../model/listing-report.ts';
import type { FieldError } from '../validate/field-error.ts';

/** What the person has chosen and written so far. */
export interface ListingReportForm {
  reason?: ListingProblem;
  note: string;
}

export type ListingReportProblem = { code: 'report.reason-missing' } | { code: 'report.note-missing' } | { code: 'report.note-too-long'; max: number };
export type ListingReportFieldError = FieldError<ListingReportProblem>;

/** The form's field ids: the error summary focuses them. */
export const REPORT_FIELDS = { reason: 'report-reason', note: 'report-note' } as const;

/**
 * What stops the report going: no reason chosen; "Other" with nothing said (the service could do
 * nothing with it); a note over the limit (the box stops typing there, but a paste or a
 * browser without `maxlength` may not).
 */
export function checkListingReport(form: ListingReportForm): ListingReportFieldError[] {
  const errors: ListingReportFieldError[] = [];
  const note = form.note.trim();
  if (!form.reason) errors.push({ field: REPORT_FIELDS.reason, code: 'report.reason-missing' });
  if (form.reason === 'other' && !note) errors.push({ field: REPORT_FIELDS.note, code: 'report.note-missing' });
  if (note.length > LISTING_NOTE_MAX) errors.push({ field: REPORT_FIELDS.note, code: 'report.note-too-long', max: LISTING_NOTE_MAX });
  return errors;
}

export interface ReportMeta {
  /** Made once when the form opens, so every attempt to send it is the same report. */
  id: string;
  reportedAt: string;
  widgetVersion: string;
  locale: string;
}

/** The report itself, from a form that passed `checkListingReport`. Nothing about the person goes in. */
export function buildListingReport(activity: { id: string; name: string }, form: ListingReportForm, meta: ReportMeta): ListingReport {
  if (!form.reason) throw new Error('buildListingReport: check the form first (no reason chosen)');
  const note = form.note.trim();
  return {
    schemaVersion: LISTING_REPORT_SCHEMA_VERSION,
    id: meta.id,
    activity: { id: activity.id, name: activity.name },
    reason: form.reason,
    ...(note ? { note } : {}),
    reportedAt: meta.reportedAt,
    source: { widgetVersion: meta.widgetVersion, locale: meta.locale },
  };
}
