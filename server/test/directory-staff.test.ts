import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { decodeSpreadsheet } from '../../src/core/directory/csv/decode.ts';
import { importDirectoryCsv } from '../../src/core/directory/csv/import.ts';
import { csvProblemText } from '../../src/core/directory/csv/problems.ts';
import type { Db } from '../store/db.ts';
import { escapeHtml } from '../staff/html.ts';
import { newDb, storeKinds } from './helpers/stores.ts';
import type { TestApp } from './helpers/app.ts';
import { DAY, ORIGIN, signedIn, staffApp, testClock, type StaffBrowser } from './helpers/staff.ts';

// The directory's staff pages on both stores: a manager uploads a spreadsheet, sees every bad row
// worded as the importer words it and a sample, publishes it (audited, once), and can put the
// previous directory back; a link worker sees what is published and the listings to check, and
// can do nothing else; a wrong, empty or too big file is said plainly.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BOOKLET = 'test/fixtures/directory/booklet-60.csv';
const TEMPLATE = 'docs/directory-template.csv';

for (const kind of storeKinds()) {
  describe(`the directory's staff pages on ${kind}`, { timeout: 240_000 }, () => {
    let db: Db;
    let app: TestApp;
    let dispose: () => Promise<void>;
    let manager: StaffBrowser;
    let worker: StaffBrowser;
    const clock = testClock(Date.parse('2026-12-01T10:00:00Z'));

    /** The form as a browser sends it: multipart, with the page's CSRF token and the file. */
    async function upload(browser: StaffBrowser, name: string, content: string | Uint8Array, { csrf = browser.csrf }: { csrf?: string | undefined } = {}) {
      const form = new FormData();
      if (csrf) form.append('csrf', csrf);
      form.append('file', new File([typeof content === 'string' ? content : new Uint8Array(content)], name, { type: name.endsWith('.csv') ? 'text/csv' : 'application/octet-stream' }));
      const cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const res = await app.request('/inbox/directory/upload', { method: 'POST', headers: { Cookie: cookie, Origin: ORIGIN }, body: form });
      return Object.assign(res, { text: await res.text() });
    }
    const file = (path: string) => readFile(`${ROOT}${path}`);
    const publicDirectory = () => app.request('/directory.json');
    const actions = async () => (await db.query<{ action: string }>(`SELECT action FROM audit_log WHERE action LIKE 'directory-%' ORDER BY id`)).map((r) => r.action);

    before(async () => {
      ({ db, dispose } = await newDb(kind));
      app = staffApp(db, { now: clock.now });
      manager = (await signedIn(app, db, 'manager', 'Morgan Manager')).browser;
      worker = (await signedIn(app, db, 'linkworker', 'Alex Link')).browser;
    });
    after(() => dispose?.());

    it('both roles find the Directory; before a publish it says nothing is published; only a manager is offered the upload', async () => {
      for (const [browser, canUpload] of [[manager, true], [worker, false]] as const) {
        assert.match((await browser.get('/inbox')).text, /href="\/inbox\/directory"/);
        const page = await browser.get('/inbox/directory');
        assert.equal(page.status, 200);
        assert.match(page.text, /Nothing is published yet, so finders that read http:\/\/localhost\/directory\.json have nothing to show/);
        assert.equal(/enctype="multipart\/form-data"/.test(page.text), canUpload);
      }
      const template = await manager.get('/inbox/directory/template.csv');
      assert.equal(template.headers.get('Content-Type'), 'text/csv; charset=utf-8');
      assert.equal(template.text, (await file(TEMPLATE)).toString('utf8').replace(/^\uFEFF/, ''), 'the template (a reply read as text loses its byte-order mark)');
    });

    it("a manager's upload: the preview counts what will be published, names each bad row as the importer does, shows a sample, and publishes nothing yet", async () => {
      const bytes = await file(BOOKLET);
      const res = await upload(manager, 'booklet.csv', bytes);
      assert.equal(res.status, 303, res.text.slice(0, 300));
      const location = res.headers.get('Location')!;
      assert.match(location, /^\/inbox\/directory\/uploads\/\d+$/);
      const preview = await manager.get(location);
      assert.equal(preview.status, 200);
      assert.match(preview.text, /55 activities will be published/);
      assert.match(preview.text, /5 rows were left out because of a problem/);
      const expected = importDirectoryCsv(decodeSpreadsheet(bytes), { today: '2026-12-01' }).problems.map(csvProblemText);
      assert.equal(expected.length, 5);
      const shown = [...preview.text.matchAll(/<ul class="problems">([\s\S]*?)<\/ul>/g)][0]![1]!;
      assert.deepEqual([...shown.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]), expected.map(escapeHtml));
      assert.ok(preview.text.includes(escapeHtml("Row 7, column 'Day': 'Tues and Thurs' — write days as Monday, Tuesday …")));
      assert.equal([...preview.text.matchAll(/<tr>\s*<th scope="row">/g)].length, 10, 'a sample of ten');
      assert.match(preview.text, /<th scope="row">Kelby Wold Lunch Club<\/th><td>Tuesday, 10:00 to 12:00<\/td>/);
      assert.match(preview.text, /And 45 more activities\./);
      assert.match(preview.text, /<button type="submit" class="button">Publish 55 activities<\/button>/);
      assert.equal((await publicDirectory()).status, 404, 'nothing is published by an upload');
      assert.deepEqual(await actions(), ['directory-uploaded']);

      const publish = location + '/publish';
      const published = await manager.post(publish, {});
      assert.equal(published.status, 303);
      assert.equal(published.headers.get('Location'), '/inbox/directory?done=published');
      const home = await manager.get('/inbox/directory?done=published');
      assert.match(home.text, /The directory is published: 55 activities\./);
      assert.match(home.text, /<dd class="summary-list__value">1 December 2026 at 10:00am by Morgan Manager<\/dd>/);
      const served = (await (await publicDirectory()).json()) as { activities: { name: string }[] };
      assert.equal(served.activities.length, 55);
      assert.equal(served.activities[0]!.name, 'Kelby Wold Lunch Club');

      // A second press (or a second tab) publishes nothing more.
      assert.equal((await manager.post(publish, {})).status, 303);
      assert.deepEqual(await actions(), ['directory-uploaded', 'directory-published']);
      assert.equal((await db.query('SELECT 1 FROM directory_versions')).length, 1);
      const audit = await manager.get('/inbox/audit');
      assert.match(audit.text, /Uploaded a directory spreadsheet: 55 activities to publish, 5 rows left out/);
      assert.match(audit.text, /Published the directory: 55 activities/);
    });

    it('a link worker may not upload, preview, publish or put back, and the audit log shows none of it', async () => {
      const before = await actions();
      assert.equal((await upload(worker, 'mine.csv', await file(TEMPLATE))).status, 403);
      const [{ id }] = (await db.query<{ id: string }>('SELECT max(id)::text AS id FROM directory_uploads')) as [{ id: string }];
      assert.equal((await worker.get(`/inbox/directory/uploads/${id}`)).status, 403);
      assert.equal((await worker.post(`/inbox/directory/uploads/${id}/publish`, {})).status, 403);
      assert.equal((await worker.post('/inbox/directory/restore', { version: '1' })).status, 403);
      assert.deepEqual(await actions(), before);
    });

    it('says what is wrong with a missing, empty, workbook or too big file, and refuses a form without its token', async () => {
      const before = await actions();
      const cases: [string, string | Uint8Array, RegExp][] = [
        ['', '', /Choose the spreadsheet to upload, saved as CSV/],
        ['empty.csv', '', /The file is empty: choose the spreadsheet saved as CSV/],
        ['booklet.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /This is a workbook \(like \.xlsx\), not a CSV file/],
      ];
      for (const [name, content, message] of cases) {
        const res = await upload(manager, name, content);
        assert.equal(res.status, 422, name);
        assert.match(res.text, /<title>Error: Directory – Waymark inbox<\/title>/);
        assert.match(res.text, /There is a problem[\s\S]*<a href="#file">/);
        assert.match(res.text, message);
        assert.match(res.text, /aria-describedby="file-hint file-error"/);
      }
      const big = await upload(manager, 'big.csv', 'Name\n' + 'A listing with a long name\n'.repeat(45_000));
      assert.equal(big.status, 413);
      assert.match(big.text, /The file is too big[\s\S]*smaller than 1 MB/);
      assert.equal((await upload(manager, 'booklet.csv', await file(TEMPLATE), { csrf: 'not-the-token' })).status, 403);
      assert.deepEqual(await actions(), before, 'nothing stored, nothing audited');
    });

    it('a file with no good rows can be previewed but not published', async () => {
      const res = await upload(manager, 'notes.csv', 'Our groups\nTea and chat on Tuesdays\n');
      const preview = await manager.get(res.headers.get('Location')!);
      assert.match(preview.text, /Nothing can be published from this file/);
      assert.match(preview.text, /No column is headed &#39;Name&#39;, so nothing was imported/);
      assert.doesNotMatch(preview.text, /Publish \d/);
      assert.equal((await manager.post(`${res.headers.get('Location')!}/publish`, {})).status, 303);
      assert.equal((await db.query('SELECT 1 FROM directory_versions')).length, 1);
    });

    it('a manager can put the previous directory back: the same bytes and ETag as before, audited', async () => {
      const first = await publicDirectory();
      const firstTag = first.headers.get('ETag');
      const firstBody = await first.text();
      const res = await upload(manager, 'template.csv', await file(TEMPLATE));
      const preview = await manager.get(res.headers.get('Location')!);
      assert.match(preview.text, /This replaces the directory published 1 December 2026 at 10:00am by Morgan Manager, with 55 activities\./);
      await manager.post(`${res.headers.get('Location')!}/publish`, {});
      assert.equal(((await (await publicDirectory()).json()) as { activities: unknown[] }).activities.length, 3);

      const home = await manager.get('/inbox/directory');
      assert.match(home.text, /put back the directory published 1 December 2026 at 10:00am by Morgan Manager, with 55 activities/);
      const version = /name="version" value="(\d+)"/.exec(home.text)![1]!;
      const restored = await manager.post('/inbox/directory/restore', { version });
      assert.equal(restored.headers.get('Location'), '/inbox/directory?done=restored');
      assert.match((await manager.get('/inbox/directory?done=restored')).text, /The earlier directory is back: 55 activities\./);
      const back = await publicDirectory();
      assert.equal(back.headers.get('ETag'), firstTag);
      assert.equal(await back.text(), firstBody);
      assert.deepEqual((await actions()).slice(-1), ['directory-restored']);
      assert.match((await manager.get('/inbox/audit')).text, /Put back the directory published on 1 December 2026 at 10:00am: 55 activities/);
    });

    it('lists the listings not checked in six months, never-checked first, for link workers too', async () => {
      const day = (daysAgo: number) => new Date(clock.now() - daysAgo * DAY).toISOString().slice(0, 10);
      const csv = [
        'Name,Phone,Last checked',
        `Checked last month,01632 960001,${day(30)}`,
        `Checked last year,01632 960002,${day(400)}`,
        'Never checked,01632 960003,',
        `Checked seven months ago,01632 960004,${day(213)}`,
      ].join('\r\n');
      const res = await upload(manager, 'checks.csv', csv);
      await manager.post(`${res.headers.get('Location')!}/publish`, {});
      const home = await worker.get('/inbox/directory');
      assert.match(home.text, /3 listings have not been checked in the last 6 months/);
      const page = await worker.get('/inbox/directory/unchecked');
      assert.equal(page.status, 200);
      assert.match(page.text, /<caption class="heading-m">3 listings to check<\/caption>/);
      assert.deepEqual([...page.text.matchAll(/<th scope="row">([^<]+)<\/th>/g)].map((m) => m[1]), ['Never checked', 'Checked last year', 'Checked seven months ago']);
      assert.match(page.text, /<a href="tel:01632960003">01632 960003<\/a>/);
      // Two hundred days on (signed in again: the old session has long gone), last month's is due too.
      clock.advance(200 * DAY);
      const later = (await signedIn(app, db, 'linkworker')).browser;
      assert.match((await later.get('/inbox/directory/unchecked')).text, /4 listings to check/);
    });
  });
}
