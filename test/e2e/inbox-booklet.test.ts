/// <reference types="node" />
// "Print a booklet" in the inbox (issue 20): a link worker opens it from the directory page by
// keyboard, gives the finder's page for the QR codes (an http one is refused), and prints; the
// PDF, read back with pdftotext, shows every published activity under each of its need areas and
// none of the staff screen. axe on each state. The inbox runs in this process (a real HTTP server
// on PGlite) with the 60-row booklet published.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it, type TestContext } from 'node:test';
import type { Browser } from 'playwright-core';
import { decodeSpreadsheet } from '../../src/core/directory/csv/decode.ts';
import { importDirectoryCsv } from '../../src/core/directory/csv/import.ts';
import { Activity } from '../../src/core/model/activity.ts';
import { NEED_AREAS } from '../../src/core/vocabulary/lists.ts';
import { needAreaLabel } from '../../src/words/need-areas.ts';
import { PUBLIC_NEED_AREA_NAMES } from '../../server/staff/booklet-words.ts';
import { publishUpload, saveUpload } from '../../server/store/directory.ts';
import { axeViolations } from './axe.ts';
import { staffPage } from './staff-page.ts';
import { HOOK_TIMEOUT, launchBrowser, TEST_TIMEOUT } from './harness.ts';
import { addStaff, startTestInbox, type TestInbox } from './inbox-in-process.ts';
import { tabAndPress, tabAndType } from './keyboard.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const published = importDirectoryCsv(decodeSpreadsheet(readFileSync(`${ROOT}test/fixtures/directory/booklet-60.csv`)), { today: '2026-12-01' });
const activities = published.activities.map((a) => Activity.parse(a));
let browser: Browser;
let inbox: TestInbox;
const worker = { email: 'alex@practice.example', password: '' };
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the inbox\'s booklet words', { timeout: 10_000 }, () => {
  // Here, not in server/test: the inbox imports nothing of the widget's words, but a test may.
  it('name the need areas as the finder names them to the public', () => {
    assert.deepEqual(PUBLIC_NEED_AREA_NAMES, Object.fromEntries(NEED_AREAS.map((id) => [id, needAreaLabel(id)])));
  });
});

describe('"Print a booklet" in the inbox', () => {
  before(async () => {
    browser = await launchBrowser();
    inbox = await startTestInbox('booklet');
    const alex = await addStaff(inbox, { email: worker.email, name: 'Alex Link', role: 'linkworker' });
    worker.password = alex.password;
    await inbox.db.transaction(async (tx) => {
      const id = await saveUpload(tx, { at: new Date(), by: alex.id, fileName: 'booklet.csv', result: published });
      await publishUpload(tx, id, new Date(), alex.id);
    });
    // A new PGlite folder (initdb in WebAssembly) took 104 s on a shared machine at load 19.
  }, { timeout: 3 * HOOK_TIMEOUT });
  after(async () => {
    await browser?.close();
    await inbox?.close();
  }, { timeout: HOOK_TIMEOUT });

  it('by keyboard from the directory page; an http finder page is refused; printed, every activity under its need areas', { timeout: 2 * TEST_TIMEOUT }, async (t: TestContext) => {
    const page = await staffPage(t, browser);
    await page.goto(`${inbox.url}/inbox/directory`);
    await tabAndType(page, { id: 'email' }, worker.email);
    await tabAndType(page, { id: 'password' }, worker.password);
    await page.keyboard.press('Enter');
    await page.locator('h1', { hasText: 'Directory' }).waitFor();
    await tabAndPress(page, { name: 'Print a booklet', tag: 'a' });
    await page.locator('h1', { hasText: 'Print a booklet' }).waitFor();
    assert.equal(await page.locator('svg.qr').count(), 0, 'no QR codes until a finder page is given');
    assert.deepEqual(await axeViolations(page), [], 'axe: the booklet');

    await tabAndType(page, { id: 'finder' }, 'http://vale.example/whats-on');
    await tabAndPress(page, { name: 'Make the booklet', tag: 'button' });
    await page.locator('.error-summary', { hasText: 'starting with https://' }).waitFor();
    assert.equal(await page.title(), 'Error: Print a booklet – Waymark inbox');
    assert.deepEqual(await axeViolations(page), [], 'axe: a finder page that is not https');

    await page.locator('#finder').fill('');
    await tabAndType(page, { id: 'finder' }, 'https://vale.example/whats-on');
    await tabAndPress(page, { name: 'Make the booklet', tag: 'button' });
    await page.locator('svg.qr').first().waitFor();
    // inbox.js (a module, so it runs after the page is parsed) shows the button: wait for it, not the QR codes.
    await page.getByRole('button', { name: 'Print this booklet' }).waitFor({ state: 'visible' });
    assert.deepEqual(await axeViolations(page), [], 'axe: the booklet with QR codes');

    const pdf = join(inbox.dataDir, 'booklet.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f');
    const lines = pages.join('\n').split('\n').map(oneLine).filter(Boolean);
    const areas = NEED_AREAS.filter((id) => activities.some((a) => a.needAreas.includes(id)));
    const starts: number[] = [];
    for (const id of areas) {
      const at = lines.indexOf(PUBLIC_NEED_AREA_NAMES[id], (starts.at(-1) ?? -1) + 1);
      assert.ok(at >= 0, `${PUBLIC_NEED_AREA_NAMES[id]} is printed, in the need areas' order`);
      starts.push(at);
    }
    const end = lines.findIndex((line) => line.startsWith('If you need help now'));
    areas.forEach((id, i) => {
      const section = lines.slice(starts[i], starts[i + 1] ?? end).join(' ');
      for (const a of activities.filter((x) => x.needAreas.includes(id))) assert.ok(section.includes(oneLine(a.name)), `${a.name} is printed under ${PUBLIC_NEED_AREA_NAMES[id]}`);
    });
    const text = lines.join(' ');
    for (const screenOnly of ['Signed in as', 'Sign out', 'Make the booklet', 'Print this booklet', 'Back to the directory']) {
      assert.equal(text.includes(screenOnly), false, `"${screenOnly}" is not printed`);
    }
  });
});
