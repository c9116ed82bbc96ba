import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../store/db.ts';
import { runRetention } from '../staff/retention.ts';
import { newDb, storeKinds } from './helpers/stores.ts';
import { testApp } from './helpers/app.ts';
import { signedIn, staffApp } from './helpers/staff.ts';

const DAY = 24 * 60 * 60 * 1000;

function report(extra: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1,
    id: randomUUID(),
    activity: { id: 'av-knit', name: 'Knit and Natter' },
    reason: 'wrong-time',
    note: 'It is on Tuesdays now, not Mondays',
    reportedAt: new Date().toISOString(),
    source: { widgetVersion: '0.1.0', locale: 'en' },
    ...extra,
  };
}

for (const kind of storeKinds()) {
  describe(`listing reports on ${kind}`, { timeout: 120_000 }, () => {
    let db: Db;
    let dispose: () => Promise<void>;
    let clock = Date.now();
    const app = () => testApp(db, { now: () => clock });
    const count = async (where = 'true', params: unknown[] = []) =>
      (await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM listing_reports WHERE ${where}`, params))[0]!.n;
    const post = (body: unknown, headers: Record<string, string> = {}, to = app()) =>
      to.request('/listing-reports', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

    before(async () => {
      ({ db, dispose } = await newDb(kind));
    });
    after(async () => {
      await dispose?.();
    });

    it('stores a report and answers 201 with a reference made from its id', async () => {
      const r = report();
      const res = await post(r, { 'Idempotency-Key': r.id });
      assert.equal(res.status, 201);
      assert.deepEqual(await res.json(), { reference: `LR-${r.id.replace(/-/g, '').slice(0, 8).toUpperCase()}` });
      const [row] = await db.query<Record<string, unknown>>('SELECT activity_id, activity_name, reason, note, locale FROM listing_reports WHERE report_id = $1', [r.id]);
      assert.deepEqual(row, { activity_id: 'av-knit', activity_name: 'Knit and Natter', reason: 'wrong-time', note: r.note, locale: 'en' });
    });

    it('is idempotent: the same report again (with or without the key) is stored once and answered the same', async () => {
      const r = report();
      const first = await post(r, { 'Idempotency-Key': r.id });
      const again = await post(r, { 'Idempotency-Key': r.id });
      const keyless = await post(r);
      assert.equal(first.status, 201);
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
      assert.equal(keyless.status, 201);
      assert.deepEqual(await again.json(), await first.json());
      assert.equal(await count('report_id = $1', [r.id]), 1);
    });

    it('many tries of one report at once store it once', async () => {
      const r = report();
      const replies = await Promise.all(Array.from({ length: 8 }, () => post(r, { 'Idempotency-Key': r.id })));
      assert.deepEqual(replies.map((res) => res.status), Array(8).fill(201));
      assert.equal(await count('report_id = $1', [r.id]), 1);
    });

    it('refuses a used key with different content (422) and stores nothing new', async () => {
      const r = report();
      await post(r, { 'Idempotency-Key': r.id });
      const changed = await post({ ...r, reason: 'closed' }, { 'Idempotency-Key': r.id });
      assert.equal(changed.status, 422);
      assert.equal(((await changed.json()) as { type: string }).type.endsWith('idempotency-key-reused'), true);
      assert.equal(await count('report_id = $1', [r.id]), 1);
    });

    it('refuses what the schema refuses, naming the field, and stores nothing', async () => {
      const before = await count();
      for (const [body, field] of [
        [report({ reason: 'rude' }), 'reason'],
        [report({ email: 'sam@example.com' }), 'email'],
        [report({ note: 'x'.repeat(301) }), 'note'],
        [report({ activity: { id: '', name: 'Knit' } }), 'activity.id'],
      ] as const) {
        const res = await post(body);
        assert.equal(res.status, 422, JSON.stringify(body).slice(0, 80));
        const { errors } = (await res.json()) as { errors: { field: string; message: string }[] };
        assert.ok(errors.some((e) => e.field === field), `${field}: ${JSON.stringify(errors)}`);
      }
      assert.equal((await post('{not json')).status, 400);
      assert.equal((await post(report(), { 'Idempotency-Key': 'has spaces in it' })).status, 400);
      assert.equal((await app().request('/listing-reports', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hi' })).status, 415);
      assert.equal(await count(), before);
    });

    it('answers CORS like /referrals: the configured site may send, another site may not', async () => {
      const preflight = await app().request('/listing-reports', {
        method: 'OPTIONS',
        headers: { Origin: 'https://practice.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), 'https://practice.example');
      assert.match(preflight.headers.get('Access-Control-Allow-Headers')!, /Idempotency-Key/);
      const r = report();
      const allowed = await post(r, { Origin: 'https://practice.example', 'Idempotency-Key': r.id });
      assert.equal(allowed.status, 201);
      assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), 'https://practice.example');
      const other = report();
      assert.equal((await post(other, { Origin: 'https://elsewhere.example' })).status, 403);
      assert.equal(await count('report_id = $1', [other.id]), 0);
    });

    it('is rate-limited like the other public routes', async () => {
      const limited = testApp(db, { config: { ratePerMinute: 2 } });
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await post(report(), {}, limited)).status);
      assert.deepEqual(statuses, [201, 201, 429]);
    });

    it('staff see the reports per activity, most recently reported first; reading is audited; the note is removed after retention', async () => {
      await db.query('DELETE FROM listing_reports');
      clock = Date.now();
      await post(report({ activity: { id: 'av-walk', name: 'Walk & Talk' }, reason: 'closed', note: undefined }));
      clock += 1000;
      await post(report({ note: '<script>alert(1)</script> now Tuesdays' }));
      clock += 1000;
      await post(report({ reason: 'phone-not-working', note: undefined }));
      const staff = staffApp(db, { now: () => clock });
      const { browser, account } = await signedIn(staff, db, 'linkworker');
      const page = await browser.get('/inbox/listing-reports');
      assert.equal(page.status, 200);
      const text = page.text;
      assert.ok(text.indexOf('>Knit and Natter<') < text.indexOf('>Walk &amp; Talk<'), 'the most recently reported activity first');
      assert.match(text, /Listing id: av-knit\. 2 reports\./);
      assert.ok(text.indexOf('The phone number does not work') < text.indexOf('The day or time is wrong'), 'newest report first');
      assert.ok(text.includes('&lt;script&gt;alert(1)&lt;/script&gt; now Tuesdays'), 'the note is text, never markup');
      assert.match(text, /3 reports about 2 activities/);
      assert.match(text, /aria-current="page"[^>]*>Listing reports|href="\/inbox\/listing-reports" aria-current="page"/);
      const [audit] = await db.query<{ n: number }>("SELECT count(*)::integer AS n FROM audit_log WHERE action = 'viewed-listing-reports' AND actor_id = $1", [account.id]);
      assert.equal(audit!.n, 1);

      await runRetention(db, { retentionDays: 30, now: new Date(clock + 31 * DAY) });
      assert.equal(await count('note IS NOT NULL'), 0);
      assert.equal(await count(), 3, 'the reports themselves stay, anonymous');
      // The retention run also forgot the old session: sign in again.
      const after = await (await signedIn(staff, db, 'linkworker')).browser.get('/inbox/listing-reports');
      assert.ok(!after.text.includes('now Tuesdays'));
      assert.match(after.text, /Removed after the retention period/);
    });

    it('a note younger than the retention period stays', async () => {
      await db.query('DELETE FROM listing_reports');
      clock = Date.now();
      await post(report());
      await runRetention(db, { retentionDays: 30, now: new Date(clock + 29 * DAY) });
      assert.equal(await count('note IS NOT NULL'), 1);
    });

    it('link workers and managers may open the page; nobody signed out may', async () => {
      const staff = staffApp(db, { now: () => clock });
      const manager = await signedIn(staff, db, 'manager');
      assert.equal((await manager.browser.get('/inbox/listing-reports')).status, 200);
      const signedOut = await staff.request('/inbox/listing-reports');
      assert.equal(signedOut.status, 303);
    });
  });
}
