/// <reference types="node" />
// Issue 20's "done when" for listing feedback: "A listing report arrives in the inbox." The built
// finder (dist/finder.js) on a page of its own, with listingReports.endpoint set to a real inbox
// (PGlite) in this process; a person reports a problem with a listing by keyboard alone; a link
// worker signs in and finds it on the Listing reports page, under the activity. axe on each state.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { axeViolations } from './axe.ts';
import { HOOK_TIMEOUT, newPage, TEST_TIMEOUT, useDemo, WAIT_TIMEOUT } from './harness.ts';
import { addStaff, startTestInbox, type TestInbox } from './inbox-in-process.ts';
import { focused, tabAndPress, tabAndType, tabTo } from './keyboard.ts';
import { staffPage } from './staff-page.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Served by the test's own server (not page.route): a routed page counts as a public site, which
// Chromium's local network access rules stop from reaching the inbox on loopback.
const overrides: Record<string, unknown> = { '/activities.json': JSON.parse(readFileSync(`${ROOT}demo/data/activities.json`, 'utf8')) };
const demo = useDemo({ root: `${ROOT}dist/`, overrides });
let inbox: TestInbox;

describe('a listing report, from the finder to the inbox', () => {
  // Inside the suite: the page server's own hook (useDemo) has then run.
  before(async () => {
    inbox = await startTestInbox('listing-report', { corsOrigins: [demo.server.origin], retentionDays: 365 });
  }, { timeout: 3 * HOOK_TIMEOUT });

  after(async () => {
    await inbox?.close();
  }, { timeout: HOOK_TIMEOUT });

  it('reported by keyboard on the built finder, it arrives on the link worker’s Listing reports page', { timeout: 2 * TEST_TIMEOUT }, async (t) => {
    const config = {
      service: { name: 'Ashby Vale Connect', phone: '01632 960000' },
      listingReports: { endpoint: `${inbox.url}/listing-reports` },
    };
    overrides['/finder.html'] = `<!doctype html><html lang="en"><title>Find activities</title><main><h1>Activities in Ashby Vale</h1>
      <waymark-finder directory-src="/activities.json"><script type="application/json">${JSON.stringify(config)}</script></waymark-finder></main>
      <script type="module" src="/finder.js"></script>`;
    const page = await newPage(t, demo.browser);
    await page.goto(`${demo.server.origin}/finder.html`);
    const finder = page.locator('waymark-finder');
    await finder.locator('.result').first().waitFor({ timeout: WAIT_TIMEOUT });
    const name = (await finder.locator('.result__name').first().innerText()).trim();

    await tabAndPress(page, { name: `Report a problem with this listing: ${name}`, tag: 'button' });
    await finder.locator('#report-title').waitFor({ timeout: WAIT_TIMEOUT });
    assert.equal((await focused(page)).name, 'Report a problem with this listing');
    assert.deepEqual(await axeViolations(page), [], 'axe: the form');

    await tabAndPress(page, { name: 'Send report', tag: 'button' });
    await finder.locator('.error-summary').waitFor({ timeout: WAIT_TIMEOUT });
    assert.deepEqual(await axeViolations(page), [], 'axe: the form with an error');

    await tabTo(page, { id: 'report-reason' });
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    assert.equal((await focused(page)).name, 'The day or time is wrong');
    await tabAndType(page, { id: 'report-note' }, 'It meets on Tuesdays now');
    await tabAndPress(page, { name: 'Send report', tag: 'button' });
    await finder.locator('#report-title', { hasText: 'Thank you for telling us' }).waitFor({ timeout: WAIT_TIMEOUT });
    assert.equal((await focused(page)).name, 'Thank you for telling us');
    assert.deepEqual(await axeViolations(page), [], 'axe: thank you');

    const stored = await inbox.db.query<{ activity_name: string; reason: string; note: string }>('SELECT activity_name, reason, note FROM listing_reports');
    assert.deepEqual(stored, [{ activity_name: name, reason: 'wrong-time', note: 'It meets on Tuesdays now' }]);

    const lee = await addStaff(inbox, { email: 'lee@practice.example', name: 'Lee Worker', role: 'linkworker' });
    const staff = await staffPage(t, demo.browser);
    await staff.goto(`${inbox.url}/inbox`);
    await staff.locator('#email').fill('lee@practice.example');
    await staff.locator('#password').fill(lee.password);
    await staff.locator('#password').press('Enter');
    await staff.waitForURL((u) => u.pathname === '/inbox');
    await tabAndPress(staff, { name: 'Listing reports', tag: 'a' });
    await staff.locator('h1', { hasText: 'Listing reports' }).waitFor({ timeout: WAIT_TIMEOUT });
    const section = staff.locator('section', { has: staff.locator('h2', { hasText: name }) });
    const row = (await section.locator('tbody tr').first().innerText()).replace(/\s+/g, ' ');
    assert.match(row, /The day or time is wrong It meets on Tuesdays now/);
    assert.equal(await staff.locator('a[aria-current="page"]').innerText(), 'Listing reports');
    assert.deepEqual(await axeViolations(staff), [], 'axe: the Listing reports page');
  });
});
