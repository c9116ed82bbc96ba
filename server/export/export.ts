import type { Referral } from '../../src/core/model/referral.ts';
import { toFhirBundle } from '../../src/core/referral/fhir.ts';
import type { StoredReferral } from '../store/referrals.ts';
import { CSV_COLUMNS, csvValues } from './columns.ts';
import { csvRow } from './csv-cell.ts';

export const EXPORT_FORMATS = ['csv', 'json', 'fhir'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  fhir: 'application/fhir+ndjson; charset=utf-8',
};

/** One record of the JSON export: the inbox's facts about a referral, and the referral as received. */
function jsonRecord(row: StoredReferral) {
  return {
    reference: row.reference,
    status: row.status,
    receivedAt: row.receivedAt,
    format: row.format,
    referralId: row.referralId,
    supersedes: row.supersedes,
    supersededBy: row.supersededBy,
    // Received as JSON or a form: the Referral document. As FHIR: the transaction Bundle.
    [row.format === 'fhir' ? 'fhirBundle' : 'referral']: row.document,
  };
}

export const REFERENCE_SYSTEM = 'urn:waymark:reference';

/** A superseded referral's ServiceRequest is `revoked`: FHIR's word for "replaced, do not act on". */
function fhirBundle(row: StoredReferral): unknown {
  const bundle = structuredClone(row.format === 'fhir' ? row.document : toFhirBundle(row.document as Referral)) as { entry: { resource: Record<string, unknown> }[] };
  for (const { resource } of bundle.entry) {
    if (resource.resourceType === 'ServiceRequest') {
      // The inbox's reference beside the referral's own id, so a FHIR server keeps both.
      resource.identifier = [...((resource.identifier as unknown[]) ?? []), { system: REFERENCE_SYSTEM, value: row.reference }];
      if (row.status === 'superseded') resource.status = 'revoked';
    }
  }
  return bundle;
}

/**
 * The export as text, a chunk at a time: CSV with a header row; a JSON array, one record a line;
 * FHIR as NDJSON, one transaction Bundle a line (the Bulk Data format), each ready to post to a
 * FHIR server. Redacted referrals (personal data removed) are left out of the FHIR export.
 */
export async function* exportChunks(rows: AsyncIterable<StoredReferral>, format: ExportFormat): AsyncGenerator<string> {
  if (format === 'csv') {
    // A byte-order mark, so Excel reads the names as UTF-8, not as mojibake.
    yield `\uFEFF${csvRow(CSV_COLUMNS)}`;
    for await (const row of rows) yield csvRow(csvValues(row));
    return;
  }
  if (format === 'json') {
    let first = true;
    yield '[';
    for await (const row of rows) {
      yield `${first ? '\n' : ',\n'}${JSON.stringify(jsonRecord(row))}`;
      first = false;
    }
    yield first ? ']\n' : '\n]\n';
    return;
  }
  for await (const row of rows) if (row.document !== null) yield `${JSON.stringify(fhirBundle(row))}\n`;
}
