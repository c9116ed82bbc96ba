import { readFileSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { decodeSpreadsheet } from '../../../src/core/directory/csv/decode.ts';
import { importDirectoryCsv } from '../../../src/core/directory/csv/import.ts';
import { dueForCheck } from '../../../src/core/directory/freshness.ts';
import { z } from '../../../src/core/model/zod.ts';
import { appendAudit } from '../../store/audit.ts';
import {
  findUpload, forgetOldUploads, publishedActivities, publishUpload, recentVersions, restoreVersion, saveUpload,
} from '../../store/directory.ts';
import { ownOrigin, requirePermission } from '../auth/guards.ts';
import type { Staff, StaffEnv } from '../context.ts';
import { can } from '../roles.ts';
import { directoryPage, previewPage, tooBigPage, uncheckedPage } from '../pages/directory.ts';
import type { FieldError } from '../pages/form.ts';
import { notFoundPage } from '../pages/problems.ts';
import { field, readForm } from './form-body.ts';

type C = Context<StaffEnv>;

/** The largest spreadsheet a manager may upload: a booklet of a thousand activities is about 400 KB. */
export const UPLOAD_LIMIT_BYTES = 1024 * 1024;
export const UPLOAD_PATH = '/inbox/directory/upload';
const DAY_MS = 86_400_000;
const TEMPLATE = readFileSync(new URL('../../../docs/directory-template.csv', import.meta.url));

/**
 * The upload's own body limit, checked before the session is read (and instead of the forms'
 * smaller one): the page it answers with names no one.
 */
export const uploadBodyLimit = () => bodyLimit({ maxSize: UPLOAD_LIMIT_BYTES, onError: (c) => c.html(tooBigPage().text, 413) });

const UploadForm = z.object({ file: z.catch(z.optional(z.file()), undefined) });
const RestoreForm = z.object({ version: field });

/** Zip files (.xlsx, .ods) start with "PK": a workbook, not the CSV the import reads. */
const isWorkbook = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

function fileProblem(file: File | undefined, bytes: Uint8Array): FieldError | undefined {
  if (!file || (file.size === 0 && !file.name)) return { field: 'file', message: 'Choose the spreadsheet to upload, saved as CSV' };
  if (file.size === 0) return { field: 'file', message: 'The file is empty: choose the spreadsheet saved as CSV' };
  if (isWorkbook(bytes)) {
    return { field: 'file', message: 'This is a workbook (like .xlsx), not a CSV file: in Excel, choose File, then Save a Copy, then "CSV UTF-8", and upload that' };
  }
  return undefined;
}

/**
 * `/inbox/directory`: everyone on the staff screen sees what is published and which listings need
 * checking; managers upload a spreadsheet, check the preview, publish it, and can put the previous
 * directory back. Uploading and publishing are audited.
 */
export function directoryRoutes(staff: Staff) {
  const at = () => new Date(staff.now());
  const managers = requirePermission('publish-directory');

  async function home(c: C, status: 200 | 422, errors: FieldError[] = []) {
    const viewer = c.get('viewer')!;
    const now = at();
    const [versions, listed] = await Promise.all([recentVersions(staff.db, 2), publishedActivities(staff.db)]);
    const done = c.req.query('done');
    return c.html(
      directoryPage({
        viewer,
        canPublish: can(viewer.role, 'publish-directory'),
        versions,
        publicUrl: `${ownOrigin(c, staff)}/directory.json`,
        toCheck: listed.filter((a) => dueForCheck(a, now)).length,
        errors,
        done: done === 'published' || done === 'restored' ? done : undefined,
      }).text,
      status,
    );
  }

  return new Hono<StaffEnv>()
    .get('/', (c) => home(c, 200))
    .get('/template.csv', (c) =>
      c.body(TEMPLATE, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="directory-template.csv"' }),
    )
    .get('/unchecked', async (c) => {
      const now = at();
      const [[live], listed] = await Promise.all([recentVersions(staff.db, 1), publishedActivities(staff.db)]);
      // Never checked first, then the longest ago.
      const listings = listed.filter((a) => dueForCheck(a, now)).sort((a, b) => (a.lastChecked ?? '').localeCompare(b.lastChecked ?? ''));
      return c.html(uncheckedPage({ viewer: c.get('viewer')!, listings, published: live }).text);
    })
    .post('/upload', managers, async (c) => {
      const viewer = c.get('viewer')!;
      const { file } = await readForm(c, UploadForm);
      const bytes = file ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
      const problem = fileProblem(file, bytes);
      if (problem) return home(c, 422, [problem]);
      const now = at();
      const result = importDirectoryCsv(decodeSpreadsheet(bytes), { today: now.toISOString().slice(0, 10) });
      const fileName = file!.name.slice(0, 200) || 'spreadsheet.csv';
      const uploadId = await staff.db.transaction(async (tx) => {
        await forgetOldUploads(tx, new Date(now.getTime() - DAY_MS));
        const id = await saveUpload(tx, { at: now, by: viewer.id, fileName, result });
        await appendAudit(tx, now, {
          actorId: viewer.id,
          action: 'directory-uploaded',
          detail: { uploadId: id, activities: result.activities.length, skippedRows: result.rows.skipped.length },
        });
        return id;
      });
      return c.redirect(`/inbox/directory/uploads/${uploadId}`, 303);
    })
    .get('/uploads/:id', managers, async (c) => {
      const upload = await findUpload(staff.db, c.req.param('id'));
      if (!upload) return c.html(notFoundPage(c.get('viewer')).text, 404);
      const [live] = await recentVersions(staff.db, 1);
      return c.html(previewPage({ viewer: c.get('viewer')!, upload, live }).text);
    })
    .post('/uploads/:id/publish', managers, async (c) => {
      const viewer = c.get('viewer')!;
      const uploadId = c.req.param('id');
      const now = at();
      const outcome = await staff.db.transaction(async (tx) => {
        const published = await publishUpload(tx, uploadId, now, viewer.id);
        if (published.ok) {
          await appendAudit(tx, now, {
            actorId: viewer.id,
            action: 'directory-published',
            detail: { uploadId, versionId: published.versionId, activities: published.activityCount },
          });
        }
        return published;
      });
      if (outcome.ok || outcome.reason === 'already-published') return c.redirect('/inbox/directory?done=published', 303);
      if (outcome.reason === 'empty') return c.redirect(`/inbox/directory/uploads/${uploadId}`, 303);
      return c.html(notFoundPage(viewer).text, 404);
    })
    .post('/restore', managers, async (c) => {
      const viewer = c.get('viewer')!;
      const { version } = await readForm(c, RestoreForm);
      const now = at();
      const [live] = await recentVersions(staff.db, 1);
      if (live?.id === version) return c.redirect('/inbox/directory', 303);
      const outcome = await staff.db.transaction(async (tx) => {
        const restored = await restoreVersion(tx, version, now, viewer.id);
        if (restored.ok) {
          await appendAudit(tx, now, {
            actorId: viewer.id,
            action: 'directory-restored',
            detail: { versionId: restored.versionId, restoredFrom: version, restoredFromAt: restored.restoredFromAt ?? null, activities: restored.activityCount },
          });
        }
        return restored;
      });
      if (!outcome.ok) return c.html(notFoundPage(viewer).text, 404);
      return c.redirect('/inbox/directory?done=restored', 303);
    });
}
