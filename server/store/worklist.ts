import type { ReferralStatus } from '../../src/core/referral/status.ts';
import { isoOf, type Queryable } from './db.ts';

// What the staff screen reads: the list of referrals with its filters, and one referral with
// everything recorded about it.

/** The person's name from either kind of document: a Referral, or a FHIR bundle's Patient. */
const NAME = `coalesce(r.document #>> '{person,fullName}',
  jsonb_path_query_first(r.document, '$.entry[*].resource ? (@.resourceType == "Patient").name[0].text') #>> '{}')`;
const PREFERRED = `(r.document #>> '{person,preferredName}')`;

export interface ListFilter {
  statuses: readonly ReferralStatus[];
  /** Everyone's, nobody's, or one worker's (by id). */
  assigned: { kind: 'anyone' } | { kind: 'nobody' } | { kind: 'user'; id: string };
  /** A reference (dashes optional) or part of a name. */
  search?: string;
}

export interface ListRow {
  id: string;
  reference: string;
  status: ReferralStatus;
  receivedAt: string;
  firstResponseAt: string | null;
  assignedToName: string | null;
  /** Null once the personal data was removed. */
  name: string | null;
  supersedesReference: string | null;
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function where(filter: ListFilter, first: number): { sql: string; params: unknown[] } {
  const search = filter.search?.trim() || null;
  const compact = search ? search.toUpperCase().replace(/[^A-Z0-9]/g, '') : '';
  const n = (k: number) => `$${first + k}`;
  return {
    sql: `r.status = ANY(${n(0)}::text[])
      AND (${n(1)}::text = 'anyone' OR (${n(1)} = 'nobody' AND r.assigned_to IS NULL) OR (${n(1)} = 'user' AND r.assigned_to = ${n(2)}::bigint))
      AND (${n(3)}::text IS NULL
           OR (${n(4)}::text <> '' AND replace(r.reference, '-', '') LIKE '%' || ${n(4)} || '%')
           OR ${NAME} ILIKE '%' || ${n(5)} || '%'
           OR ${PREFERRED} ILIKE '%' || ${n(5)} || '%')`,
    params: [
      filter.statuses,
      filter.assigned.kind,
      filter.assigned.kind === 'user' ? filter.assigned.id : null,
      search,
      compact.length >= 4 ? compact : '',
      search ? likeEscape(search) : null,
    ],
  };
}

/** A page of the list, newest first, and how many match in all. */
export async function listReferrals(db: Queryable, filter: ListFilter, page: { offset: number; limit: number }): Promise<{ rows: ListRow[]; total: number }> {
  const w = where(filter, 1);
  const [count] = await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM referrals r WHERE ${w.sql}`, w.params);
  const rows = await db.query<ListRow>(
    `SELECT r.id::text AS id, r.reference, r.status, ${isoOf('r.received_at')} AS "receivedAt",
            ${isoOf('r.first_response_at')} AS "firstResponseAt", u.name AS "assignedToName", ${NAME} AS name,
            older.reference AS "supersedesReference"
       FROM referrals r
       LEFT JOIN staff_users u ON u.id = r.assigned_to
       LEFT JOIN referrals older ON older.referral_id = r.supersedes
      WHERE ${w.sql}
      ORDER BY r.received_at DESC, r.id DESC
      LIMIT $${w.params.length + 1} OFFSET $${w.params.length + 2}`,
    [...w.params, page.limit, page.offset],
  );
  return { rows, total: count!.n };
}

/** The ids of every referral the filter matches, for "export all on this list". */
export async function idsMatching(db: Queryable, filter: ListFilter): Promise<string[]> {
  const w = where(filter, 1);
  const rows = await db.query<{ id: string }>(`SELECT r.id::text AS id FROM referrals r WHERE ${w.sql} ORDER BY r.id`, w.params);
  return rows.map((r) => r.id);
}

/** The ids of referrals by their references; unknown references are left out. */
export async function idsOf(db: Queryable, references: readonly string[]): Promise<string[]> {
  const rows = await db.query<{ id: string }>('SELECT id::text AS id FROM referrals WHERE reference = ANY($1::text[]) ORDER BY id', [references]);
  return rows.map((r) => r.id);
}

/** Both maxima are index probes (the primary key, and migration 0005's referrals_changed_at_idx). */
export const LIST_VERSION_SQL =
  `SELECT coalesce(max(id), 0)::text || '.' || coalesce(extract(epoch FROM max(greatest(updated_at, status_at))), 0)::text AS v FROM referrals`;

/**
 * Changes when anything on the list changes: a referral arrives, is assigned, changes status or is
 * replaced. The list's page asks for it every second and redraws when it moves.
 */
export async function listVersion(db: Queryable): Promise<string> {
  const [row] = await db.query<{ v: string }>(LIST_VERSION_SQL);
  return row!.v;
}

export interface CaseRecord {
  id: string;
  reference: string;
  referralId: string;
  format: 'json' | 'form' | 'fhir';
  status: ReferralStatus;
  statusAt: string;
  receivedAt: string;
  submittedAt: string | null;
  firstResponseAt: string | null;
  assignedToId: string | null;
  assignedToName: string | null;
  declineReason: string | null;
  declineDetail: string | null;
  redactedAt: string | null;
  supersedesReference: string | null;
  /** The replaced referral had a first response: someone was already in touch. */
  supersedesResponded: boolean | null;
  supersedesAssignedTo: string | null;
  supersededByReference: string | null;
  document: unknown;
}

export async function findCase(db: Queryable, reference: string): Promise<CaseRecord | undefined> {
  const [row] = await db.query<CaseRecord>(
    `SELECT r.id::text AS id, r.reference, r.referral_id::text AS "referralId", r.format, r.status,
            ${isoOf('r.status_at')} AS "statusAt", ${isoOf('r.received_at')} AS "receivedAt", ${isoOf('r.submitted_at')} AS "submittedAt",
            ${isoOf('r.first_response_at')} AS "firstResponseAt", r.assigned_to::text AS "assignedToId", u.name AS "assignedToName",
            r.decline_reason AS "declineReason", r.decline_detail AS "declineDetail", ${isoOf('r.redacted_at')} AS "redactedAt",
            older.reference AS "supersedesReference", (older.first_response_at IS NOT NULL) AS "supersedesResponded", olderu.name AS "supersedesAssignedTo",
            newer.reference AS "supersededByReference", r.document
       FROM referrals r
       LEFT JOIN staff_users u ON u.id = r.assigned_to
       LEFT JOIN referrals older ON older.referral_id = r.supersedes
       LEFT JOIN staff_users olderu ON olderu.id = older.assigned_to
       LEFT JOIN referrals newer ON newer.referral_id = r.superseded_by
      WHERE r.reference = $1`,
    [reference],
  );
  return row;
}
