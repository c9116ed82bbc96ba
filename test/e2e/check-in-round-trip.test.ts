/// <reference types="node" />
// Issue 19's round trip on the built element and a real inbox (PGlite) in this process: a referral
// with consent; twelve weeks pass in the store (not in a sleep); the inbox's own timer emails the
// link to an SMTP server on loopback; the link opens <waymark-check-in>; the answers are sent;
// "Then and now" shows, with help with work offered; the manager's report counts the change (the
// measures, and the work situation then and now) (with four more check-ins sent
// straight to the inbox, so the counts are over the small-number threshold).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { newReferral } from '../../server/test/helpers/referral.ts';
import { readMail, startSmtpCapture, type SmtpCapture } from '../../server/test/helpers/smtp-capture.ts';
import { axeViolations } from './axe.ts';
import { HOOK_TIMEOUT, newPage, TEST_TIMEOUT, useDemo, WAIT_TIMEOUT } from './harness.ts';
import { addStaff, SERVICE_NAME, startTestInbox, type TestInbox } from './inbox-in-process.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Served by the test's own server (not page.route): a routed page counts as a public site, which
// Chromium's local network access rules stop from reaching the inbox on loopback.
const overrides: Record<string, unknown> = {};
const demo = useDemo({ root: `${ROOT}dist/`, overrides });
let inbox: TestInbox;
let smtp: SmtpCapture;

const GOALS = { needAreas: [{ id: 'loneliness', score: 3, reasons: [] }], workPathway: 'indirect', wellbeing: { lifeSatisfaction: 3, worthwhile: 4, happiness: 4, anxiety: 8 }, loneliness: 'often-always', workConfidence: 2, employmentStatus: 'looking-for-work' };

