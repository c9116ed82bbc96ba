import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runRetention, startRetentionJob } from '../staff/retention.ts';
import type { Db } from '../store/db.ts';
import { newDb, storeKinds } from './helpers/stores.ts';
import type { TestApp } from './helpers/app.ts';
import { DAY, sendReferral, signedIn, staffApp, testClock, type StaffBrowser } from './helpers/staff.ts';

// Personal data goes once a referral has been closed (or replaced) for retentionDays; an
// anonymous record stays for counts. Tested with an injected clock: the job's "today" is the
// clock's, and the changes it measures from are stamped by the same clock.

interface Row {
  document: unknown;
  redacted: string | null;
  summary: Record<string, unknown> | null;
  status: string;
  detail: string | null;
}

const rowOf = async (db: Db, reference: string) =>
  (await db.query<Row>('SELECT document, redacted_at::text AS redacted, summary, status, decline_detail AS detail FROM referrals WHERE reference = $1', [reference]))[0]!;

for (const kind of storeKinds()) {
  describe(`retention on ${kind}`, { timeout: 240_000 }, () => {
    let db: Db;
    let app: TestApp;
    let dispose: () => Promise<void>;
    const clock = testClock();
    before(async () => {
      ({ db, dispose } = await newDb(kind));
      app = staffApp(db, { now: clock.now });
    });
    after(() => dispose?.());
    // Days pass in these tests, and a session lasts 15 idle minutes: each step signs in afresh.
    const fresh = async (role: 'linkworker' | 'manager' = 'linkworker'): Promise<StaffBrowser> => (await signedIn(app, db, role)).browser;

    const close = async (reference: string, path: 'accepted' | 'declined') => {
      const worker = await fresh();
      await worker.post(`/inbox/referrals/${reference}/status`, { from: 'new', status: 'contacted' });
      if (path === 'accepted') await worker.post(`/inbox/referrals/${reference}/status`, { from: 'contacted', status: 'accepted' });
      else await worker.post(`/inbox/referrals/${reference}/decline`, { from: 'contacted', reason: 'other', detail: 'Moving to Leeds next week' });
      await worker.post(`/inbox/referrals/${reference}/notes`, { note: 'Spoke to Sam about the walking group.' });
      await worker.post(`/inbox/referrals/${reference}/status`, { from: path, status: 'closed' });
    };

    it('removes the personal data of referrals closed more than retentionDays ago, and nothing else', async () => {
      const goals = { needAreas: [{ id: 'loneliness', score: 3 }, { id: 'work', score: 1 }], workPathway: 'indirect' };
      const old = await sendReferral(app, { goals, source: { page: 'https://practice.example/help', widgetVersion: '0.1.0', locale: 'en', kiosk: true, assisted: false } });
      const declined = await sendReferral(app);
      const recent = await sendReferral(app);
      const open = await sendReferral(app);
      await close(old.reference, 'accepted');
      await close(declined.reference, 'declined');
      clock.advance(5 * DAY);
      await close(recent.reference, 'accepted');
      await (await fresh()).post(`/inbox/referrals/${open.reference}/status`, { from: 'new', status: 'contacted' });
      clock.advance(26 * DAY);
      // 31 days after the first two closed, 26 after the third; the open one is older still.
      const redacted = await runRetention(db, { retentionDays: 30, now: new Date(clock.now()) });
      assert.deepEqual(redacted.sort(), [old.reference, declined.reference].sort());

      const gone = await rowOf(db, old.reference);
      assert.equal(gone.document, null);
      assert.ok(gone.redacted);
      assert.equal(gone.status, 'closed', 'the anonymous record keeps its status for counts');
      assert.deepEqual(gone.summary, { channel: 'kiosk', needAreas: ['loneliness', 'work'], workPathway: 'indirect', district: 'AV1' });
      assert.equal((await rowOf(db, declined.reference)).detail, null, "the decline's free text goes too");
      const notes = await db.query<{ body: string | null }>(
        'SELECT n.body FROM referral_notes n JOIN referrals r ON r.id = n.referral_id WHERE r.reference = ANY($1::text[])',
        [[old.reference, declined.reference]],
      );
      assert.equal(notes.length, 2);
      assert.ok(notes.every((n) => n.body === null));
      for (const kept of [recent, open]) assert.notEqual((await rowOf(db, kept.reference)).document, null);
      assert.equal((await db.query<{ body: string }>("SELECT body FROM referral_notes n JOIN referrals r ON r.id = n.referral_id WHERE r.reference = $1", [recent.reference]))[0]!.body, 'Spoke to Sam about the walking group.');

      // Nothing personal is left anywhere about it: not in the row, its notes or its audit entries.
      const everything = JSON.stringify(await db.query(
        `SELECT r.*, (SELECT json_agg(n) FROM referral_notes n WHERE n.referral_id = r.id) AS notes,
                (SELECT json_agg(a) FROM audit_log a WHERE a.referral_id = r.id) AS audit
           FROM referrals r WHERE r.reference = $1`,
        [old.reference],
      ));
      for (const personal of ['Sam Taylor', '1970-04-12', 'AV1 3QT', '07700900123', 'walking group', 'Leeds']) assert.ok(!everything.includes(personal), personal);

      const [entry] = await db.query<{ actor: string | null; detail: unknown }>(
        "SELECT actor_id::text AS actor, detail FROM audit_log a JOIN referrals r ON r.id = a.referral_id WHERE a.action = 'redacted' AND r.reference = $1",
        [old.reference],
      );
      assert.deepEqual(entry, { actor: null, detail: { retentionDays: 30 } });
      assert.deepEqual(await runRetention(db, { retentionDays: 30, now: new Date(clock.now()) }), [], 'a second run finds nothing more');
    });

    it('shows a redacted referral as an anonymous record, still counted in the list', async () => {
      const { reference } = await sendReferral(app, { person: { fullName: 'Gone Gina', dateOfBirth: '1970-01-01', postcode: 'AV1 3QT' } });
      await close(reference, 'accepted');
      clock.advance(31 * DAY);
      await runRetention(db, { retentionDays: 30, now: new Date(clock.now()) });
      const managerBrowser = await fresh('manager');
      const page = await managerBrowser.get(`/inbox/referrals/${reference}`);
      assert.equal(page.status, 200);
      assert.match(page.text, /<h1 class="heading-l">Details removed<\/h1>/);
      assert.match(page.text, /The personal details were removed on .*, 30 days after the referral was closed/);
      assert.doesNotMatch(page.text, /Gone Gina|Message to the referrer/);
      const list = await managerBrowser.get('/inbox?status=closed');
      assert.match(list.text, new RegExp(`Details removed</a>[\\s\\S]*?${reference}`));
      const csv = await managerBrowser.post('/inbox/export', { scope: 'ticked', format: 'csv', ref: reference });
      assert.match(csv.text, new RegExp(`"${reference}","closed"`));
      assert.doesNotMatch(csv.text, /Gone Gina/);
    });

    it('removes a replaced referral\'s personal data too, retentionDays after it was replaced', async () => {
      const older = await sendReferral(app);
      clock.advance(1 * DAY);
      await sendReferral(app, { supersedes: older.id });
      // Intake stamps the replacement with the database's clock (now): the test moves the row's.
      await db.query("UPDATE referrals SET status_at = $2::timestamptz WHERE reference = $1", [older.reference, new Date(clock.now()).toISOString()]);
      clock.advance(29 * DAY);
      assert.deepEqual(await runRetention(db, { retentionDays: 30, now: new Date(clock.now()) }), []);
      clock.advance(2 * DAY);
      assert.deepEqual(await runRetention(db, { retentionDays: 30, now: new Date(clock.now()) }), [older.reference]);
    });

    it('runs as a daily job: once soon after the start, then every day, logging only a count', async () => {
      const lines: Record<string, unknown>[] = [];
      const { reference } = await sendReferral(app);
      await close(reference, 'accepted');
      clock.advance(40 * DAY);
      // Due again every millisecond, long before a run ends: a run must not start while one is going.
      const job = startRetentionJob(db, { retentionDays: 30, now: clock.now, log: (l) => lines.push(l), firstRunMs: 10, everyMs: 1 });
      try {
        const deadline = Date.now() + 20_000;
        while (lines.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      } finally {
        await job.stop();
      }
      assert.deepEqual(lines.slice(0, 2), [{ job: 'retention', redacted: 1 }, { job: 'retention', redacted: 0 }]);
      assert.equal((await rowOf(db, reference)).document, null);
    });
  });
}
