import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../store/db.ts';
import { readConfig, type InboxConfig } from '../config.ts';
import { issueDueCheckIns, type IssueSettings } from '../check-ins/issue.ts';
import { startCheckInJob } from '../check-ins/job.ts';
import { smtpNotifier } from '../check-ins/smtp.ts';
import { SEND_STALL_MS } from '../check-ins/rules.ts';
import { newToken, tokenHash } from '../check-ins/token.ts';
import { claimCheckIn, dueCheckIns } from '../store/check-ins.ts';
import { openPostgres } from '../store/postgres-db.ts';
import { checkInSender } from '../server.ts';
import type { LogLine } from '../log.ts';
import { newDb, storeKinds, type StorePlace } from './helpers/stores.ts';
import { postJson, testApp } from './helpers/app.ts';
import { newReferral } from './helpers/referral.ts';
import { readMail, startSmtpCapture, type SmtpCapture } from './helpers/smtp-capture.ts';
import { signedIn } from './helpers/staff.ts';

// Who sends check-in links, and that each goes once: two processes at once, a process that stops
// mid-send, the timer and its stop, the settings that turn it on, and the staff page.

const WEEK = 7 * 24 * 60 * 60 * 1000;
const SETTINGS: IssueSettings = { checkInUrl: 'https://practice.example/check-in', serviceName: 'Ashby Vale Connect' };
const CONTACT = { phone: '07700900123', email: 'sam@example.com', methods: ['text', 'email'], bestDays: [], bestTimes: [], voicemailOk: false, textOk: true, interpreter: false };
const consenting = (channels: string[], email = 'sam@example.com') =>
  newReferral({ contact: { ...CONTACT, email }, followUp: { consent: true, channels, afterWeeks: 12 } });

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