async function refer(email: string): Promise<string> {
  const referral = newReferral({
    contact: { phone: '07700900123', email, methods: ['email'], bestDays: [], bestTimes: [], voicemailOk: false, textOk: false, interpreter: false },
    goals: GOALS,
    followUp: { consent: true, channels: ['email'], afterWeeks: 12 },
  });
  const res = await fetch(`${inbox.url}/referrals`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': referral.id }, body: JSON.stringify(referral) });
  assert.equal(res.status, 201);
  return referral.id;
}

async function linkFor(email: string): Promise<string> {
  const end = Date.now() + WAIT_TIMEOUT;
  for (;;) {
    const mail = smtp.mails.find((m) => m.to.includes(email));
    if (mail) return /(https?:\/\/\S+#[A-Za-z0-9_-]{43})/.exec(readMail(mail).text)![1]!;
    if (Date.now() > end) throw new Error(`no email to ${email}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

before(async () => {
  smtp = await startSmtpCapture();
  inbox = await startTestInbox('check-in', {
    corsOrigins: [demo.server.origin],
    retentionDays: 365,
    checkIns: { url: `${demo.server.origin}/check-in.html`, serviceName: SERVICE_NAME, servicePhone: '01632 960000', smtp: { url: smtp.url, from: 'connect@ashbyvale.example' }, everyMinutes: 15 },
  }, { checkInFirstRunMs: 0, checkInEveryMs: 200 });
}, { timeout: 3 * HOOK_TIMEOUT });

after(async () => {
  await inbox?.close();
  await smtp?.close();
}, { timeout: HOOK_TIMEOUT });

describe('the check-in round trip', () => {
  it('referral with consent → due → email on loopback → the element → sent → "Then and now" → the report counts it', { timeout: 2 * TEST_TIMEOUT }, async (t) => {
    const emails = Array.from({ length: 5 }, (_, i) => `person${i}@example.com`);
    const ids: string[] = [];
    for (const email of emails) ids.push(await refer(email));
    assert.equal(smtp.mails.length, 0, 'nothing is due yet');
    // Twelve weeks pass in the store.
    await inbox.db.query(`UPDATE check_ins SET due_at = now() - interval '1 day'`);
    const link = await linkFor(emails[0]!);
    assert.ok(link.startsWith(`${demo.server.origin}/check-in.html#`));

    const page = await newPage(t, demo.browser);
    overrides['/check-in.html'] = `<!doctype html><html lang="en"><title>How are you getting on?</title><main><waymark-check-in endpoint="${inbox.url}/referrals" heading-level="1"></waymark-check-in></main><script type="module" src="/check-in.js"></script>`;
    await page.goto(link);
    const el = page.locator('waymark-check-in');
    await el.locator('h1', { hasText: 'how satisfied are you with your life' }).waitFor({ timeout: WAIT_TIMEOUT });
    assert.deepEqual(await axeViolations(page), [], 'axe: the first question');
    await el.locator('#lifeSatisfaction-7').check();
    const next = () => el.getByRole('button', { name: 'Continue' }).click();
    await next(); // life satisfaction 7
    await next(); // worthwhile: skipped
    await next(); // happiness: skipped
    await el.locator('#anxiety-3').check();
    await next();
    await el.getByLabel('Occasionally').check();
    await next();
    await el.getByLabel('I am working').check();
    await next();
    await el.getByLabel('Updated my CV').check();
    await next();
    await el.getByLabel('Finding work').check();
    await next();
    await next(); // confidence: skipped
    await el.getByLabel('Yes').check();
    await next();
    await el.getByLabel('Yes').check();
    await next();
    await next(); // GP visits: left blank
    await el.getByRole('button', { name: 'Send my answers' }).click();
    await el.locator('h1', { hasText: 'Thank you. Your answers have been sent' }).waitFor({ timeout: WAIT_TIMEOUT });
    const rows = await el.locator('.then-and-now tbody th').allInnerTexts();
    assert.deepEqual(rows, ['How satisfied you are with your life', 'How anxious you felt', 'How often you feel lonely']);
    // They would like help finding work: offered, gently, with the places that help anywhere.
    await el.getByRole('heading', { name: 'Help with work, if you want it' }).waitFor({ timeout: WAIT_TIMEOUT });
    await el.locator('.work-support__name', { hasText: 'Jobcentre Plus' }).waitFor({ timeout: WAIT_TIMEOUT });
    assert.deepEqual(await axeViolations(page), [], 'axe: then and now');

    // The same link again: used, nothing shown.
    await page.reload();
    await el.locator('h1', { hasText: 'This link has already been used' }).waitFor({ timeout: WAIT_TIMEOUT });

    // Four more check-ins, straight to the inbox through their own links.
    for (let i = 1; i < emails.length; i++) {
      const token = (await linkFor(emails[i]!)).split('#')[1]!;
      const id = randomUUID();
      const res = await fetch(`${inbox.url}/check-ins/${token}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': id },
        body: JSON.stringify({ schemaVersion: 1, id, referralId: ids[i], submittedAt: new Date().toISOString(), source: { widgetVersion: '0.1.0', locale: 'en' }, wellbeing: { lifeSatisfaction: 7, anxiety: 3 }, employmentStatus: 'working' }),
      });
      assert.equal(res.status, 201);
    }

    const morgan = await addStaff(inbox, { email: 'morgan@practice.example', name: 'Morgan Manager', role: 'manager' });
    const staff = await newPage(t, demo.browser);
    await staff.goto(`${inbox.url}/inbox/report`);
    await staff.locator('#email').fill('morgan@practice.example');
    await staff.locator('#password').fill(morgan.password);
    await staff.locator('#password').press('Enter');
    await staff.waitForURL((u) => u.pathname === '/inbox/report');
    const life = (await staff.locator('tr', { hasText: 'Satisfied with life nowadays' }).first().innerText()).replace(/\s+/g, ' ');
    assert.match(life, /Satisfied with life nowadays 5 3\.0 7\.0 \+4\.0 100%/);
    // Looking for work at referral, working at the check-in: all five. Each 5 is withheld, as it
    // would tell that every other situation is 0; the table's caption counts the five.
    assert.match(await staff.locator('caption', { hasText: 'Work situation' }).innerText(), /people who said both times: 5/);
    const working = (await staff.locator('tr', { hasText: /^\s*Working/ }).first().innerText()).replace(/\s+/g, ' ');
    assert.match(working, /Working fewer than 5 not shown/);
    const looking = (await staff.locator('tr', { hasText: 'Looking for work' }).first().innerText()).replace(/\s+/g, ' ');
    assert.match(looking, /Looking for work not shown fewer than 5/);
    assert.deepEqual(await axeViolations(staff), [], 'axe: the report');
  });
});
