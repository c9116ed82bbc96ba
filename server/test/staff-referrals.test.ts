import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { toFhirBundle } from '../../src/core/referral/fhir.ts';
import type { Db } from '../store/db.ts';
import { newDb, storeKinds } from './helpers/stores.ts';
import type { TestApp } from './helpers/app.ts';
import { newReferral } from './helpers/referral.ts';
import { sendReferral, signedIn, staffApp, type StaffBrowser } from './helpers/staff.ts';

// A link worker's day: find a referral, read how to contact the person safely, assign it, record
// what happened, and get it out. Every step is in the audit log.

const audited = (db: Db, action: string, reference: string) =>
  db.query<{ actor: string | null; detail: Record<string, unknown> }>(
    `SELECT a.actor_id::text AS actor, a.detail FROM audit_log a JOIN referrals r ON r.id = a.referral_id WHERE a.action = $1 AND r.reference = $2 ORDER BY a.id`,
    [action, reference],
  );

const statusOf = async (db: Db, reference: string) =>
  (await db.query<{ status: string }>('SELECT status FROM referrals WHERE reference = $1', [reference]))[0]!.status;

for (const kind of storeKinds()) {
  describe(`the link worker's screen on ${kind}`, { timeout: 240_000 }, () => {
    let db: Db;
    let app: TestApp;
    let dispose: () => Promise<void>;
    let worker: StaffBrowser;
    let workerId: string;
    before(async () => {
      ({ db, dispose } = await newDb(kind));
      app = staffApp(db);
      const signed = await signedIn(app, db, 'linkworker', 'Alex Link');
      worker = signed.browser;
      workerId = signed.account.id;
    });
    after(() => dispose?.());

    it('lists referrals newest first, with their status, who has them and how long they have waited', async () => {
      const older = await sendReferral(app, { person: { fullName: 'Olive Older', dateOfBirth: '1950-01-01', postcode: 'AV1 3QT' } });
      const newer = await sendReferral(app, { person: { fullName: 'Nina Newer', dateOfBirth: '1960-01-01', postcode: 'AV2 1AA' } });
      const list = await worker.get('/inbox');
      assert.equal(list.status, 200);
      const iNewer = list.text.indexOf('Nina Newer');
      const iOlder = list.text.indexOf('Olive Older');
      assert.ok(iNewer > 0 && iOlder > iNewer, 'newest first');
      const row = list.text.slice(iNewer, list.text.indexOf('</tr>', iNewer));
      assert.match(row, new RegExp(newer.reference));
      assert.match(row, /tag--new">New</);
      assert.match(row, /<strong>0 minutes<\/strong> so far/);
      assert.match(row, /Nobody/);
      assert.ok(older.reference);
    });

    it('filters by status and worker, and finds by reference (dashes optional) or part of a name', async () => {
      const a = await sendReferral(app, { person: { fullName: 'Findable Fiona', dateOfBirth: '1970-01-01', postcode: 'AV1 3QT' } });
      const b = await sendReferral(app, { person: { fullName: 'Other Oscar', dateOfBirth: '1970-01-01', postcode: 'AV1 3QT' } });
      assert.equal((await worker.post(`/inbox/referrals/${b.reference}/assign`, { assignee: workerId })).status, 303);
      assert.equal((await worker.post(`/inbox/referrals/${b.reference}/status`, { from: 'new', status: 'contacted' })).status, 303);
      const has = (text: string, name: string) => text.includes(name);
      const byName = await worker.get('/inbox?q=fiona');
      assert.ok(has(byName.text, 'Findable Fiona') && !has(byName.text, 'Other Oscar'));
      const byRef = await worker.get(`/inbox?q=${encodeURIComponent(a.reference.replace(/-/g, '').toLowerCase())}`);
      assert.ok(has(byRef.text, 'Findable Fiona') && !has(byRef.text, 'Other Oscar'));
      const contacted = await worker.get('/inbox?status=contacted');
      assert.ok(has(contacted.text, 'Other Oscar') && !has(contacted.text, 'Findable Fiona'));
      const mine = await worker.get('/inbox?assigned=me');
      assert.ok(has(mine.text, 'Other Oscar') && !has(mine.text, 'Findable Fiona'));
      const nobody = await worker.get('/inbox?assigned=nobody');
      assert.ok(has(nobody.text, 'Findable Fiona') && !has(nobody.text, 'Other Oscar'));
      const none = await worker.get('/inbox?q=zzzz-nobody');
      assert.match(none.text, /No referrals match/);
      // A search for % or _ matches those characters only.
      assert.match((await worker.get('/inbox?q=%25')).text, /No referrals match/);
    });

    it("shows how to contact the person safely first: no voicemail, no texts, days, times and an interpreter", async () => {
      const { reference } = await sendReferral(app, {
        person: { fullName: 'Sam Safe', preferredName: 'Sammy', dateOfBirth: '1970-04-12', postcode: 'AV1 3QT' },
        contact: { phone: '07700900123', methods: ['call'], bestDays: ['tue', 'thu'], bestTimes: ['morning'], voicemailOk: false, textOk: false, language: 'Polish', interpreter: true },
      });
      const page = await worker.get(`/inbox/referrals/${reference}`);
      assert.equal(page.status, 200);
      const panel = page.text.slice(page.text.indexOf('class="safe-contact"'), page.text.indexOf('</section>', page.text.indexOf('class="safe-contact"')));
      assert.match(panel, /Before you contact Sammy/);
      assert.match(panel, /<li>Do NOT leave a voicemail<\/li>/);
      assert.match(panel, /<li>No texts<\/li>/);
      assert.match(panel, /<li>Needs an interpreter: Polish<\/li>/);
      assert.match(panel, /Tuesday, Thursday/);
      assert.match(panel, /Morning/);
      assert.match(panel, /href="tel:07700900123">07700 900123</);
      // Before anything else about them: their details, answers and the actions come after.
      const main = page.text.slice(page.text.indexOf('<main'));
      assert.ok(main.indexOf('safe-contact') < main.indexOf('Record what happened'));
      assert.ok(main.indexOf('safe-contact') < main.indexOf('Date of birth'));
    });

    it('shows everything the person gave: what matters, their plan, baseline scores and work answers', async () => {
      const { reference } = await sendReferral(app, {
        goals: {
          needAreas: [{ id: 'loneliness', score: 3, reasons: ['You said you feel lonely often or always'] }, { id: 'work', score: 2, reasons: [] }],
          workPathway: 'indirect',
          employmentStatus: 'looking-for-work',
          workConfidence: 4,
          workGoals: ['volunteer'],
          loneliness: 'often-always',
          wellbeing: { lifeSatisfaction: 5, worthwhile: 6, happiness: 4, anxiety: 7 },
          answers: [{ questionId: 'q1', question: 'What would you like help with?', value: ['loneliness'], display: 'Feeling lonely' }],
        },
        plan: [{ id: 'walk', name: 'Walking for health' }],
        contact: { phone: '07700900123', methods: ['call'], voicemailOk: true, textOk: true, interpreter: false, message: 'Please call after 10.' },
      });
      const page = (await worker.get(`/inbox/referrals/${reference}`)).text;
      for (const text of [
        'Loneliness', 'You said you feel lonely often or always', 'Walking for health', 'Satisfied with life nowadays', '5 out of 10',
        'Anxious yesterday (higher is worse)', 'Often or always', 'Looking for work', 'Volunteering', 'Please call after 10.', 'Feeling lonely',
        'You can leave a voicemail', 'Texts are OK',
      ]) assert.ok(page.includes(text), text);
      assert.doesNotMatch(page, /Do NOT leave a voicemail/);
    });

    it('shows a referral that came as FHIR, with its contact instructions as sent', async () => {
      const referral = newReferral({ person: { fullName: 'Fern Fhir', dateOfBirth: '1980-02-02', postcode: 'AV3 9ZZ' }, contact: { phone: '07700900555', methods: ['call'], voicemailOk: false, textOk: true, interpreter: false } });
      const res = await app.request('/fhir', { method: 'POST', headers: { 'Content-Type': 'application/fhir+json' }, body: JSON.stringify(toFhirBundle(referral)) });
      const reference = /ServiceRequest\/([A-Z0-9-]+)\//.exec(await res.text())![1]!;
      const page = (await worker.get(`/inbox/referrals/${reference}`)).text;
      assert.match(page, /<h1 class="heading-l">Fern Fhir<\/h1>/);
      assert.match(page, /<li>Do NOT leave a voicemail<\/li>/);
      assert.match(page, /Safe to leave a voicemail: no\./);
      assert.match((await worker.get('/inbox?q=fern')).text, /Fern Fhir/);
    });

    it('writes what a person typed as text, never as HTML', async () => {
      const { reference } = await sendReferral(app, {
        person: { fullName: '<script>alert(1)</script> "Q" Evil', dateOfBirth: '1970-01-01', postcode: 'AV1 3QT' },
        contact: { phone: '07700900123', methods: ['call'], voicemailOk: true, textOk: true, interpreter: false, message: '<img src=x onerror=alert(1)>' },
      });
      for (const path of [`/inbox/referrals/${reference}`, '/inbox?q=evil']) {
        const page = (await worker.get(path)).text;
        assert.doesNotMatch(page, /<script>alert|<img src=x/);
        assert.match(page, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &quot;Q&quot; Evil/);
      }
      await worker.post(`/inbox/referrals/${reference}/notes`, { note: '<b>bold</b>' });
      assert.match((await worker.get(`/inbox/referrals/${reference}`)).text, /&lt;b&gt;bold&lt;\/b&gt;/);
    });

    it('assigns, then moves new → contacted → accepted → closed, each change audited', async () => {
      const { reference } = await sendReferral(app);
      const base = `/inbox/referrals/${reference}`;
      let res = await worker.post(`${base}/assign`, { assignee: workerId });
      assert.equal(res.headers.get('Location'), `${base}?done=assigned`);
      assert.match((await worker.get(`${base}?done=assigned`)).text, /role="alert"[\s\S]*Assigned to Alex Link\./);
      for (const [from, to] of [['new', 'contacted'], ['contacted', 'accepted'], ['accepted', 'closed']]) {
        res = await worker.post(`${base}/status`, { from: from!, status: to! });
        assert.equal(res.status, 303, `${from} → ${to}`);
        assert.equal(await statusOf(db, reference), to);
      }
      const page = (await worker.get(base)).text;
      assert.match(page, /Changed status from New to Contacted \(Alex Link\)/);
      assert.doesNotMatch(page, /Record what happened/, 'nothing more to do once closed');
      assert.deepEqual((await audited(db, 'status-changed', reference)).map((a) => [a.actor, a.detail.from, a.detail.to]), [
        [workerId, 'new', 'contacted'], [workerId, 'contacted', 'accepted'], [workerId, 'accepted', 'closed'],
      ]);
      assert.equal((await audited(db, 'assigned', reference)).length, 1);
      assert.ok((await audited(db, 'viewed-referral', reference)).length >= 2);
      const [row] = await db.query<{ first: string | null }>('SELECT first_response_at::text AS first FROM referrals WHERE reference = $1', [reference]);
      assert.ok(row!.first, 'the wait ended at the first response');
    });

    it('refuses a move the flow does not allow, and a change made from a stale page', async () => {
      const { reference } = await sendReferral(app);
      const base = `/inbox/referrals/${reference}`;
      const skip = await worker.post(`${base}/status`, { from: 'new', status: 'closed' });
      assert.equal(skip.status, 422);
      assert.match(skip.text, /<a href="#status">Choose the new status<\/a>/);
      const stale = await worker.post(`${base}/status`, { from: 'contacted', status: 'accepted' });
      assert.equal(stale.status, 409);
      assert.match(stale.text, /Someone changed this referral just now/);
      assert.equal(await statusOf(db, reference), 'new');
    });

    it('declining asks why: the person said no (SNOMED CT 871711000000103) or a service reason; "Another reason" needs detail', async () => {
      const { reference } = await sendReferral(app, { person: { fullName: 'Dee Clined', dateOfBirth: '1970-01-01', postcode: 'AV1 3QT', gpPractice: 'Ashby Vale Medical Centre' } });
      const base = `/inbox/referrals/${reference}`;
      const asked = await worker.post(`${base}/status`, { from: 'new', status: 'declined' });
      assert.equal(asked.headers.get('Location'), `${base}/decline`);
      assert.equal(await statusOf(db, reference), 'new', 'nothing changes until the reason is given');
      const form = await worker.get(`${base}/decline`);
      assert.match(form.text, /<legend class="legend legend--heading"><h1>Why was the referral declined\?<\/h1><\/legend>/);
      assert.match(form.text, /871711000000103/);
      const empty = await worker.post(`${base}/decline`, { from: 'new', reason: '', detail: '' });
      assert.equal(empty.status, 422);
      assert.match(empty.text, /<a href="#reason">Choose why the referral was declined<\/a>/);
      const other = await worker.post(`${base}/decline`, { from: 'new', reason: 'other', detail: '  ' });
      assert.match(other.text, /<a href="#detail">Say why the referral was declined<\/a>/);
      const done = await worker.post(`${base}/decline`, { from: 'new', reason: 'person-declined', detail: 'Feels better now.' });
      assert.equal(done.status, 303);
      assert.equal(await statusOf(db, reference), 'declined');
      const [entry] = await audited(db, 'status-changed', reference);
      assert.deepEqual(entry!.detail, { from: 'new', to: 'declined', reason: 'person-declined' });
      const message = (await worker.get(`${base}/message`)).text;
      assert.match(message, /To: Ashby Vale Medical Centre/);
      assert.match(message, /Outcome: declined\. Dee Clined decided not to take up social prescribing\./);
      assert.match(message, /SNOMED CT 871711000000103 Social prescribing declined/);
      assert.match(message, /Detail: Feels better now\./);
      assert.equal((await audited(db, 'viewed-message', reference)).length, 1);
    });

    it('adds notes, which need words, and shows who wrote them', async () => {
      const { reference } = await sendReferral(app);
      const base = `/inbox/referrals/${reference}`;
      const empty = await worker.post(`${base}/notes`, { note: '   ' });
      assert.equal(empty.status, 422);
      assert.match(empty.text, /<a href="#note">Enter a note<\/a>/);
      assert.equal((await worker.post(`${base}/notes`, { note: 'Called, no answer. Try Thursday.' })).status, 303);
      const page = (await worker.get(`${base}?done=note`)).text;
      assert.match(page, /Alex Link, [^<]+<\/p><p class="message">Called, no answer\. Try Thursday\./);
      const [entry] = await audited(db, 'note-added', reference);
      assert.doesNotMatch(JSON.stringify(entry!.detail), /Thursday/, 'the audit log never holds the note itself');
    });

    it('exports the ticked referrals as formula-safe CSV, or as FHIR, and records the export against each', async () => {
      const risky = await sendReferral(app, { person: { fullName: '=HYPERLINK("http://evil.example")', dateOfBirth: '1970-01-01', postcode: 'AV1 3QT' } });
      const plain = await sendReferral(app, { person: { fullName: 'Plain Export', dateOfBirth: '1970-01-01', postcode: 'AV1 3QT' } });
      const untouched = await sendReferral(app);
      const csv = await worker.post('/inbox/export', { scope: 'ticked', format: 'csv', ref: [risky.reference, plain.reference] });
      assert.equal(csv.status, 200);
      assert.equal(csv.headers.get('Content-Type'), 'text/csv; charset=utf-8');
      assert.match(csv.headers.get('Content-Disposition') ?? '', /^attachment; filename="waymark-referrals-\d{4}-\d{2}-\d{2}\.csv"$/);
      const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
      assert.equal(lines.length, 3);
      assert.match(lines[0]!, /"assigned_to","decline_reason"/);
      assert.ok(lines.some((l) => l.includes(`"'=HYPERLINK(""http://evil.example"")"`)), 'a formula is made text');
      assert.ok(!csv.text.includes(untouched.reference));
      assert.equal((await audited(db, 'exported', risky.reference)).length, 1);
      assert.equal((await audited(db, 'exported', untouched.reference)).length, 0);

      const fhir = await worker.post('/inbox/export', { scope: 'ticked', format: 'fhir', ref: plain.reference });
      assert.equal(fhir.headers.get('Content-Type'), 'application/fhir+ndjson; charset=utf-8');
      const bundles = fhir.text.trim().split('\n').map((l) => JSON.parse(l) as { resourceType: string; entry: { resource: { resourceType: string; identifier?: { value: string }[] } }[] });
      assert.equal(bundles.length, 1);
      assert.ok(bundles[0]!.entry.some((e) => e.resource.identifier?.some((i) => i.value === plain.reference)));
      assert.deepEqual((await audited(db, 'exported', plain.reference)).map((a) => a.detail.format), ['csv', 'fhir']);
    });

    it('exports everything the filter shows; with nothing ticked it says so, linked to the first box', async () => {
      const none = await worker.post('/inbox/export', { scope: 'ticked', format: 'csv' });
      assert.equal(none.status, 422);
      assert.match(none.text, /<a href="#tick-[A-Z0-9-]+">Tick at least one referral to export<\/a>/);
      const all = await worker.post('/inbox/export', { scope: 'all', format: 'csv', status: 'contacted', assigned: 'anyone', q: '' });
      const rows = all.text.trim().split('\r\n').slice(1);
      const contacted = await db.query<{ n: number }>("SELECT count(*)::integer AS n FROM referrals WHERE status = 'contacted'");
      assert.equal(rows.length, contacted[0]!.n);
      assert.ok(rows.length >= 1);
      assert.ok(rows.every((r) => r.includes('"contacted"')));
    });

    it("exports one referral from its page", async () => {
      const { reference } = await sendReferral(app);
      const res = await worker.post(`/inbox/referrals/${reference}/export`, { format: 'fhir' });
      assert.match(res.headers.get('Content-Disposition') ?? '', new RegExp(`filename="waymark-${reference}\\.ndjson"`));
      assert.equal((await audited(db, 'exported', reference)).length, 1);
    });

    it('shows a replaced referral as replaced, pointing to the newer one, and lets nobody act on it', async () => {
      const older = newReferral();
      await app.request('/referrals', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': older.id }, body: JSON.stringify(older) });
      const [{ reference: oldRef }] = await db.query<{ reference: string }>('SELECT reference FROM referrals WHERE referral_id = $1', [older.id]) as [{ reference: string }];
      await worker.post(`/inbox/referrals/${oldRef}/status`, { from: 'new', status: 'contacted' });
      const newer = await sendReferral(app, { supersedes: older.id });
      const oldPage = (await worker.get(`/inbox/referrals/${oldRef}`)).text;
      assert.match(oldPage, /This referral was replaced[\s\S]*Use <a href="\/inbox\/referrals\/[^"]+">[^<]+<\/a> instead/);
      assert.doesNotMatch(oldPage, /Record what happened/);
      assert.equal((await worker.post(`/inbox/referrals/${oldRef}/assign`, { assignee: workerId })).status, 409);
      const newPage = (await worker.get(`/inbox/referrals/${newer.reference}`)).text;
      assert.match(newPage, new RegExp(`This replaces <a href="/inbox/referrals/${oldRef}">${oldRef}</a>[\\s\\S]*Someone had already been in touch about it\\.`));
    });

    it('answers 404 for a reference that does not exist, or is not a reference', async () => {
      assert.equal((await worker.get('/inbox/referrals/WM-2222-2222')).status, 404);
      assert.equal((await worker.get('/inbox/referrals/%3Cscript%3E')).status, 404);
    });

    it('the list says when anything changes, for its page to redraw, and a background redraw is not audited', async () => {
      const v1 = JSON.parse((await worker.get('/inbox/updates', { 'X-Inbox-Background': '1' })).text).version as string;
      const { reference } = await sendReferral(app);
      const v2 = JSON.parse((await worker.get('/inbox/updates', { 'X-Inbox-Background': '1' })).text).version as string;
      assert.notEqual(v2, v1);
      await worker.post(`/inbox/referrals/${reference}/assign`, { assignee: workerId });
      const v3 = JSON.parse((await worker.get('/inbox/updates', { 'X-Inbox-Background': '1' })).text).version as string;
      assert.notEqual(v3, v2);
      const before = (await db.query<{ n: number }>("SELECT count(*)::integer AS n FROM audit_log WHERE action = 'viewed-list'"))[0]!.n;
      const fragment = await worker.get('/inbox', { 'X-Inbox-Background': '1' });
      assert.match(fragment.text, new RegExp(reference));
      assert.doesNotMatch(fragment.text, /<html/);
      assert.equal(fragment.headers.get('X-List-Version'), v3);
      assert.equal((await db.query<{ n: number }>("SELECT count(*)::integer AS n FROM audit_log WHERE action = 'viewed-list'"))[0]!.n, before);
    });
  });
}
