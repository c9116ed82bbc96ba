/// <reference types="node" />
// Issue 20's "done when": the published directory drives the widget's finder through the inbox's
// URL. A manager uploads the 60-row booklet on the staff screen, checks the preview and publishes
// it; a finder on another site whose directory-src is the inbox's /directory.json shows those
// activities; a second publish reaches a new visitor. Each state of the directory's staff pages
// goes through axe. The inbox runs in this process (a real HTTP server on PGlite); the finder is
// the built dist/finder.js.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it, type TestContext } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { decodeSpreadsheet } from '../../src/core/directory/csv/decode.ts';
import { importDirectoryCsv } from '../../src/core/directory/csv/import.ts';
import { axeViolations } from './axe.ts';
import { staffPage as cspCheckedPage } from './staff-page.ts';
import { HOOK_TIMEOUT, launchBrowser, newPage, serveDemo, TEST_TIMEOUT, WAIT_TIMEOUT, type DemoServer } from './harness.ts';
import { addStaff, startTestInbox, type TestInbox } from './inbox-in-process.ts';
import { tabAndPress, tabAndType } from './keyboard.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BOOKLET = `${ROOT}test/fixtures/directory/booklet-60.csv`;
const TEMPLATE = `${ROOT}docs/directory-template.csv`;
// The charity's page, served by the test's own server on another origin than the inbox's.
const overrides: Record<string, unknown> = {};
let site: DemoServer;
let browser: Browser;
let inbox: TestInbox;
const manager = { email: 'morgan@practice.example', password: '' };
const worker = { email: 'alex@practice.example', password: '' };

/** What the finder can show from a spreadsheet: every imported row but those nobody could contact. */
function showable(path: string): { count: number; names: Set<string> } {
  const result = importDirectoryCsv(decodeSpreadsheet(readFileSync(path)));
  return { count: result.activities.length - result.unreachable.length, names: new Set(result.activities.map((a) => a.name)) };
}

async function clean(page: Page, state: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], `axe: ${state}`);
}

const staffPage = (t: TestContext) => cspCheckedPage(t, browser);

/** Signs in by keyboard from the directory page's address, which the inbox sends back to. */
async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto(`${inbox.url}/inbox/directory`);
  await tabAndType(page, { id: 'email' }, who.email);
  await tabAndType(page, { id: 'password' }, who.password);
  await page.keyboard.press('Enter');
  await page.locator('h1', { hasText: 'Directory' }).waitFor();
}

/** Uploads a file from the directory page, by keyboard but for the file itself (the system's file chooser is not the page's). */
async function uploadAndCheck(page: Page, path: string): Promise<void> {
  await page.locator('#file').setInputFiles(path);
  await tabAndPress(page, { name: 'Upload and check', tag: 'button' });
  await page.locator('h1', { hasText: 'Check the directory before you publish it' }).waitFor();
}

/** Opens the finder page as a new visitor (a fresh browser cache) and reads what it found. */
async function finderCount(t: TestContext): Promise<{ title: string; names: string[] }> {
  const page = await newPage(t, browser);
  await page.goto(`${site.origin}/activities.html`);
  const finder = page.locator('waymark-finder');
  await finder.locator('#results-title').waitFor({ timeout: WAIT_TIMEOUT });
  await clean(page, 'the finder, from the inbox');
  return { title: (await finder.locator('#results-title').textContent())!.trim(), names: (await finder.locator('.result__name').allTextContents()).map((n) => n.trim()) };
}

before(async () => {
  site = await serveDemo({ root: `${ROOT}dist/`, overrides });
  browser = await launchBrowser();
  inbox = await startTestInbox('directory', { corsOrigins: [site.origin] });
  manager.password = (await addStaff(inbox, { email: manager.email, name: 'Morgan Manager', role: 'manager' })).password;
  worker.password = (await addStaff(inbox, { email: worker.email, name: 'Alex Link', role: 'linkworker' })).password;
  overrides['/activities.html'] = `<!doctype html><html lang="en"><title>Groups near you</title><main><h1>Groups near you</h1>
    <waymark-finder directory-src="${inbox.url}/directory.json" heading-level="2"></waymark-finder></main><script type="module" src="/finder.js"></script>`;
  // A new PGlite folder (initdb in WebAssembly) took 104 s on a shared machine at load 19.
}, { timeout: 3 * HOOK_TIMEOUT });

