import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { decodeSpreadsheet } from '../../src/core/directory/csv/decode.ts';
import { importDirectoryCsv } from '../../src/core/directory/csv/import.ts';
import type { Db } from '../store/db.ts';
import { publishedActivities, publishUpload, restoreVersion, saveUpload } from '../store/directory.ts';
import { newDb, storeKinds } from './helpers/stores.ts';
import type { TestApp } from './helpers/app.ts';
import { addStaff, staffApp } from './helpers/staff.ts';

// GET /directory.json on both stores: nothing published (404, problem+json), a publish (the
// published schema, a strong ETag, 304, cache headers, CORS for the widget's sites), a second
// publish (a new ETag), a version put back, and the published activities for other inbox pages.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WIDGET_SITE = 'https://practice.example';

async function publishedSchema() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv.compile(JSON.parse(await readFile(`${ROOT}dist/directory.schema.json`, 'utf8')));
}

async function csv(path: string) {
  return importDirectoryCsv(decodeSpreadsheet(await readFile(`${ROOT}${path}`)), { today: '2026-12-01' });
}

for (const kind of storeKinds()) {
  describe(`the published directory on ${kind}`, { timeout: 180_000 }, () => {
    let db: Db;
    let app: TestApp;
    let dispose: () => Promise<void>;
    let managerId: string;

    /** An upload published as a manager would: the store's own two steps, in one transaction. */
    async function publish(path: string) {
      const uploadId = await saveUpload(db, { at: new Date(), by: managerId, fileName: path, result: await csv(path) });
      return db.transaction((tx) => publishUpload(tx, uploadId, new Date(), managerId));
    }
    const get = (headers: Record<string, string> = {}) => app.request('/directory.json', { headers });

    before(async () => {
      ({ db, dispose } = await newDb(kind));
      app = staffApp(db);
      managerId = (await addStaff(db, 'manager')).id;
    });
    after(() => dispose?.());

    it('says clearly, as problem+json, that nothing is published yet; a widget site can read that', async () => {
      const res = await get({ Origin: WIDGET_SITE });
      assert.equal(res.status, 404);
      assert.equal(res.headers.get('Content-Type'), 'application/problem+json');
      assert.equal(res.headers.get('Access-Control-Allow-Origin'), WIDGET_SITE);
      const body = (await res.json()) as { type: string; title: string };
      assert.equal(body.type, 'urn:waymark:problem:directory-not-published');
      assert.match(body.title, /No directory has been published here yet/);
      assert.deepEqual(await publishedActivities(db), []);
    });

    it('serves the published directory as Waymark JSON that passes the published schema, with a strong ETag and brief caching', async () => {
      const outcome = await publish('test/fixtures/directory/booklet-60.csv');
      assert.deepEqual(outcome.ok && outcome.activityCount, 55);
      const res = await get({ Origin: WIDGET_SITE });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('Content-Type'), 'application/json; charset=utf-8');
      const etag = res.headers.get('ETag')!;
      assert.match(etag, /^"[A-Za-z0-9_-]{43}"$/, 'a strong entity tag (no W/)');
      assert.equal(res.headers.get('Cache-Control'), 'public, max-age=60, must-revalidate');
      assert.ok(Date.parse(res.headers.get('Last-Modified')!) > Date.now() - 60_000);
      assert.equal(res.headers.get('Access-Control-Allow-Origin'), WIDGET_SITE);
      assert.equal(res.headers.get('Vary'), 'Origin, Accept-Encoding');
      const json = (await res.json()) as { activities: { id: string; name: string }[] };
      const valid = await publishedSchema();
      assert.ok(valid(json), JSON.stringify(valid.errors?.slice(0, 3)));
      assert.equal(json.activities.length, 55);
      assert.deepEqual((await publishedActivities(db)).map((a) => a.id), json.activities.map((a) => a.id));
    });

    it('answers If-None-Match with 304 and no body while unchanged, and a site not set up gets no CORS header', async () => {
      const etag = (await get()).headers.get('ETag')!;
      for (const header of [etag, `W/${etag}`, `"something-else", ${etag}`, '*']) {
        const res = await get({ 'If-None-Match': header });
        assert.equal(res.status, 304, header);
        assert.equal(await res.text(), '');
        assert.equal(res.headers.get('ETag'), etag);
        assert.equal(res.headers.get('Cache-Control'), 'public, max-age=60, must-revalidate');
      }
      assert.equal((await get({ 'If-None-Match': '"an-old-version"' })).status, 200);
      const other = await get({ Origin: 'https://elsewhere.example' });
      assert.equal(other.status, 200);
      assert.equal(other.headers.get('Access-Control-Allow-Origin'), null);
    });

    it('sends gzip to a client that takes it, with its own strong ETag; either tag gets a 304', async () => {
      const plain = await get();
      const plainBody = await plain.text();
      const plainTag = plain.headers.get('ETag')!;
      const packed = await get({ 'Accept-Encoding': 'gzip, deflate, br' });
      assert.equal(packed.status, 200);
      assert.equal(packed.headers.get('Content-Encoding'), 'gzip');
      const bytes = Buffer.from(await packed.arrayBuffer());
      assert.equal(gunzipSync(bytes).toString('utf8'), plainBody);
      assert.ok(bytes.length < plainBody.length / 3, `${bytes.length} bytes gzipped of ${plainBody.length}`);
      const packedTag = packed.headers.get('ETag')!;
      assert.match(packedTag, /^"[A-Za-z0-9_-]{43}\.gz"$/);
      assert.notEqual(packedTag, plainTag);
      assert.equal((await get({ 'Accept-Encoding': 'gzip', 'If-None-Match': packedTag })).status, 304);
      assert.equal((await get({ 'Accept-Encoding': 'gzip', 'If-None-Match': plainTag })).status, 304);
      assert.equal((await get({ 'If-None-Match': packedTag })).status, 304);
      assert.equal((await get({ 'Accept-Encoding': 'gzip;q=0, identity' })).headers.get('Content-Encoding'), null);
    });

    it('a new publish changes the ETag; putting the earlier version back serves the same bytes and ETag as before', async () => {
      const first = await get();
      const firstBody = await first.text();
      const firstTag = first.headers.get('ETag')!;
      const second = await publish('docs/directory-template.csv');
      assert.ok(second.ok);
      const now = await get({ 'If-None-Match': firstTag });
      assert.equal(now.status, 200, 'the old ETag no longer matches');
      assert.notEqual(now.headers.get('ETag'), firstTag);
      assert.equal(((await now.json()) as { activities: unknown[] }).activities.length, 3);

      const [{ id }] = (await db.query<{ id: string }>('SELECT min(id)::text AS id FROM directory_versions')) as [{ id: string }];
      const restored = await db.transaction((tx) => restoreVersion(tx, id, new Date(), managerId));
      assert.deepEqual(restored.ok && restored.activityCount, 55);
      const back = await get();
      assert.equal(back.headers.get('ETag'), firstTag);
      assert.equal(await back.text(), firstBody);
      assert.equal((await get({ 'If-None-Match': firstTag })).status, 304);
    });

    it('publishes an upload once, and never an upload with no good rows', async () => {
      const uploadId = await saveUpload(db, { at: new Date(), by: managerId, fileName: 't.csv', result: await csv('docs/directory-template.csv') });
      const twice = await Promise.all([1, 2].map(() => db.transaction((tx) => publishUpload(tx, uploadId, new Date(), managerId))));
      assert.deepEqual(twice.map((o) => (o.ok ? 'published' : o.reason)).sort(), ['already-published', 'published']);
      const empty = await saveUpload(db, { at: new Date(), by: managerId, fileName: 'e.csv', result: importDirectoryCsv('Name,Day\n,Funday\n') });
      assert.deepEqual(await db.transaction((tx) => publishUpload(tx, empty, new Date(), managerId)), { ok: false, reason: 'empty' });
      assert.deepEqual(await db.transaction((tx) => publishUpload(tx, '999999', new Date(), managerId)), { ok: false, reason: 'not-found' });
    });
  });
}
