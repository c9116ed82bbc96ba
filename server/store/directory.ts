import { createHash } from 'node:crypto';
import { Activity } from '../../src/core/model/activity.ts';
import type { CsvImport } from '../../src/core/directory/csv/import.ts';
import { isoOf, type Queryable } from './db.ts';

// The published directory (issue 20): uploads waiting for Publish, and every version published.
// The newest version is what /directory.json serves; nothing here knows about HTTP or pages.

export interface DirectoryUpload {
  id: string;
  uploadedAt: string;
  uploadedBy: string;
  fileName: string;
  result: CsvImport;
  publishedAt: string | null;
}

export interface DirectoryVersion {
  id: string;
  publishedAt: string;
  publishedByName: string | null;
  uploadId: string | null;
  restoredFrom: string | null;
  activityCount: number;
}

export interface PublishedDirectory extends DirectoryVersion {
  /** The exact JSON served: `{"activities":[…]}`. */
  body: string;
  /** A strong validator of `body`: its SHA-256, quoted. */
  etag: string;
}

const VERSION_COLUMNS = `v.id::text AS id, ${isoOf('v.published_at')} AS "publishedAt", u.name AS "publishedByName",
  v.upload_id::text AS "uploadId", v.restored_from::text AS "restoredFrom", v.activity_count AS "activityCount"`;

const isId = (id: string) => /^\d{1,18}$/.test(id);

/** Keeps what the import made of a file until a manager publishes it (or uploads another). */
export async function saveUpload(db: Queryable, upload: { at: Date; by: string; fileName: string; result: CsvImport }): Promise<string> {
  // `$4::text::jsonb`: as text, both drivers send the JSON as it is (postgres.js would encode a string as a JSON string).
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO directory_uploads (uploaded_at, uploaded_by, file_name, result) VALUES ($1, $2::bigint, $3, $4::text::jsonb) RETURNING id::text AS id`,
    [upload.at.toISOString(), upload.by, upload.fileName, JSON.stringify(upload.result)],
  );
  return row!.id;
}

export async function findUpload(db: Queryable, id: string): Promise<DirectoryUpload | undefined> {
  if (!isId(id)) return undefined;
  const [row] = await db.query<DirectoryUpload>(
    `SELECT id::text AS id, ${isoOf('uploaded_at')} AS "uploadedAt", uploaded_by::text AS "uploadedBy", file_name AS "fileName",
            result, ${isoOf('published_at')} AS "publishedAt"
       FROM directory_uploads WHERE id = $1::bigint`,
    [id],
  );
  return row;
}

/** Previews nobody published are of no use after a day; they hold no one's personal data, but tidy up. */
export async function forgetOldUploads(db: Queryable, before: Date): Promise<void> {
  await db.query(
    `DELETE FROM directory_uploads u WHERE u.published_at IS NULL AND u.uploaded_at < $1
        AND NOT EXISTS (SELECT 1 FROM directory_versions v WHERE v.upload_id = u.id)`,
    [before.toISOString()],
  );
}

/** The body served for these activities, each through the schema again, and its strong ETag. */
export function directoryBody(activities: readonly unknown[]): { body: string; etag: string; count: number } {
  const checked = activities.map((a) => Activity.parse(a));
  const body = JSON.stringify({ activities: checked });
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url')}"`, count: checked.length };
}

async function insertVersion(
  tx: Queryable,
  v: { at: Date; by: string; uploadId?: string; restoredFrom?: string; body: string; etag: string; count: number },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO directory_versions (published_at, published_by, upload_id, restored_from, activity_count, body, etag)
     VALUES ($1, $2::bigint, $3::bigint, $4::bigint, $5, $6, $7) RETURNING id::text AS id`,
    [v.at.toISOString(), v.by, v.uploadId ?? null, v.restoredFrom ?? null, v.count, v.body, v.etag],
  );
  return row!.id;
}

export type PublishOutcome =
  | { ok: true; versionId: string; activityCount: number; /** When the version put back was first published. */ restoredFromAt?: string }
  | { ok: false; reason: 'not-found' | 'already-published' | 'empty' };

/**
 * Publishes an upload's good rows, once: the upload row is locked, so a double press (or two
 * managers at once) publishes one version. Run it in the transaction that writes its audit entry.
 */
export async function publishUpload(tx: Queryable, uploadId: string, at: Date, by: string): Promise<PublishOutcome> {
  if (!isId(uploadId)) return { ok: false, reason: 'not-found' };
  const [upload] = await tx.query<{ result: CsvImport; publishedAt: string | null }>(
    'SELECT result, published_at AS "publishedAt" FROM directory_uploads WHERE id = $1::bigint FOR UPDATE',
    [uploadId],
  );
  if (!upload) return { ok: false, reason: 'not-found' };
  if (upload.publishedAt) return { ok: false, reason: 'already-published' };
  // An empty directory would hide every activity from the public: never published.
  if (!upload.result.activities.length) return { ok: false, reason: 'empty' };
  const { body, etag, count } = directoryBody(upload.result.activities);
  const versionId = await insertVersion(tx, { at, by, uploadId, body, etag, count });
  await tx.query('UPDATE directory_uploads SET published_at = $2 WHERE id = $1::bigint', [uploadId, at.toISOString()]);
  return { ok: true, versionId, activityCount: count };
}

/** Puts an earlier version back, as a new version with the same body (so the history only grows). */
export async function restoreVersion(tx: Queryable, versionId: string, at: Date, by: string): Promise<PublishOutcome> {
  if (!isId(versionId)) return { ok: false, reason: 'not-found' };
  const [old] = await tx.query<{ body: string; etag: string; count: number; publishedAt: string }>(
    `SELECT body, etag, activity_count AS count, ${isoOf('published_at')} AS "publishedAt" FROM directory_versions WHERE id = $1::bigint`,
    [versionId],
  );
  if (!old) return { ok: false, reason: 'not-found' };
  const id = await insertVersion(tx, { at, by, restoredFrom: versionId, body: old.body, etag: old.etag, count: old.count });
  return { ok: true, versionId: id, activityCount: old.count, restoredFromAt: old.publishedAt };
}

/** The version /directory.json serves, with its body; undefined until the first publish. */
export async function publishedDirectory(db: Queryable): Promise<PublishedDirectory | undefined> {
  const [row] = await db.query<PublishedDirectory>(
    `SELECT ${VERSION_COLUMNS}, v.body, v.etag
       FROM directory_versions v LEFT JOIN staff_users u ON u.id = v.published_by
      ORDER BY v.id DESC LIMIT 1`,
  );
  return row;
}

/**
 * The published activities, as the public sees them at /directory.json (checked by the Activity
 * schema); an empty list until a manager first publishes. For any inbox page that shows the
 * directory (the unchecked listings, the booklet).
 */
export async function publishedActivities(db: Queryable): Promise<Activity[]> {
  const published = await publishedDirectory(db);
  if (!published) return [];
  const { activities } = JSON.parse(published.body) as { activities: unknown[] };
  return activities.map((a) => Activity.parse(a));
}

/** The newest versions first, without their bodies: what is live and what could be put back. */
export function recentVersions(db: Queryable, limit = 5): Promise<DirectoryVersion[]> {
  return db.query<DirectoryVersion>(
    `SELECT ${VERSION_COLUMNS} FROM directory_versions v LEFT JOIN staff_users u ON u.id = v.published_by ORDER BY v.id DESC LIMIT $1`,
    [limit],
  );
}