after(async () => {
  await browser?.close();
  await site?.close();
  await inbox?.close();
}, { timeout: HOOK_TIMEOUT });

describe('the directory published from the inbox', () => {
  it('a manager uploads the booklet, checks the preview and publishes; the finder reading /directory.json shows those activities', { timeout: 2 * TEST_TIMEOUT }, async (t) => {
    const page = await staffPage(t);
    await signIn(page, manager);
    assert.match(await page.locator('main').innerText(), /Nothing is published yet/);
    await clean(page, 'directory, nothing published');

    await tabAndPress(page, { name: 'Upload and check', tag: 'button' });
    await page.locator('.error-summary', { hasText: 'Choose the spreadsheet to upload, saved as CSV' }).waitFor();
    assert.equal(await page.title(), 'Error: Directory – Waymark inbox');
    await clean(page, 'directory, no file chosen');

    // Too big: said before the session is read, so the page names no one; still a clean page.
    await page.locator('#file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.alloc(1_100_000, 'a') });
    await tabAndPress(page, { name: 'Upload and check', tag: 'button' });
    await page.locator('h1', { hasText: 'The file is too big' }).waitFor();
    await clean(page, 'file too big');
    await tabAndPress(page, { name: 'Go back to the directory', tag: 'a' });
    await page.locator('h1', { hasText: 'Directory' }).waitFor();

    await uploadAndCheck(page, BOOKLET);
    const preview = await page.locator('main').innerText();
    assert.match(preview, /55 activities will be published/);
    assert.equal(await page.locator('ul.problems li').count(), 5);
    assert.ok(preview.includes("Row 7, column 'Day': 'Tues and Thurs' — write days as Monday, Tuesday …"), preview);
    await clean(page, 'preview, with problems');

    await tabAndPress(page, { name: 'Publish 55 activities', tag: 'button' });
    await page.locator('.banner--success', { hasText: 'The directory is published: 55 activities.' }).waitFor();
    await clean(page, 'directory, published');

    const booklet = showable(BOOKLET);
    const shown = await finderCount(t);
    assert.equal(shown.title, `${booklet.count} activities found`);
    assert.equal(shown.names.length, 20, 'the first page of results');
    assert.deepEqual(shown.names.filter((n) => !booklet.names.has(n)), [], 'every card is one of the booklet\'s activities');

    await tabAndPress(page, { name: /not been checked in the last 6 months/, tag: 'a' });
    await page.locator('h1', { hasText: 'Listings to check' }).waitFor();
    await clean(page, 'listings to check');

    // A second publish reaches the next visitor: the template's three activities.
    await page.goto(`${inbox.url}/inbox/directory`);
    await uploadAndCheck(page, TEMPLATE);
    assert.match(await page.locator('main').innerText(), /3 activities will be published/);
    await clean(page, 'preview, no problems');
    await tabAndPress(page, { name: 'Publish 3 activities', tag: 'button' });
    await page.locator('.banner--success').waitFor();
    await clean(page, 'directory, with a previous version to put back');
    const template = showable(TEMPLATE);
    const after = await finderCount(t);
    assert.equal(after.title, `${template.count} activities found`);
    assert.deepEqual(new Set(after.names), template.names);

    // A link worker sees what is published and what needs checking, and is offered nothing else.
    const linkWorker = await staffPage(t);
    await signIn(linkWorker, worker);
    assert.equal(await linkWorker.locator('#file').count(), 0);
    assert.equal(await linkWorker.getByRole('button', { name: 'Put back the previous directory' }).count(), 0);
    await clean(linkWorker, 'directory, as a link worker');
    await tabAndPress(linkWorker, { name: /checked in the last 6 months/, tag: 'a' });
    await linkWorker.locator('h1', { hasText: 'Listings to check' }).waitFor();
    await clean(linkWorker, 'listings to check, as a link worker');
  });
});
