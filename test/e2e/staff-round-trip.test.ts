/// <reference types="node" />
// Issue 18's round trip, on the built demo and a real inbox process (PGlite, then PostgreSQL): a
// person asks for a call on the practice page; the demo link worker (made by `demo-users`, as
// `npm run demo` does) sees it arrive in the open list, reads the safe-contact warning, assigns it,
// marks it contacted then accepted and exports it; the demo manager finds each of those actions in
// the audit log.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { runInboxCommand, startInboxProcess, type InboxProcess } from '../../server/test/helpers/process.ts';
import { newPlace, storeKinds, type StorePlace } from '../../server/test/helpers/stores.ts';
import { axeViolations } from './axe.ts';
import { deepText } from './keyboard.ts';
import { HOOK_TIMEOUT, launchBrowser, newContext, serveDemo, TEST_TIMEOUT, WAIT_TIMEOUT, type DemoServer } from './harness.ts';
import { fillAndSendRequestCall } from './request-call-steps.ts';

const PRACTICE_CONFIG = JSON.parse(await readFile(new URL('../../demo/public/config/ashby-vale.json', import.meta.url), 'utf8')) as Record<string, unknown>;

interface Account {
  email: string;
  password: string;
}

/** The demo accounts from what `npm run inbox -- demo-users` prints. */
function demoAccounts(printed: string): { linkworker: Account; manager: Account } {
  const account = (role: string): Account => {
    const match = new RegExp(`${role}: (\\S+@\\S+) {2}password: (\\S+)`).exec(printed);
    assert.ok(match, `demo-users printed the ${role}'s sign-in: ${printed}`);
    return { email: match[1]!, password: match[2]! };
  };
  return { linkworker: account('Link worker'), manager: account('Manager') };
}

/** The practice page's journey, quickest way through: lonely, one activity, then ask for a call. */
async function sendFromPracticePage(page: Page, origin: string, fullName: string): Promise<string> {
  await page.goto(`${origin}/practice.html`);
  await page.locator('waymark-goals [data-step-heading]').first().waitFor();
  await page.getByLabel('Feeling lonely').check();
  for (let i = 0; i < 15 && !(await deepText(page, '[data-step-heading]')).includes('Check your answers'); i++) {
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
  }
  await page.getByRole('button', { name: 'Confirm and continue' }).click();
  await page.locator('waymark-finder button.plan-toggle').first().click();
  await page.getByRole('button', { name: 'Continue to your plan' }).click();
  await page.getByRole('button', { name: 'Ask a link worker to call you' }).click();
  await fillAndSendRequestCall(page, fullName, { unsafeToLeaveMessages: true, consent: true });
  const reference = (await page.locator('waymark-request-call .confirmation__reference strong').textContent())?.trim() ?? '';
  assert.match(reference, /^WM-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
  return reference;
}

async function signIn(page: Page, url: string, who: Account): Promise<void> {
  await page.goto(`${url}/inbox`);
  await page.locator('#email').fill(who.email);
  await page.locator('#password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${url}/inbox`);
}

async function clean(page: Page, state: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], `axe: ${state}`);
}