for (const kind of storeKinds()) {
  describe(`sending check-ins on ${kind}`, { timeout: 180_000 }, () => {
    let db: Db;
    let place: StorePlace | undefined;
    let dispose: () => Promise<void>;
    let smtp: SmtpCapture;
    let clock = Date.now();
    const app = (config = {}) => testApp(db, { now: () => clock, config });

    before(async () => {
      ({ db, place, dispose } = await newDb(kind));
      smtp = await startSmtpCapture();
    });
    after(async () => {
      await smtp?.close();
      await dispose?.();
    });

    /** Stores consenting referrals to fresh addresses; moves the clock past their check-ins. */
    async function dueReferrals(n: number, tag: string): Promise<string[]> {
      const emails = Array.from({ length: n }, (_, i) => `${tag}${i}@example.com`);
      for (const email of emails) {
        const r = consenting(['email'], email);
        assert.equal((await postJson(app(), r, r.id)).status, 201);
      }
      clock = Date.now() + 12 * WEEK + 60_000;
      return emails;
    }
    const mailsTo = (email: string) => smtp.mails.filter((m) => m.to.includes(email));

    it('two processes sending at once send each link once', async () => {
      const emails = await dueReferrals(6, 'twice');
      // A second process: on PostgreSQL its own pool to the same database; PGlite has one process by design.
      const other = place?.databaseUrl ? openPostgres(place.databaseUrl, { max: 5 }) : db;
      const a = smtpNotifier({ url: smtp.url, from: 'a@ashbyvale.example' });
      const b = smtpNotifier({ url: smtp.url, from: 'b@ashbyvale.example' });
      try {
        const [one, two] = await Promise.all([
          issueDueCheckIns(db, new Date(clock), [a], SETTINGS, { copy: false }),
          issueDueCheckIns(other, new Date(clock), [b], SETTINGS, { copy: false }),
        ]);
        assert.equal(one.length + two.length, emails.length, 'every check-in sent by one or the other');
        for (const email of emails) assert.equal(mailsTo(email).length, 1, `one email to ${email}`);
        const tokens = new Set(emails.map((e) => /#([A-Za-z0-9_-]{43})/.exec(readMail(mailsTo(e)[0]!).text)?.[1]));
        assert.equal(tokens.size, emails.length, 'a link each');
      } finally {
        a.close();
        b.close();
        if (other !== db) await other.close();
      }
    });

    it('a process that stopped mid-send never sends that link again, and staff see it', async () => {
      const [email] = await dueReferrals(1, 'stopped');
      const [due] = (await dueCheckIns(db, new Date(clock))).filter((d) => JSON.stringify(d.document).includes(email!));
      // What a process leaves behind when it stops between claiming a link and hearing from SMTP.
      assert.ok(await claimCheckIn(db, due!.checkInId, { tokenHash: tokenHash(newToken())!, issuedAt: new Date(clock), expiresAt: new Date(clock + 28 * 86_400_000), sentBy: 'email' }));
      const mailer = smtpNotifier({ url: smtp.url, from: 'connect@ashbyvale.example' });
      try {
        await issueDueCheckIns(db, new Date(clock + SEND_STALL_MS * 3), [mailer], SETTINGS, { copy: false });
        assert.equal(mailsTo(email!).length, 0);
      } finally {
        mailer.close();
      }
      clock += SEND_STALL_MS + 1;
      const { browser } = await signedIn(app(), db, 'linkworker');
      const page = await browser.get('/inbox/check-ins');
      assert.equal(page.status, 200);
      assert.match(page.text, new RegExp(`${due!.reference}</a></th>\\s*<td><strong class="tag tag--check-in-unsure">Not known if sent</strong>`));
    });

    it('the timer sends what is due, once, and stops cleanly', async () => {
      const [email] = await dueReferrals(1, 'timer');
      const lines: LogLine[] = [];
      const mailer = smtpNotifier({ url: smtp.url, from: 'connect@ashbyvale.example' });
      const job = startCheckInJob(db, { notifiers: [mailer], settings: SETTINGS, log: (l) => lines.push(l), now: () => clock, firstRunMs: 0, everyMs: 30 });
      try {
        await until(() => mailsTo(email!).length > 0, 'the timer to send');
        await until(() => lines.some((l) => l.job === 'check-ins' && Number(l.sent) >= 1), 'its log line');
        // Many more runs: still one email.
        await new Promise((r) => setTimeout(r, 300));
        assert.equal(mailsTo(email!).length, 1);
        assert.ok(lines.every((l) => !JSON.stringify(l).includes('@')), 'no address in the log');
      } finally {
        await job.stop();
        mailer.close();
      }
      // Stopped: a new due check-in is not sent.
      const [later] = await dueReferrals(1, 'after-stop');
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(mailsTo(later!).length, 0);
    });

    it('the timer leaves text-only check-ins for staff, who make the message once', async () => {
      const texted = newReferral({ contact: { ...CONTACT, email: undefined, methods: ['text'] }, followUp: { consent: true, channels: ['text'], afterWeeks: 12 } });
      const res = await postJson(app(), texted, texted.id);
      const { reference } = (await res.json()) as { reference: string };
      clock = Date.now() + 12 * WEEK + 60_000;
      const mailer = smtpNotifier({ url: smtp.url, from: 'connect@ashbyvale.example' });
      try {
        await issueDueCheckIns(db, new Date(clock), [mailer], SETTINGS, { copy: false });
      } finally {
        mailer.close();
      }
      const due = await dueCheckIns(db, new Date(clock));
      assert.ok(due.some((d) => d.reference === reference), 'still due: nobody would have read a message made by the timer');

      const configured = { checkIns: { url: SETTINGS.checkInUrl, serviceName: 'Ashby Vale Connect', servicePhone: undefined, smtp: undefined, everyMinutes: 15 } };
      const { browser } = await signedIn(app(configured), db, 'linkworker');
      const list = await browser.get('/inbox/check-ins');
      assert.match(list.text, /Email is not set up/);
      const id = new RegExp(`action="/inbox/check-ins/(\\d+)/message">[^]*?for ${reference}<`).exec(list.text)?.[1];
      assert.ok(id, 'a button to make its message');
      const made = await browser.post(`/inbox/check-ins/${id}/message`, {});
      assert.equal(made.status, 200);
      assert.match(made.text, /to <strong>07700900123<\/strong>/);
      assert.match(made.text, /https:\/\/practice\.example\/check-in#[A-Za-z0-9_-]{43}/);
      const again = await browser.post(`/inbox/check-ins/${id}/message`, {});
      assert.equal(again.status, 409, 'made once: a second would replace the link just given');
      assert.match(again.text, /No message made/);
      const [audit] = await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM audit_log WHERE action = 'made-check-in-message'`);
      assert.equal(audit!.n, 1);
      const manager = await signedIn(app(configured), db, 'manager');
      const page = await manager.browser.get('/inbox/check-ins');
      assert.match(page.text, new RegExp(`${reference}</a></th>\\s*<td><strong class="tag tag--check-in-sent">Sent</strong>`));
    });

    it('off unless set up, saying why in one log line; on with a check-in page and SMTP', async () => {
      const base = readConfig({});
      assert.ok(base.ok);
      const lines: LogLine[] = [];
      await checkInSender(db, base.config, (l) => lines.push(l), {}).stop();
      assert.deepEqual(lines as unknown[], [{ job: 'check-ins', off: true, why: 'INBOX_CHECK_IN_URL is not set: no check-in links are made' }]);

      const copyOnly = readConfig({ INBOX_CHECK_IN_URL: 'https://practice.example/check-in', INBOX_SERVICE_NAME: 'Ashby Vale Connect' });
      assert.ok(copyOnly.ok);
      lines.length = 0;
      await checkInSender(db, copyOnly.config, (l) => lines.push(l), {}).stop();
      assert.equal(lines.length, 1);
      assert.match(String(lines[0]!.why), /neither INBOX_SMTP_URL nor INBOX_NOTIFY_API_KEY is set/);

      const [email] = await dueReferrals(1, 'configured');
      const on = readConfig({ INBOX_CHECK_IN_URL: 'https://practice.example/check-in', INBOX_SERVICE_NAME: 'Ashby Vale Connect', INBOX_SMTP_URL: smtp.url, INBOX_SMTP_FROM: 'connect@ashbyvale.example' });
      assert.ok(on.ok);
      lines.length = 0;
      const sender = checkInSender(db, on.config as InboxConfig, (l) => lines.push(l), { now: () => clock, checkInFirstRunMs: 0, checkInEveryMs: 50 });
      try {
        await until(() => mailsTo(email!).length === 1, 'the configured sender to send');
        assert.deepEqual(lines[0] as unknown, { job: 'check-ins', off: false, everyMinutes: 15 });
      } finally {
        await sender.stop();
      }
    });
  });
}

describe('check-in settings', { timeout: 10_000 }, () => {
  it('need each other, and name what is wrong without echoing a password', () => {
    const bad = readConfig({ INBOX_CHECK_IN_URL: 'https://practice.example/check-in#x', INBOX_SMTP_URL: 'http://mail.example' });
    assert.equal(bad.ok, false);
    const paths = !bad.ok ? bad.problems.map((p) => p.path).sort() : [];
    assert.deepEqual(paths, ['INBOX_CHECK_IN_URL', 'INBOX_SMTP_URL']);
    const missing = readConfig({ INBOX_CHECK_IN_URL: 'https://practice.example/check-in', INBOX_SMTP_URL: 'smtp://user:s3cret@mail.example:587' });
    assert.equal(missing.ok, false);
    assert.deepEqual(!missing.ok ? missing.problems.map((p) => p.path).sort() : [], ['INBOX_SERVICE_NAME', 'INBOX_SMTP_FROM']);
    assert.ok(!JSON.stringify(missing).includes('s3cret'));
  });
});
