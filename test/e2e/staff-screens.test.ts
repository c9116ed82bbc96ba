/// <reference types="node" />
// The staff screen in a real browser: every state through axe, the link worker's work by keyboard
// alone, the idle-session warning, and what a signed-out, cross-site or expired browser gets. The
// inbox runs in this process (a real HTTP server on PGlite) so the test can move its clock.
import assert from 'node:assert/strict';
import { after, before, describe, it, type TestContext } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Role } from '../../server/staff/roles.ts';
import { newReferral } from '../../server/test/helpers/referral.ts';
import { DAY, MINUTE, testClock } from '../../server/test/helpers/staff.ts';
import { axeViolations } from './axe.ts';
import { staffPage as cspCheckedPage } from './staff-page.ts';
import { HOOK_TIMEOUT, launchBrowser, serveDemo, TEST_TIMEOUT, WAIT_TIMEOUT, type DemoServer } from './harness.ts';
import { addStaff, SERVICE_NAME, startTestInbox, type StaffAccount, type TestInbox } from './inbox-in-process.ts';
import { focused, tabAndPress, tabAndType, tabTo } from './keyboard.ts';

const clock = testClock();
let inbox: TestInbox;
let browser: Browser;
const accounts: Record<string, StaffAccount> = {};

async function account(key: string, role: Role, name: string) {
  accounts[key] = await addStaff(inbox, { email: `${key}@practice.example`, name, role }, new Date(clock.now()));
  return accounts[key];
}

async function send(overrides: Record<string, unknown> = {}): Promise<string> {
  const referral = newReferral(overrides);
  const res = await fetch(`${inbox.url}/referrals`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': referral.id },
    body: JSON.stringify(referral),
  });
  assert.equal(res.status, 201);
  return ((await res.json()) as { reference: string }).reference;
}

/** A page that fails its test on any CSP or Trusted Types violation and any script error. */
const staffPage = (t: TestContext) => cspCheckedPage(t, browser);

async function clean(page: Page, state: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], `axe: ${state}`);
}

/** Signs in with the keyboard alone, from wherever the browser was sent. */
async function signIn(page: Page, who: { email: string; password: string }, path = '/inbox'): Promise<void> {
  await page.goto(`${inbox.url}${path}`);
  await page.locator('h1', { hasText: 'Sign in to the Waymark inbox' }).waitFor();
  await tabAndType(page, { id: 'email' }, who.email);
  await tabAndType(page, { id: 'password' }, who.password);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/inbox/sign-in'));
}

before(async () => {
  inbox = await startTestInbox('staff', {
    // Check-ins with no email set up: staff make each message (the page's every state).
    checkIns: { url: 'https://practice.example/check-in', serviceName: SERVICE_NAME, servicePhone: undefined, smtp: undefined, everyMinutes: 15 },
  }, { now: clock.now });
  browser = await launchBrowser();
  await account('alex', 'linkworker', 'Alex Link');
  await account('morgan', 'manager', 'Morgan Manager');
  // A new PGlite folder (initdb in WebAssembly) took 104 s on a shared machine at load 19.
}, { timeout: 3 * HOOK_TIMEOUT });

after(async () => {
  await browser?.close();
  await inbox?.close();
}, { timeout: HOOK_TIMEOUT });