for (const kind of storeKinds()) {
  describe(`a referral's round trip on ${kind}: practice page, link worker, manager`, () => {
    const pages: Record<string, unknown> = {};
    let demo: DemoServer;
    let place: StorePlace;
    let inbox: InboxProcess;
    let browser: Browser;
    let worker: BrowserContext;
    let list: Page;
    let accounts: ReturnType<typeof demoAccounts>;
    let reference = '';
    const fullName = `Robin Roundtrip-${kind}`;

    before(async () => {
      demo = await serveDemo({ overrides: pages });
      place = await newPlace(kind);
      inbox = await startInboxProcess({ ...place.env, INBOX_CORS_ORIGINS: demo.origin });
      // The practice page as `npm run demo` serves it: its own config, sending to the inbox.
      pages['/config/ashby-vale.json'] = { ...PRACTICE_CONFIG, referral: { endpoint: `${inbox.url}/referrals`, format: 'json' } };
      const made = await runInboxCommand(['demo-users'], place.env);
      assert.equal(made.code, 0, made.stderr);
      accounts = demoAccounts(made.stdout);
      browser = await launchBrowser();
      worker = await newContext(browser);
    }, { timeout: HOOK_TIMEOUT });

    after(async () => {
      await worker?.close();
      await browser?.close();
      await inbox?.stop();
      await demo?.close();
      await place?.dispose();
    }, { timeout: HOOK_TIMEOUT });

    it('a referral sent from the practice page shows in the link worker\'s open list without a reload', { timeout: TEST_TIMEOUT }, async (t) => {
      list = await worker.newPage();
      await signIn(list, inbox.url, accounts.linkworker);
      const person = await newContext(browser);
      try {
        reference = await sendFromPracticePage(await person.newPage(), demo.origin, fullName);
      } finally {
        await person.close();
      }
      const sent = Date.now();
      await list.locator('#results').getByRole('link', { name: fullName }).waitFor({ timeout: WAIT_TIMEOUT });
      t.diagnostic(`the referral showed in the open list ${Date.now() - sent} ms after the practice page confirmed it`);
    });

    it('the link worker finds it, sees the safe-contact warning, assigns it, marks it contacted then accepted, and exports it', { timeout: TEST_TIMEOUT }, async () => {
      assert.ok(reference, 'the referral was sent');
      await list.locator('#q').fill(reference);
      await list.locator('#q').press('Enter');
      await list.locator('#list-count', { hasText: '1 referral' }).waitFor();
      await list.locator('#results').getByRole('link', { name: fullName }).click();
      await list.locator('h1', { hasText: fullName }).waitFor();

      // Before anything else on the page: how to contact the person safely.
      const warning = list.locator('.safe-contact');
      assert.deepEqual(await warning.locator('.safe-contact__warnings li').allInnerTexts(), ['Do NOT leave a voicemail', 'No texts']);
      assert.match(await warning.innerText(), /Wednesday[\s\S]*Afternoon/);
      const [first] = await list.locator('main h2, main .safe-contact').evaluateAll((els) => els.map((el) => (el.classList.contains('safe-contact') ? 'safe-contact' : el.textContent)));
      assert.equal(first, 'safe-contact', 'the warning comes before every section');
      await clean(list, 'the referral from the practice page');

      await list.locator('#assignee').selectOption({ label: 'Me (Lee Linkworker)' });
      await list.getByRole('button', { name: 'Assign' }).click();
      await list.locator('.banner--success', { hasText: 'Assigned to Lee Linkworker.' }).waitFor();
      for (const status of ['Contacted', 'Accepted']) {
        await list.getByLabel(status, { exact: true }).check();
        await list.getByRole('button', { name: 'Save status' }).click();
        await list.locator('.banner--success', { hasText: `Status changed to ${status}.` }).waitFor();
      }

      const [download] = await Promise.all([list.waitForEvent('download'), list.getByRole('button', { name: 'Export', exact: true }).click()]);
      const csv = Papa.parse<Record<string, string>>((await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
      assert.deepEqual(csv.errors, []);
      assert.equal(csv.data.length, 1, 'one referral exported');
      const [cells] = csv.data as [Record<string, string>];
      assert.equal(cells.reference, reference);
      assert.equal(cells.full_name, fullName);
      assert.equal(cells.status, 'accepted');
      assert.equal(cells.assigned_to, 'Lee Linkworker');
    });

    it('the manager sees each of those actions, by the link worker, in the audit log', { timeout: TEST_TIMEOUT }, async () => {
      assert.ok(reference, 'the referral was sent');
      const context = await newContext(browser);
      try {
        const page = await context.newPage();
        await signIn(page, inbox.url, accounts.manager);
        await page.getByRole('link', { name: 'Audit log' }).click();
        await page.locator('#reference').fill(reference);
        await page.getByRole('button', { name: 'Show entries' }).click();
        await page.waitForURL(/reference=/);
        const rows = await page.locator('table tbody tr').evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText.replace(/\s+/g, ' ').trim())),
        );
        // Newest first on the page; oldest first here, views aside (each page shown is one).
        const done = rows.reverse().filter(([, , what]) => what !== 'Viewed the referral');
        assert.deepEqual(done.map(([, who, what, ref]) => [who, what, ref]), [
          ['Lee Linkworker linkworker@demo.waymark.invalid', 'Assigned to Lee Linkworker', reference],
          ['Lee Linkworker linkworker@demo.waymark.invalid', 'Changed status from New to Contacted', reference],
          ['Lee Linkworker linkworker@demo.waymark.invalid', 'Changed status from Contacted to Accepted', reference],
          ['Lee Linkworker linkworker@demo.waymark.invalid', 'Exported as CSV', reference],
        ]);
        const viewed = rows.findIndex(([, who, what]) => what === 'Viewed the referral' && who!.startsWith('Lee Linkworker'));
        assert.ok(viewed >= 0 && viewed < rows.findIndex(([, , what]) => what === 'Assigned to Lee Linkworker'), 'the first view comes before the first change');
        await clean(page, 'the audit log for one referral');
      } finally {
        await context.close();
      }
    });
  });
}
