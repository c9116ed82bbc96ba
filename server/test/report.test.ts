import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../store/db.ts';
import { issueDueCheckIns } from '../check-ins/issue.ts';
import { copyNotifier } from '../check-ins/notifier.ts';
import { changeStatus } from '../store/triage.ts';
import { runRetention } from '../staff/retention.ts';
import { newDb, storeKinds } from './helpers/stores.ts';
import { postJson, testApp } from './helpers/app.ts';
import { newReferral } from './helpers/referral.ts';
import { signedIn, type StaffBrowser } from './helpers/staff.ts';

// The manager's report on both stores: what it counts (from referrals, the audit log and stored
// check-ins, through the real intake and check-in paths), small counts suppressed, no names, the
// CSV, the date range, and who may read it.

const WEEK = 7 * 86_400_000;
const GOALS = { needAreas: [{ id: 'loneliness', score: 3, reasons: [] }], workPathway: 'indirect', wellbeing: { lifeSatisfaction: 3, anxiety: 8 }, loneliness: 'often-always', employmentStatus: 'looking-for-work' };
const CONTACT = { phone: '07700900123', email: 'sam@example.com', methods: ['email'], bestDays: [], bestTimes: [], voicemailOk: false, textOk: false, interpreter: false };

for (const kind of storeKinds()) {
  describe(`the report on ${kind}`, { timeout: 180_000 }, () => {
    let db: Db;
    let dispose: () => Promise<void>;
    const clock = Date.now();
    let manager: StaffBrowser;
    const app = () => testApp(db, { now: () => clock });
    const today = () => new Date(clock).toISOString().slice(0, 10);

    /** A referral through intake; contacted and accepted by a link worker; a check-in answered through its link. */
    async function referAndCheckIn(over: Record<string, unknown>, answers: Record<string, unknown> | undefined, actorId: string) {
      const referral = newReferral({ contact: CONTACT, goals: GOALS, followUp: { consent: true, channels: ['email'], afterWeeks: 12 }, ...over });
      assert.equal((await postJson(app(), referral, referral.id)).status, 201);
      const [row] = await db.query<{ id: string }>('SELECT id::text AS id FROM referrals WHERE referral_id = $1', [referral.id]);
      await changeStatus(db, { referralId: row!.id, from: 'new', to: 'contacted', actorId, at: new Date(clock) });
      await changeStatus(db, { referralId: row!.id, from: 'contacted', to: 'accepted', actorId, at: new Date(clock) });
      if (!answers) return;
      const [issued] = await issueDueCheckIns(db, new Date(clock + 13 * WEEK), [copyNotifier], { checkInUrl: 'https://practice.example/check-in', serviceName: 'Ashby Vale' }, { checkInId: (await db.query<{ id: string }>('SELECT id::text AS id FROM check_ins WHERE referral_id = $1::bigint', [row!.id]))[0]!.id });
      const token = /#([A-Za-z0-9_-]{43})/.exec(issued!.copy!.message.text)![1]!;
      const id = randomUUID();
      const res = await testApp(db, { now: () => clock + 13 * WEEK }).request(`/check-ins/${token}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': id },
        body: JSON.stringify({ schemaVersion: 1, id, referralId: referral.id, submittedAt: new Date().toISOString(), source: { widgetVersion: '0.1.0', locale: 'en' }, ...answers }),
      });
      assert.equal(res.status, 201);
    }

    before(async () => {
      ({ db, dispose } = await newDb(kind));
      const { browser, account } = await signedIn(app(), db, 'manager');
      manager = browser;
      // Six in AV1 who answered: life satisfaction 3 → 6 for five, 3 → 2 for one; anxiety 8 → 4;
      // looking for work at referral, working now for five; all six would like help with work now.
      for (let i = 0; i < 6; i++) {
        await referAndCheckIn({ source: { page: 'https://practice.example/help', widgetVersion: '0.1.0', locale: 'en', kiosk: true, assisted: false } },
          { wellbeing: { lifeSatisfaction: i < 5 ? 6 : 2, anxiety: 4 }, loneliness: 'some-of-the-time', employmentStatus: i < 5 ? 'working' : 'looking-for-work', workGoals: ['learn-skills'], workSteps: ['volunteering-or-course'], activities: [{ id: 'av-walking', name: 'Walking for health', went: true, recommend: 'yes' }] },
          account.id);
      }
      // One in BV9 who has not answered.
      await referAndCheckIn({ person: { fullName: 'Bo Elsewhere', dateOfBirth: '1980-01-01', postcode: 'BV9 1AA' }, plan: [] }, undefined, account.id);
    });
    after(async () => dispose?.());

    it('counts take-up, sources and each measure then and now, with no names', async () => {
      const page = await manager.get(`/inbox/report?from=${today()}&to=${today()}`);
      assert.equal(page.status, 200);
      const text = page.text.replace(/\s+/g, ' ');
      assert.match(text, /<th scope="row">Everyone<\/th><td class="numeric">7<\/td><td class="numeric">7<\/td><td class="numeric">7<\/td><td class="numeric">6<\/td><td class="numeric">6<\/td>/, 'referred, contacted, accepted, answered, went');
      // 6 by kiosk of 7 would tell that the other three hold one person between them: withheld.
      assert.match(text, /<th scope="row">Everyone<\/th><td class="numeric">fewer than 5<\/td><td class="numeric">fewer than 5<\/td><td class="numeric">not shown<\/td><td class="numeric">fewer than 5<\/td>/, 'sources');
      assert.match(text, /Satisfied with life nowadays<\/th><td class="numeric">6<\/td><td class="numeric">3\.0<\/td><td class="numeric">5\.3<\/td><td class="numeric">\+2\.3<\/td><td class="numeric">83%<\/td>/);
      assert.match(text, /Anxious yesterday \(higher is worse\)<\/th><td class="numeric">6<\/td><td class="numeric">8\.0<\/td><td class="numeric">4\.0<\/td><td class="numeric">−4\.0<\/td><td class="numeric">100%<\/td>/);
      assert.match(text, /Started volunteering or a course<\/th><td class="numeric">fewer than 5<\/td><td class="numeric">6<\/td>/, 'by route: indirect');
      assert.match(text, /Would like help with work now<\/th><td class="numeric">fewer than 5<\/td><td class="numeric">6<\/td>/, 'by route: indirect');
      assert.match(text, /people who said both times: 6/);
      // Five working now and six looking then, of six: either number would give away the small ones.
      assert.match(text, /Working<\/th><td class="numeric">fewer than 5<\/td><td class="numeric">not shown<\/td>/, 'working: none then, five now');
      assert.match(text, /Looking for work<\/th><td class="numeric">not shown<\/td><td class="numeric">fewer than 5<\/td>/, 'looking for work: six then, one now');
      assert.match(text, /another count may also be not shown/, 'the page says why');
      for (const name of ['Sam Taylor', 'Bo Elsewhere', 'sam@example.com']) assert.ok(!page.text.includes(name), name);
      const [audit] = await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM audit_log WHERE action = 'viewed-report'`);
      assert.ok(audit!.n >= 1);
    });

    it('by district: a district with fewer than 5 shows "fewer than 5", never its count or means', async () => {
      const page = await manager.get(`/inbox/report?from=${today()}&to=${today()}&by=district`);
      const text = page.text.replace(/\s+/g, ' ');
      assert.match(text, /<th scope="row">AV1<\/th><td class="numeric">6<\/td>/);
      assert.match(text, /<th scope="row">BV9<\/th><td class="numeric">fewer than 5<\/td><td class="numeric">fewer than 5<\/td>/);
      assert.doesNotMatch(text, /<th scope="row">BV9<\/th><td class="numeric">1</);
    });

    it('the CSV says the same, as numbers, and is audited', async () => {
      const res = await manager.get(`/inbox/report.csv?from=${today()}&to=${today()}&by=district`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('Content-Type') ?? '', /^text\/csv/);
      const lines = res.text.split('\r\n');
      assert.equal(lines[0], '"from","to","breakdown","group","section","item","column","value"');
      assert.ok(lines.includes(`"${today()}","${today()}","district","AV1","measure","anxiety","mean-change",-4`), 'a negative number stays a number');
      assert.ok(lines.includes(`"${today()}","${today()}","district","BV9","take-up","referred","referrals","fewer than 5"`));
      assert.ok(lines.includes(`"${today()}","${today()}","district","AV1","work-situation","working","now","not shown"`));
      assert.ok(lines.includes(`"${today()}","${today()}","district","AV1","work-situation","looking-for-work","then","not shown"`));
      assert.ok(lines.includes(`"${today()}","${today()}","district","AV1","take-up","referred","referrals",6`));
      assert.ok(lines.includes(`"${today()}","${today()}","district","AV1","work-steps","wants-help","indirect",6`));
      assert.ok(!res.text.includes('Sam Taylor'));
      const [audit] = await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM audit_log WHERE action = 'exported-report'`);
      assert.equal(audit!.n, 1);
    });

    it('counts the same once the details are removed', async () => {
      const before = (await manager.get(`/inbox/report.csv?from=${today()}&to=${today()}`)).text;
      await db.query(`UPDATE referrals SET status = 'closed', status_at = $1`, [new Date(clock - 400 * 86_400_000).toISOString()]);
      await runRetention(db, { retentionDays: 30, now: new Date(clock) });
      const afterRemoval = (await manager.get(`/inbox/report.csv?from=${today()}&to=${today()}`)).text;
      const measures = (csv: string) => csv.split('\r\n').filter((l) => /"(measure|source|work-steps|work-situation)"/.test(l));
      assert.deepEqual(measures(afterRemoval), measures(before));
    });

    it('dates outside the range count nothing; wrong dates say what is wrong; link workers cannot read it', async () => {
      const empty = await manager.get('/inbox/report?from=2020-01-01&to=2020-12-31');
      assert.match(empty.text, /No referrals were received in these dates/);
      const wrong = await manager.get('/inbox/report?from=2026-02-30&to=2020-01-01');
      assert.equal(wrong.status, 422);
      assert.match(wrong.text, /There is a problem[^]*Enter the start date/);
      const backwards = await manager.get('/inbox/report?from=2026-02-01&to=2026-01-01');
      assert.match(backwards.text, /The end date must be the same as or after the start date/);
      const { browser } = await signedIn(app(), db, 'linkworker');
      assert.equal((await browser.get('/inbox/report')).status, 403);
      assert.equal((await browser.get('/inbox/report.csv')).status, 403);
      assert.equal((await browser.get('/inbox')).status, 200, 'and still their own list');
      assert.ok(!(await browser.get('/inbox')).text.includes('href="/inbox/report"'), 'not offered in their header');
    });
  });
}