describe('the staff screen in a browser', () => {
  it('signing in: empty, wrong, locked out; each state clean, by keyboard, and the error summary takes focus', { timeout: TEST_TIMEOUT }, async (t) => {
    const page = await staffPage(t);
    await page.goto(`${inbox.url}/inbox`);
    assert.equal(new URL(page.url()).pathname, '/inbox/sign-in');
    await clean(page, 'sign-in, empty');

    await tabAndPress(page, { name: 'Sign in', tag: 'button' });
    await page.locator('.error-summary').waitFor();
    assert.equal((await focused(page)).tag, 'div', 'the error summary has focus');
    assert.equal(await page.title(), 'Error: Sign in – Waymark inbox');
    await clean(page, 'sign-in, empty fields');
    // Its link takes focus to the field.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal((await focused(page)).id, 'email');

    for (let i = 0; i < 5; i++) {
      await page.locator('#email').fill('locked.out@practice.example');
      await page.locator('#password').fill('a wrong password');
      await page.locator('#password').press('Enter');
      await page.locator('.error-summary').waitFor();
      if (i === 0) {
        assert.match(await page.locator('.error-summary').innerText(), /The email address or password is wrong/);
        await clean(page, 'sign-in, wrong password');
      }
    }
    assert.match(await page.locator('.error-summary').innerText(), /tried to sign in too many times/);
    await clean(page, 'sign-in, locked out');
  });

  it('the list: empty, full, filtered to nothing, an export with nothing ticked; a new referral shows without a reload', { timeout: TEST_TIMEOUT }, async (t) => {
    const page = await staffPage(t);
    await signIn(page, accounts.alex!);
    const hasRows = await page.locator('#results table').count();
    if (!hasRows) {
      assert.match(await page.locator('#list-count').innerText(), /There are no referrals yet/);
      await clean(page, 'list, empty');
    }
    // Sent while the page is open: the list redraws by itself.
    const sentAt = Date.now();
    const reference = await send({ person: { fullName: 'Polly Poll', dateOfBirth: '1970-01-01', postcode: 'AV1 3QT' } });
    await page.locator('#results').getByRole('link', { name: 'Polly Poll' }).waitFor({ timeout: WAIT_TIMEOUT });
    const appearedMs = Date.now() - sentAt;
    t.diagnostic(`a new referral showed in the open list ${appearedMs} ms after it was stored`);
    assert.match(await page.locator('#list-status').innerText(), /The list has been updated/);
    await send({ person: { fullName: 'Quinn Second', dateOfBirth: '1971-01-01', postcode: 'AV2 1AA' } });
    await page.locator('#results').getByRole('link', { name: 'Quinn Second' }).waitFor();
    await clean(page, 'list, full');
    assert.ok(reference);

    // A ticked box is never redrawn away: the page says the list changed instead.
    await page.locator(`#tick-${reference}`).check();
    await send({ person: { fullName: 'Rita Third', dateOfBirth: '1972-01-01', postcode: 'AV2 1AA' } });
    await page.locator('#list-changed').waitFor({ state: 'visible' });
    assert.equal(await page.locator(`#tick-${reference}`).isChecked(), true);
    await page.locator(`#tick-${reference}`).uncheck();

    await page.locator('#q').fill('nobody by this name');
    await page.locator('#q').press('Enter');
    await page.locator('#list-count', { hasText: 'No referrals match' }).waitFor();
    await clean(page, 'list, filtered to nothing');

    await page.goto(`${inbox.url}/inbox`);
    await page.getByRole('button', { name: 'Export ticked referrals' }).click();
    await page.locator('.error-summary', { hasText: 'Tick at least one referral to export' }).waitFor();
    await clean(page, 'list, export error');
  });

  it("a link worker's whole job by keyboard: find, read the safe-contact warning, assign, contacted, accepted, a note, the message to the referrer; every state clean", { timeout: TEST_TIMEOUT }, async (t) => {
    const reference = await send({
      person: { fullName: 'Kim Keyboard', preferredName: 'Kim', dateOfBirth: '1966-06-06', postcode: 'AV1 3QT', gpPractice: 'Ashby Vale Medical Centre' },
      contact: { phone: '07700900321', methods: ['call'], bestDays: ['wed'], bestTimes: ['afternoon'], voicemailOk: false, textOk: false, interpreter: false },
      goals: { needAreas: [{ id: 'loneliness', score: 2, reasons: ['You said you feel lonely some of the time'] }], wellbeing: { lifeSatisfaction: 4 }, workConfidence: 3, workPathway: 'indirect' },
    });
    const page = await staffPage(t);
    await signIn(page, accounts.alex!);
    await tabAndType(page, { id: 'q' }, reference.toLowerCase().replace(/-/g, ''));
    await page.keyboard.press('Enter');
    await page.locator('#list-count', { hasText: '1 referral' }).waitFor();
    await tabAndPress(page, { name: 'Kim Keyboard', tag: 'a' });
    await page.locator('h1', { hasText: 'Kim Keyboard' }).waitFor();
    const warning = page.locator('.safe-contact');
    assert.deepEqual(await warning.locator('.safe-contact__warnings li').allInnerTexts(), ['Do NOT leave a voicemail', 'No texts']);
    assert.match(await warning.innerText(), /Before you contact Kim[\s\S]*Wednesday[\s\S]*Afternoon/);
    await clean(page, 'referral');

    // Assign: the select answers to typing, like any native control.
    await tabTo(page, { id: 'assignee' });
    await page.keyboard.type('Me');
    await tabAndPress(page, { name: 'Assign', tag: 'button' });
    await page.locator('.banner--success', { hasText: 'Assigned to Alex Link.' }).waitFor();
    await clean(page, 'referral, assigned');

    for (const [status, after] of [['Contacted', 'Status changed to Contacted.'], ['Accepted', 'Status changed to Accepted.']] as const) {
      await tabAndPress(page, { name: status, tag: 'input' }, 'Space');
      await tabAndPress(page, { name: 'Save status', tag: 'button' });
      await page.locator('.banner--success', { hasText: after }).waitFor();
      await clean(page, `referral, ${status.toLowerCase()}`);
    }

    await tabAndPress(page, { name: 'Add note', tag: 'button' });
    await page.locator('.error-summary', { hasText: 'Enter a note' }).waitFor();
    await clean(page, 'referral, note error');
    await tabAndType(page, { id: 'note' }, 'Spoke to Kim. Coffee morning on Wednesday.');
    await tabAndPress(page, { name: 'Add note', tag: 'button' });
    await page.locator('.notes', { hasText: 'Coffee morning on Wednesday' }).waitFor();
    await clean(page, 'referral, note added');

    await tabAndPress(page, { name: 'Message to the referrer', tag: 'a' });
    await page.locator('h1', { hasText: 'Message to the referrer' }).waitFor();
    const message = await page.locator('#message').inputValue();
    assert.match(message, /To: Ashby Vale Medical Centre/);
    assert.match(message, /Outcome: accepted\. Kim is working with a link worker\./);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inbox.url });
    await tabAndPress(page, { name: 'Copy the message', tag: 'button' });
    await page.locator('#copy-status', { hasText: 'Copied' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), message);
    await clean(page, 'message to the referrer');
  });

  it('declining asks why, one question on its own page; its errors and the result are clean', { timeout: TEST_TIMEOUT }, async (t) => {
    const reference = await send();
    const page = await staffPage(t);
    await signIn(page, accounts.alex!, `/inbox/referrals/${reference}`);
    await page.getByLabel('Declined').check();
    await page.getByRole('button', { name: 'Save status' }).click();
    await page.locator('h1', { hasText: 'Why was the referral declined?' }).waitFor();
    await clean(page, 'decline');
    await page.getByRole('button', { name: 'Save: declined' }).click();
    await page.locator('.error-summary', { hasText: 'Choose why the referral was declined' }).waitFor();
    await clean(page, 'decline, no reason');
    await page.getByLabel('Another reason').check();
    await page.getByRole('button', { name: 'Save: declined' }).click();
    await page.locator('.error-summary', { hasText: 'Say why the referral was declined' }).waitFor();
    await page.getByLabel('They said no to social prescribing').check();
    await page.getByRole('button', { name: 'Save: declined' }).click();
    await page.locator('.banner--success', { hasText: 'Status changed to Declined.' }).waitFor();
    await clean(page, 'referral, declined');
  });

  it('a manager by keyboard: audit log, users, adding a user (errors, check, password), a user; a link worker is refused them; other pages clean', { timeout: TEST_TIMEOUT }, async (t) => {
    const page = await staffPage(t);
    await signIn(page, accounts.morgan!);
    await tabAndPress(page, { name: 'Audit log', tag: 'a' });
    await page.locator('h1', { hasText: 'Audit log' }).waitFor();
    await clean(page, 'audit log');
    await tabAndPress(page, { name: 'Users', tag: 'a' });
    await page.locator('h1', { hasText: 'Users' }).waitFor();
    await clean(page, 'users');
    await tabAndPress(page, { name: 'Add a user', tag: 'a' });
    await page.locator('h1', { hasText: 'Add a user' }).waitFor();
    await clean(page, 'add a user');
    await tabAndPress(page, { name: 'Continue', tag: 'button' });
    await page.locator('.error-summary').waitFor();
    await clean(page, 'add a user, errors');
    await tabAndType(page, { id: 'email' }, 'new.person@practice.example');
    await tabAndType(page, { id: 'name' }, 'New Person');
    await tabAndPress(page, { name: 'Link worker', tag: 'input' }, 'Space');
    await tabAndPress(page, { name: 'Continue', tag: 'button' });
    await page.locator('h1', { hasText: 'Check the new user' }).waitFor();
    await clean(page, 'check the new user');
    await tabAndPress(page, { name: 'Add user', tag: 'button' });
    await page.locator('.panel__title', { hasText: 'User added' }).waitFor();
    await clean(page, 'user added');
    await page.goto(`${inbox.url}/inbox/users/${accounts.alex!.id}`);
    await clean(page, 'a user');
    await page.goto(`${inbox.url}/inbox/no-such-page`);
    await clean(page, 'not found');

    const worker = await staffPage(t);
    await signIn(worker, accounts.alex!);
    assert.equal(await worker.getByRole('link', { name: 'Audit log' }).count(), 0);
    for (const path of ['/inbox/audit', '/inbox/users']) {
      const res = await worker.goto(`${inbox.url}${path}`);
      assert.equal(res?.status(), 403, path);
      await worker.locator('h1', { hasText: 'You cannot open this page' }).waitFor();
    }
    await clean(worker, 'refused');
  });

  it('check-ins by keyboard: none due, one due, its message made; every state clean', { timeout: TEST_TIMEOUT }, async (t) => {
    const page = await staffPage(t);
    await signIn(page, accounts.alex!);
    await tabAndPress(page, { name: 'Check-ins', tag: 'a' });
    await page.locator('h1', { hasText: 'Check-ins' }).waitFor();
    assert.match(await page.locator('main').innerText(), /Email is not set up/);
    await clean(page, 'check-ins, none due');

    const reference = await send({
      contact: { phone: '07700900456', methods: ['text'], bestDays: [], bestTimes: [], voicemailOk: false, textOk: true, interpreter: false },
      followUp: { consent: true, channels: ['text'], afterWeeks: 12 },
    });
    // Twelve weeks pass in the store, not in a sleep.
    await inbox.db.query(`UPDATE check_ins SET due_at = $1 WHERE referral_id = (SELECT id FROM referrals WHERE reference = $2)`, [new Date(clock.now() - DAY).toISOString(), reference]);
    await page.reload();
    await page.locator('.tag', { hasText: 'Due' }).first().waitFor();
    await clean(page, 'check-ins, one due');
    await tabAndPress(page, { name: `Make the message for ${reference}`, tag: 'button' });
    await page.locator('h1', { hasText: `Check-in message for ${reference}` }).waitFor();
    assert.match(await page.locator('#message-text').innerText(), /https:\/\/practice\.example\/check-in#[A-Za-z0-9_-]{43}/);
    await clean(page, 'check-in message');
    await tabAndPress(page, { name: 'Back to check-ins', tag: 'a' });
    await page.locator('.tag', { hasText: 'Sent' }).first().waitFor();
    await clean(page, 'check-ins, sent');
  });

  it('the report by keyboard: wrong dates, none in range, everyone, by district; every state clean', { timeout: TEST_TIMEOUT }, async (t) => {
    await send();
    const page = await staffPage(t);
    await signIn(page, accounts.morgan!);
    await tabAndPress(page, { name: 'Report', tag: 'a' });
    await page.locator('h1', { hasText: 'Report' }).waitFor();
    await page.locator('h2', { hasText: 'Take-up' }).waitFor();
    assert.match(await page.locator('main').innerText(), /fewer than 5/);
    await clean(page, 'report, everyone');
    await tabTo(page, { id: 'from' });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2026-13-01');
    await tabAndPress(page, { name: 'Show the report', tag: 'button' });
    await page.locator('.error-summary').waitFor();
    await clean(page, 'report, wrong date');
    await page.locator('#from').fill('2020-01-01');
    await page.locator('#to').fill('2020-01-31');
    await tabAndPress(page, { name: 'Show the report', tag: 'button' });
    await page.locator('main', { hasText: 'No referrals were received in these dates' }).waitFor();
    await clean(page, 'report, none in range');
    await page.goto(`${inbox.url}/inbox/report?by=district`);
    await page.locator('caption', { hasText: 'AV1' }).first().waitFor();
    await clean(page, 'report, by district');
  });

  it('warns two minutes before an idle session ends; "Stay signed in" keeps it; left alone it ends, and sign-in says why', { timeout: TEST_TIMEOUT }, async (t) => {
    const page = await staffPage(t);
    await page.clock.install();
    await signIn(page, accounts.alex!);
    // 13 minutes pass, in the browser and on the inbox.
    clock.advance(13 * MINUTE + 5_000);
    await page.clock.fastForward('13:05');
    const dialog = page.locator('#timeout-warning');
    await dialog.waitFor({ state: 'visible' });
    assert.equal((await focused(page)).name, 'Stay signed in', 'the dialog takes focus');
    await clean(page, 'timeout warning');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    clock.advance(14 * MINUTE);
    const res = await page.goto(`${inbox.url}/inbox`);
    assert.equal(new URL(res!.url()).pathname, '/inbox', 'still signed in: staying counted as activity');

    clock.advance(16 * MINUTE);
    await page.clock.fastForward('16:00');
    await page.locator('h2', { hasText: 'You were signed out' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/inbox/sign-in');
    await clean(page, 'session expired');
  });
});

describe('what the staff screen gives a browser that should get nothing', () => {
  let evil: DemoServer;
  const pages: Record<string, unknown> = {};
  before(async () => {
    evil = await serveDemo({ overrides: pages });
  }, { timeout: HOOK_TIMEOUT });
  after(() => evil?.close(), { timeout: HOOK_TIMEOUT });

  it('a signed-out browser gets the sign-in page for every staff address', { timeout: TEST_TIMEOUT }, async (t) => {
    const reference = await send({ person: { fullName: 'Secret Sally', dateOfBirth: '1970-01-01', postcode: 'AV1 3QT' } });
    const page = await staffPage(t);
    for (const path of ['/inbox', `/inbox/referrals/${reference}`, `/inbox/referrals/${reference}/message`, '/inbox/audit', '/inbox/users']) {
      await page.goto(`${inbox.url}${path}`);
      assert.equal(new URL(page.url()).pathname, '/inbox/sign-in', path);
      assert.doesNotMatch(await page.content(), /Secret Sally/);
    }
  });

  it('a form posted from another site is refused and changes nothing, even with a signed-in session', { timeout: TEST_TIMEOUT }, async (t) => {
    const reference = await send();
    const page = await staffPage(t);
    await signIn(page, accounts.alex!);
    const csrf = await page.locator('input[name="csrf"]').first().inputValue();
    pages['/attack.html'] = `<!doctype html><html lang="en"><head><title>Win a prize</title></head><body><main>
      <form method="post" action="${inbox.url}/inbox/referrals/${reference}/status">
        <input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="from" value="new"><input type="hidden" name="status" value="contacted">
        <button>Claim</button></form></main></body></html>`;
    await page.goto(`${evil.origin}/attack.html`);
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().includes('/status')), page.getByRole('button', { name: 'Claim' }).click()]);
    // The browser does not send the SameSite=Strict cookie, and the inbox refuses the origin anyway.
    assert.ok([303, 403].includes(response.status()), String(response.status()));
    const [row] = await inbox.db.query<{ status: string }>('SELECT status FROM referrals WHERE reference = $1', [reference]);
    assert.equal(row!.status, 'new');
  });

  it('a wrong CSRF token gets nothing, and an expired session gets nothing', { timeout: TEST_TIMEOUT }, async (t) => {
    const reference = await send({ person: { fullName: 'Token Tess', dateOfBirth: '1970-01-01', postcode: 'AV1 3QT' } });
    const page = await staffPage(t);
    await signIn(page, accounts.alex!, `/inbox/referrals/${reference}`);
    await page.locator('form[action$="/status"] input[name="csrf"]').evaluate((input) => ((input as HTMLInputElement).value = 'x'.repeat(43)));
    await page.getByLabel('Contacted').check();
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/status')), page.getByRole('button', { name: 'Save status' }).click()]);
    assert.equal(response.status(), 403);
    await page.locator('h1', { hasText: 'This form is out of date' }).waitFor();
    assert.doesNotMatch(await page.content(), /Token Tess/);
    await clean(page, 'form out of date');

    clock.advance(15 * MINUTE);
    const expired = await page.goto(`${inbox.url}/inbox/referrals/${reference}`);
    assert.equal(new URL(expired!.url()).pathname, '/inbox/sign-in');
    assert.doesNotMatch(await page.content(), /Token Tess/);
    const [row] = await inbox.db.query<{ status: string }>('SELECT status FROM referrals WHERE reference = $1', [reference]);
    assert.equal(row!.status, 'new');
  });
});
