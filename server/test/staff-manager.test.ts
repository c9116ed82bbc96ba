import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../store/db.ts';
import { newDb, storeKinds } from './helpers/stores.ts';
import type { TestApp } from './helpers/app.ts';
import { sendReferral, signedIn, staffApp, staffBrowser, type StaffBrowser } from './helpers/staff.ts';

// What only managers may do: read the audit log and manage staff. And what nobody may do: change
// or remove an audit entry.

for (const kind of storeKinds()) {
  describe(`roles, the audit log and users on ${kind}`, { timeout: 240_000 }, () => {
    let db: Db;
    let app: TestApp;
    let dispose: () => Promise<void>;
    let worker: StaffBrowser;
    let manager: StaffBrowser;
    let workerId: string;
    before(async () => {
      ({ db, dispose } = await newDb(kind));
      app = staffApp(db);
      const w = await signedIn(app, db, 'linkworker', 'Alex Link');
      worker = w.browser;
      workerId = w.account.id;
      manager = (await signedIn(app, db, 'manager', 'Morgan Manager')).browser;
    });
    after(() => dispose?.());

    it('a link worker cannot reach the audit log or user management, and is not offered them', async () => {
      const { reference } = await sendReferral(app);
      for (const path of ['/inbox/audit', `/inbox/audit?reference=${reference}`, '/inbox/users', '/inbox/users/new', '/inbox/users/1']) {
        const res = await worker.get(path);
        assert.equal(res.status, 403, path);
        assert.match(res.text, /You cannot open this page/);
        assert.doesNotMatch(res.text, /<table|Signed in[\s\S]*Failed|@practice\.example/, path);
      }
      for (const [path, fields] of [
        ['/inbox/users', { email: 'sneaky@practice.example', name: 'Sneaky', role: 'manager' }],
        ['/inbox/users/new', { email: 'sneaky@practice.example', name: 'Sneaky', role: 'manager' }],
        [`/inbox/users/${workerId}/role`, { role: 'manager' }],
      ] as const) {
        assert.equal((await worker.post(path, fields)).status, 403, path);
      }
      assert.equal((await db.query("SELECT 1 FROM staff_users WHERE email = 'sneaky@practice.example'")).length, 0);
      assert.equal((await db.query<{ role: string }>('SELECT role FROM staff_users WHERE id = $1::bigint', [workerId]))[0]!.role, 'linkworker');
      const list = (await worker.get('/inbox')).text;
      assert.doesNotMatch(list, /href="\/inbox\/audit"|href="\/inbox\/users"/);
      const managerList = (await manager.get('/inbox')).text;
      assert.match(managerList, /href="\/inbox\/audit"/);
      assert.match(managerList, /href="\/inbox\/users"/);
    });

    it("shows a manager who viewed, changed and exported a referral, and when, newest first; reading it is recorded too", async () => {
      const { reference } = await sendReferral(app);
      await worker.get(`/inbox/referrals/${reference}`);
      await worker.post(`/inbox/referrals/${reference}/assign`, { assignee: workerId });
      await worker.post(`/inbox/referrals/${reference}/status`, { from: 'new', status: 'contacted' });
      await worker.post('/inbox/export', { scope: 'ticked', format: 'csv', ref: reference });
      const page = await manager.get(`/inbox/audit?reference=${reference}`);
      assert.equal(page.status, 200);
      const rows = [...page.text.matchAll(/<tr>\s*<td class="nowrap">([^<]+)<\/td>\s*<td>([^<]+)<br>[\s\S]*?<td>([^<]+)<\/td>/g)].map((m) => [m[2], m[3]]);
      assert.deepEqual(rows, [
        ['Alex Link', 'Exported as CSV'],
        ['Alex Link', 'Changed status from New to Contacted'],
        ['Alex Link', 'Assigned to Alex Link'],
        ['Alex Link', 'Viewed the referral'],
      ]);
      const [last] = await db.query<{ action: string }>('SELECT action FROM audit_log ORDER BY id DESC LIMIT 1');
      assert.equal(last!.action, 'viewed-audit');
      const byWorker = await manager.get(`/inbox/audit?user=${workerId}`);
      assert.match(byWorker.text, /Signed in/);
      assert.doesNotMatch(byWorker.text, /Morgan Manager<br>/);
    });

    it('the database refuses to change or remove an audit entry, whatever the code does', async () => {
      const [{ n }] = (await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM audit_log')) as [{ n: number }];
      assert.ok(n > 0);
      for (const sql of ["UPDATE audit_log SET action = 'signed-out'", 'DELETE FROM audit_log', 'TRUNCATE audit_log']) {
        await assert.rejects(db.query(sql), (error: { code?: string; message?: string }) => error.code === '42501' && /append-only/.test(error.message ?? ''), sql);
      }
      assert.equal((await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM audit_log'))[0]!.n, n);
    });

    it('a manager adds a user: form, check your answers, then the password once; the new user can sign in', async () => {
      const form = await manager.get('/inbox/users/new');
      assert.match(form.text, /<h1 class="heading-l">Add a user<\/h1>/);
      const bad = await manager.post('/inbox/users/new', { email: 'not an email', name: '', role: '' });
      assert.equal(bad.status, 422);
      assert.match(bad.text, /There is a problem[\s\S]*href="#email">Enter an email address in the right format[\s\S]*href="#name">Enter their name[\s\S]*href="#role">Choose their role/);
      const check = await manager.post('/inbox/users/new', { email: ' Jo.New@Practice.example ', name: 'Jo New', role: 'linkworker' });
      assert.equal(check.status, 200);
      assert.match(check.text, /Check the new user[\s\S]*jo\.new@practice\.example[\s\S]*Jo New[\s\S]*Link worker/);
      assert.match(check.text, /Change<span class="visually-hidden"> email address<\/span>/);
      const made = await manager.post('/inbox/users', { email: 'jo.new@practice.example', name: 'Jo New', role: 'linkworker' });
      assert.match(made.text, /User added/);
      const password = /<strong class="panel__secret">([^<]+)<\/strong>/.exec(made.text)![1]!;
      assert.match(password, /^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/);
      const again = await manager.post('/inbox/users', { email: 'jo.new@practice.example', name: 'Jo Again', role: 'manager' });
      assert.equal(again.status, 422);
      assert.match(again.text, /There is already a user with this email address/);
      assert.equal((await staffBrowser(app).signIn('JO.NEW@practice.example', password)).status, 303);
      const [entry] = await db.query<{ detail: { role: string } }>("SELECT detail FROM audit_log WHERE action = 'user-added' ORDER BY id DESC LIMIT 1");
      assert.deepEqual(entry!.detail, { role: 'linkworker' });
    });

    it('a manager resets a password (old one stops working, sessions end), changes a role, and cannot disable themselves', async () => {
      const { browser: other, account } = await signedIn(app, db, 'linkworker', 'Pat Reset');
      const reset = await manager.post(`/inbox/users/${account.id}/reset-password`, {});
      const password = /<strong class="panel__secret">([^<]+)<\/strong>/.exec(reset.text)![1]!;
      assert.equal((await other.get('/inbox')).status, 303, 'signed out');
      assert.equal((await staffBrowser(app).signIn(account.email, account.password)).status, 401);
      assert.equal((await staffBrowser(app).signIn(account.email, password)).status, 303);
      assert.equal((await manager.post(`/inbox/users/${account.id}/role`, { role: 'manager' })).status, 303);
      assert.equal((await db.query<{ role: string }>('SELECT role FROM staff_users WHERE id = $1::bigint', [account.id]))[0]!.role, 'manager');
      const me = (await db.query<{ id: string }>("SELECT id::text AS id FROM staff_users WHERE name = 'Morgan Manager'"))[0]!.id;
      const self = await manager.post(`/inbox/users/${me}/disable`, {});
      assert.equal(self.status, 303);
      assert.equal((await db.query<{ d: string | null }>('SELECT disabled_at::text AS d FROM staff_users WHERE id = $1::bigint', [me]))[0]!.d, null);
      assert.match((await manager.get(`/inbox/users/${me}`)).text, /This is your own account/);
    });

    it('a form with a wrong or missing CSRF token, or from another origin, changes nothing', async () => {
      const { reference } = await sendReferral(app);
      const path = `/inbox/referrals/${reference}/status`;
      const fields = { from: 'new', status: 'contacted' };
      for (const [what, options] of [
        ['wrong token', { csrf: 'x'.repeat(43) }],
        ['no token', { csrf: null }],
        ['another origin', { origin: 'https://evil.example' }],
        ['no origin', { origin: null }],
        ['cross-site fetch', { headers: { 'Sec-Fetch-Site': 'cross-site' } }],
      ] as const) {
        const res = await worker.post(path, fields, options);
        assert.equal(res.status, 403, what);
        assert.match(res.text, /This form is out of date/, what);
        assert.doesNotMatch(res.text, /Sam Taylor/, what);
      }
      const managersToken = manager.csrf!;
      assert.equal((await worker.post(path, fields, { csrf: managersToken })).status, 403, "another session's token");
      const exported = await worker.post('/inbox/export', { scope: 'all', format: 'csv' }, { csrf: 'x'.repeat(43) });
      assert.equal(exported.status, 403);
      assert.doesNotMatch(exported.text, /reference/);
      assert.equal((await db.query<{ status: string }>('SELECT status FROM referrals WHERE reference = $1', [reference]))[0]!.status, 'new');
    });
  });
}
