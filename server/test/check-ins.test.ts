import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { toFhirBundle } from '../../src/core/referral/fhir.ts';
import type { Db } from '../store/db.ts';
import { issueDueCheckIns, type IssueSettings } from '../check-ins/issue.ts';
import { smtpNotifier } from '../check-ins/smtp.ts';
import { newToken } from '../check-ins/token.ts';
import { dueCheckIns } from '../store/check-ins.ts';
import { newDb, storeKinds } from './helpers/stores.ts';
import { postJson, testApp } from './helpers/app.ts';
import { newReferral } from './helpers/referral.ts';
import { readMail, startSmtpCapture, type SmtpCapture } from './helpers/smtp-capture.ts';

const WEEK = 7 * 24 * 60 * 60 * 1000;
const SETTINGS: IssueSettings = { checkInUrl: 'https://practice.example/check-in', serviceName: 'Ashby Vale Connect', servicePhone: '01632 960000' };
const CONTACT = { phone: '07700900123', email: 'sam@example.com', methods: ['text', 'email'], bestDays: [], bestTimes: [], voicemailOk: false, textOk: true, interpreter: false };
const GOALS = {
  needAreas: [{ id: 'loneliness', score: 3, reasons: [] }],
  workPathway: 'indirect',
  loneliness: 'often-always',
  wellbeing: { lifeSatisfaction: 3, anxiety: 8 },
  workConfidence: 2,
  workGoals: ['volunteer'],
};

function consenting(channels: string[], afterWeeks = 12, extra: Record<string, unknown> = {}) {
  return newReferral({ contact: CONTACT, goals: GOALS, followUp: { consent: true, channels, afterWeeks }, ...extra });
}

function followUp(referralId: string, extra: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1,
    id: randomUUID(),
    referralId,
    submittedAt: new Date().toISOString(),
    source: { widgetVersion: '0.1.0', locale: 'en' },
    wellbeing: { lifeSatisfaction: 6, anxiety: 4 },
    loneliness: 'occasionally',
    workSteps: ['volunteering-or-course'],
    workConfidence: 6,
    activities: [{ id: 'av-walking', name: 'Walking for health', went: true, recommend: 'yes' }],
    ...extra,
  };
}

const tokenOf = (text: string) => /#([A-Za-z0-9_-]{43})\b/.exec(text)?.[1];

