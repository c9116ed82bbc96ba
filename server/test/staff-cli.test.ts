import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../app.ts';
import { silentLogger } from '../log.ts';
import { newDb, newPlace, storeKinds, type StorePlace } from './helpers/stores.ts';
import { runInboxCommand, startInboxProcess, type InboxProcess } from './helpers/process.ts';
import { TEST_CONFIG } from './helpers/app.ts';
import { canSignIn } from './helpers/staff.ts';

// `npm run inbox -- add-user` and the demo's accounts, against a real inbox process.

for (const kind of storeKinds()) {
  describe(`staff accounts from the command line on ${kind}`, { timeout: 240_000 }, () => {
    let place: StorePlace;
    let inbox: InboxProcess | undefined;
    before(async () => {
      place = await newPlace(kind);
    });
    after(async () => {
      await inbox?.stop();
      await place?.dispose();
    });

    it('add-user makes an account with a password shown once, with the inbox stopped or running', async () => {
      const first = await runInboxCommand(['add-user', 'Alex.Link@Practice.example', '--role', 'linkworker', '--name', 'Alex Link'], place.env);
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, /^Added Alex Link \(alex\.link@practice\.example\) as link worker\.\nTheir password: ([2-9A-HJ-NP-Z]{4}-){3}[2-9A-HJ-NP-Z]{4}\n/);
      const password = /Their password: (\S+)/.exec(first.stdout)![1]!;
      inbox = await startInboxProcess(place.env);
      assert.ok(await canSignIn(inbox.url, 'alex.link@practice.example', password));
      // While it runs (on PGlite, through the running inbox).
      const second = await runInboxCommand(['add-user', 'morgan@practice.example', '--role', 'manager', '--password-stdin'], place.env, { input: 'a long passphrase of my own\n' });
      assert.equal(second.code, 0, second.stderr);
      assert.equal(second.stdout, 'Added morgan (morgan@practice.example) as manager.\n');
      assert.ok(await canSignIn(inbox.url, 'morgan@practice.example', 'a long passphrase of my own'));
      const again = await runInboxCommand(['add-user', 'morgan@practice.example', '--role', 'manager'], place.env);
      assert.equal(again.code, 65);
      assert.match(again.stderr, /email: There is already a user with this email address/);
      const weak = await runInboxCommand(['add-user', 'weak@practice.example', '--role', 'manager', '--password-stdin'], place.env, { input: 'short\n' });
      assert.equal(weak.code, 65);
      assert.match(weak.stderr, /password: Password must be 12 characters or more/);
      // No password, hash or token in the inbox's log.
      assert.doesNotMatch(inbox.stdout(), new RegExp(`${password}|scrypt|passphrase`));
    });

    it('add-user needs an email and a role from the two there are', async () => {
      for (const args of [['add-user'], ['add-user', 'a@practice.example'], ['add-user', 'a@practice.example', '--role', 'admin']]) {
        const result = await runInboxCommand(args, place.env);
        assert.equal(result.code, 64, args.join(' '));
        assert.match(result.stderr, /Usage: npm run inbox -- add-user <email> --role linkworker\|manager/);
      }
    });

    it('demo-users gives the demo link worker and manager fresh passwords, on loopback only', async () => {
      // PostgreSQL here is the throwaway cluster on loopback, so it is allowed too.
      // On PostgreSQL the command goes straight to the database: the address it prints is the one its settings give.
      const made = await runInboxCommand(['demo-users'], { ...place.env, ...(inbox ? { PORT: new URL(inbox.url).port } : {}) });
      assert.equal(made.code, 0, made.stderr);
      if (inbox) assert.match(made.stdout, new RegExp(`^Demo sign-in for the inbox \\(this machine only\\): ${inbox.url}/inbox\n`));
      assert.match(made.stdout, /Link worker: linkworker@demo\.waymark\.invalid {2}password: \S+/);
      assert.match(made.stdout, /Manager: manager@demo\.waymark\.invalid {2}password: \S+/);
      const password = /linkworker@demo\.waymark\.invalid {2}password: (\S+)/.exec(made.stdout)![1]!;
      inbox ??= await startInboxProcess(place.env);
      assert.ok(await canSignIn(inbox.url, 'linkworker@demo.waymark.invalid', password));
      const refused = await runInboxCommand(['demo-users'], { ...place.env, HOST: '0.0.0.0', INBOX_TLS_BY_PROXY: 'true' });
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /demo accounts are made only for an inbox and database on this machine/);
      assert.ok(await canSignIn(inbox.url, 'linkworker@demo.waymark.invalid', password), 'the refused run changed nothing');
    });
  });
}

describe("the running inbox's admin door for demo accounts", { timeout: 60_000 }, () => {
  it('refuses them when the inbox does not listen on loopback', async () => {
    const { db, dispose } = await newDb('pglite');
    try {
      const app = createApp({ db, log: silentLogger, adminToken: 'x'.repeat(43), config: { ...TEST_CONFIG, loopback: false } });
      const res = await app.request('/admin/demo-users', { method: 'POST', headers: { Authorization: `Bearer ${'x'.repeat(43)}` } });
      assert.equal(res.status, 403);
      assert.equal((await db.query('SELECT 1 FROM staff_users')).length, 0);
    } finally {
      await dispose();
    }
  });
});