for (const kind of storeKinds()) {
  describe(`check-ins on ${kind}`, { timeout: 120_000 }, () => {
    let db: Db;
    let dispose: () => Promise<void>;
    let smtp: SmtpCapture;
    let clock = Date.now();
    const app = () => testApp(db, { now: () => clock });
    const followUpCount = async (where = 'true', params: unknown[] = []) =>
      (await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM follow_ups WHERE ${where}`, params))[0]!.n;
    const post = (token: string, body: unknown, key = (body as { id: string }).id) =>
      app().request(`/check-ins/${token}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key }, body: JSON.stringify(body) });

    before(async () => {
      ({ db, dispose } = await newDb(kind));
      smtp = await startSmtpCapture();
    });
    after(async () => {
      await smtp?.close();
      await dispose?.();
    });

    /** Stores a referral, moves the clock past its check-in, and sends the link by email; returns the token. */
    async function sentLink(referral = consenting(['email'])): Promise<string> {
      assert.equal((await postJson(app(), referral, referral.id)).status, 201);
      clock = Date.now() + 12 * WEEK + 60_000;
      const mailer = smtpNotifier({ url: smtp.url, from: 'connect@ashbyvale.example' });
      try {
        const before = smtp.mails.length;
        await issueDueCheckIns(db, new Date(clock), [mailer], SETTINGS);
        const mail = smtp.mails.slice(before).find((m) => m.to.includes('sam@example.com'));
        assert.ok(mail, 'an email went to the address the person gave');
        return tokenOf(readMail(mail).text)!;
      } finally {
        mailer.close();
      }
    }

    it('schedules a check-in only with consent, due the service\'s weeks after the referral arrived', async () => {
      const none = newReferral();
      await postJson(app(), none, none.id);
      const no = newReferral({ followUp: { consent: false, channels: [], afterWeeks: 12 } });
      await postJson(app(), no, no.id);
      const yes = consenting(['email'], 10);
      const received = Date.now();
      await postJson(app(), yes, yes.id);
      const rows = await db.query<{ referralId: string; dueAt: Date | string }>(
        'SELECT r.referral_id::text AS "referralId", c.due_at AS "dueAt" FROM check_ins c JOIN referrals r ON r.id = c.referral_id',
      );
      assert.deepEqual(rows.map((r) => r.referralId), [yes.id]);
      const due = new Date(rows[0]!.dueAt).getTime();
      assert.ok(Math.abs(due - (received + 10 * WEEK)) < 60_000, 'due 10 weeks after it arrived');
      assert.equal((await dueCheckIns(db, new Date(received + 10 * WEEK - 60 * 60_000))).length, 0, 'not due an hour early');
      assert.equal((await dueCheckIns(db, new Date(received + 10 * WEEK + 60_000))).length, 1, 'due once the weeks are up');
    });

    it('a FHIR referral with consent is scheduled too', async () => {
      const referral = consenting(['text']);
      const res = await app().request('/fhir', { method: 'POST', headers: { 'Content-Type': 'application/fhir+json' }, body: JSON.stringify(toFhirBundle(referral)) });
      assert.equal(res.status, 200);
      const [row] = await db.query('SELECT 1 FROM check_ins c JOIN referrals r ON r.id = c.referral_id WHERE r.referral_id = $1', [referral.id]);
      assert.ok(row);
    });

    it('emails an unguessable link in the fragment, with no name, reference or health detail, and it is no longer due', async () => {
      const referral = consenting(['email']);
      const token = await sentLink(referral);
      const [{ reference }] = await db.query<{ reference: string }>('SELECT reference FROM referrals WHERE referral_id = $1', [referral.id]) as [{ reference: string }];
      const raw = smtp.mails.find((m) => readMail(m).text.includes(token))!;
      const mail = readMail(raw);
      assert.ok(mail.text.includes(`https://practice.example/check-in#${token}\n`), 'the link is the check-in page with the token in its fragment');
      assert.match(mail.headers, /^Subject: How are you getting on\? A few questions from Ashby Vale Connect$/m);
      assert.match(mail.text, /call 111, or 999/);
      for (const secret of [referral.person.fullName, 'sam@', reference, referral.id, 'lonel']) assert.ok(!mail.text.includes(secret), `no ${secret} in the message`);
      assert.equal(raw.from, 'connect@ashbyvale.example');
      assert.deepEqual(raw.to, ['sam@example.com']);
      assert.equal((await dueCheckIns(db, new Date(clock))).filter((d) => d.reference === reference).length, 0);
    });

    it('opens with the plan and the baseline, never a name or contact details', async () => {
      const referral = consenting(['email']);
      const token = await sentLink(referral);
      const res = await app().request(`/check-ins/${token}`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('Cache-Control'), 'no-store');
      const body = (await res.json()) as Record<string, unknown>;
      assert.equal(body.referralId, referral.id);
      assert.deepEqual(body.plan, [{ id: 'av-walking', name: 'Walking for health' }]);
      assert.deepEqual(body.baseline, { wellbeing: { lifeSatisfaction: 3, anxiety: 8 }, loneliness: 'often-always', workConfidence: 2, workGoals: ['volunteer'] });
      const text = JSON.stringify(body);
      for (const secret of ['Sam Taylor', '07700900123', 'sam@example.com', 'AV1 3QT']) assert.ok(!text.includes(secret), `no ${secret}`);
    });

    it('stores the answers once: a retry gets the same reply, a second check-in on a used link is refused and stores nothing', async () => {
      const referral = consenting(['email']);
      const token = await sentLink(referral);
      const answers = followUp(referral.id);
      const first = await post(token, answers);
      assert.equal(first.status, 201);
      const { reference } = (await first.json()) as { reference: string };
      assert.match(reference, /^CI-[0-9A-F]{8}$/);
      const again = await post(token, answers);
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
      assert.deepEqual(await again.json(), { reference });
      const other = await post(token, followUp(referral.id, { gpVisits: 2 }));
      assert.equal(other.status, 410);
      assert.match(String(((await other.json()) as { type: string }).type), /check-in-used/);
      const changed = await post(token, { ...answers, gpVisits: 3 });
      assert.equal(changed.status, 422, 'the same key with other content');
      assert.equal(await followUpCount('follow_up_id = $1', [answers.id]), 1);
      assert.equal(await followUpCount(`document->>'referralId' = $1`, [referral.id]), 1);
      const reopened = await app().request(`/check-ins/${token}`);
      assert.equal(reopened.status, 410, 'a used link shows nothing again');
    });

    it('an expired link says so and stores nothing', async () => {
      const referral = consenting(['email']);
      const token = await sentLink(referral);
      clock += 28 * 24 * 60 * 60 * 1000;
      const opened = await app().request(`/check-ins/${token}`);
      assert.equal(opened.status, 410);
      assert.match(String(((await opened.json()) as { type: string }).type), /check-in-expired/);
      const sent = await post(token, followUp(referral.id));
      assert.equal(sent.status, 410);
      assert.equal(await followUpCount(`document->>'referralId' = $1`, [referral.id]), 0);
    });

    it('a forged or mangled link is not found and stores nothing', async () => {
      const referral = consenting(['email']);
      const token = await sentLink(referral);
      for (const forged of [newToken(), `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, 'WM-ABCD-EFGH', referral.id]) {
        assert.equal((await app().request(`/check-ins/${forged}`)).status, 404, forged);
        assert.equal((await post(forged, followUp(referral.id))).status, 404, forged);
      }
      assert.equal(await followUpCount(`document->>'referralId' = $1`, [referral.id]), 0);
    });

    it('refuses answers naming another referral, and unreadable answers by field', async () => {
      const referral = consenting(['email']);
      const token = await sentLink(referral);
      const wrong = await post(token, followUp(randomUUID()));
      assert.equal(wrong.status, 422);
      assert.deepEqual(((await wrong.json()) as { errors: { field: string }[] }).errors.map((e) => e.field), ['referralId']);
      const bad = await post(token, followUp(referral.id, { workConfidence: 11 }));
      assert.equal(bad.status, 422);
      assert.deepEqual(((await bad.json()) as { errors: { field: string }[] }).errors.map((e) => e.field), ['workConfidence']);
      assert.equal(await followUpCount(`document->>'referralId' = $1`, [referral.id]), 0);
      assert.equal((await post(token, followUp(referral.id))).status, 201, 'the link still works');
    });

    it('text only: gives staff the message to copy; an SMTP refusal leaves the check-in due', async () => {
      const texted = consenting(['text']);
      await postJson(app(), texted, texted.id);
      const emailed = consenting(['email']);
      await postJson(app(), emailed, emailed.id);
      clock = Date.now() + 12 * WEEK + 60_000;
      const mailer = smtpNotifier({ url: smtp.url, from: 'connect@ashbyvale.example' });
      try {
        smtp.refuseNext();
        const issued = await issueDueCheckIns(db, new Date(clock), [mailer], SETTINGS);
        const copy = issued.find((i) => i.copy)!.copy!;
        assert.equal(copy.channel, 'text');
        assert.equal(copy.to, '07700900123');
        assert.ok(tokenOf(copy.message.text), 'the message holds the link');
        assert.ok(copy.message.text.length < 320, 'two text messages at most');
        const still = await dueCheckIns(db, new Date(clock));
        assert.equal(still.length, 1, 'the refused email is still due');
        const retried = await issueDueCheckIns(db, new Date(clock), [mailer], SETTINGS);
        assert.equal(retried.length, 1);
        assert.equal(retried[0]!.sentBy, 'email');
      } finally {
        mailer.close();
      }
    });
  });
}
