/// <reference types="node" />
// "Print a booklet" on the built finder (issue 20's "done when": the printed booklet's text shows
// every group under its need area). Printed by Chromium to an A4 PDF and read back with pdftotext;
// each section's QR code read back with jsQR as a phone camera would, and opened.
//
// The charity's page is an https page (page routing, every file from demo-dist): a booklet only
// carries QR codes from an https page, as a phone opens them on another network.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import type { BrowserContext, Page } from 'playwright-core';
import { HOOK_TIMEOUT, launchBrowser, newContext, TEST_TIMEOUT } from './harness.ts';
import { tabAndPress } from './keyboard.ts';
import { NEED_AREAS } from '../../src/core/vocabulary/lists.ts';
import { needAreaLabel } from '../../src/words/need-areas.ts';
import demo from '../../demo/data/activities.json' with { type: 'json' };

const ROOT = fileURLToPath(new URL('../../demo-dist/', import.meta.url));
const SITE = 'https://vale-hub.example';
const PAGE = `${SITE}/whats-on.html`;

// What the finder calls each need area, in English.
const AREA_NAMES = Object.fromEntries(NEED_AREAS.map((id) => [id, needAreaLabel(id)]));
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Other times, or ask for times'];

interface DemoActivity {
  id: string;
  name: string;
  needAreas: string[];
  schedule?: { days?: string[] }[];
  firstVisit?: { someoneMeetsYou?: boolean };
}
/** How often the booklet lists an activity: under each of its need areas, on each of its days (or once, under other times). */
const entries = (a: DemoActivity) => a.needAreas.length * Math.max(new Set((a.schedule ?? []).flatMap((s) => s.days ?? [])).size, 1);
// The demo directory, with two activities whose directory says someone will meet you.
const MET = ['av-phone-friends', 'av-kelby-lunch-club'];
const activities = (demo.activities as DemoActivity[]).map((a) => (MET.includes(a.id) ? { ...a, firstVisit: { someoneMeetsYou: true } } : a));
const metNames = activities.filter((a) => MET.includes(a.id)).map((a) => a.name);

const CONFIG = { service: { name: 'Vale Community Hub', phone: '01632 960000' } };
const HOST_PAGE = `<!doctype html>
<html lang="en-GB">
  <head><meta charset="utf-8" /><title>What's on – Vale Community Hub</title><link rel="icon" href="data:," /></head>
  <body>
    <main>
      <h1>What's on in Ashby Vale</h1>
      <script type="module" src="/waymark.js"></script>
      <waymark-finder directory-src="/activities.json"><script type="application/json">${JSON.stringify(CONFIG)}</script></waymark-finder>
    </main>
  </body>
</html>`;
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

let browser: Awaited<ReturnType<typeof launchBrowser>>;
let context: BrowserContext;
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'waymark-booklet-'));

/** The page as Chromium prints it to an A4 PDF, one string a page, read back with pdftotext. */
async function printedPages(): Promise<string[]> {
  writeFileSync(join(dir, 'booklet.pdf'), await page.pdf({ format: 'A4', printBackground: true }));
  return execFileSync('pdftotext', [join(dir, 'booklet.pdf'), '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
}

/** Each word's height in the PDF, in points (pdftotext -bbox), by its text. */
function wordHeights(): Map<string, number[]> {
  const html = execFileSync('pdftotext', ['-bbox', join(dir, 'booklet.pdf'), '-'], { encoding: 'utf8' });
  const heights = new Map<string, number[]>();
  for (const [, yMin, yMax, word] of html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    heights.set(word!, [...(heights.get(word!) ?? []), Number(yMax) - Number(yMin)]);
  }
  return heights;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('"Print a booklet" on a charity\'s https page', () => {
  before(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    await context.route(`${SITE}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/whats-on.html') return route.fulfill({ contentType: 'text/html', body: HOST_PAGE });
      if (path === '/activities.json') return route.fulfill({ json: { activities } });
      try {
        return await route.fulfill({ contentType: TYPES[extname(path)] ?? 'application/octet-stream', body: readFileSync(join(ROOT, path)) });
      } catch {
        return route.fulfill({ status: 404, body: 'Not found' });
      }
    });
    page = await context.newPage();
    await page.goto(PAGE);
    await page.locator('waymark-finder .result').first().waitFor();
    await tabAndPress(page, { name: 'Print a booklet' });
    await page.locator('waymark-finder .booklet__section').first().waitFor();
  }, { timeout: HOOK_TIMEOUT });
  after(async () => {
    await context?.close();
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  }, { timeout: HOOK_TIMEOUT });

  it('prints every activity under each of its need areas, by day, without the screen\'s buttons', { timeout: TEST_TIMEOUT }, async () => {
    const pages = await printedPages();
    const text = oneLine(pages.join(' '));
    assert.match(text, /Vale Community Hub Activities near you Printed on \d{1,2} \w+ 20\d\d\. Times can change, so call before you go\./);
    // The need areas in the vocabulary's order, each title a line of its own; a section runs to the next title.
    const lines = pages.join('\n').split('\n').map(oneLine).filter(Boolean);
    const areas = NEED_AREAS.filter((id) => activities.some((a) => a.needAreas.includes(id)));
    const starts: number[] = [];
    for (const id of areas) {
      const at = lines.indexOf(AREA_NAMES[id]!, (starts.at(-1) ?? -1) + 1);
      assert.ok(at >= 0, `${AREA_NAMES[id]} is printed, after ${starts.length ? AREA_NAMES[areas[starts.length - 1]!] : 'the cover'}`);
      starts.push(at);
    }
    const end = lines.findIndex((line) => line.startsWith('Questions? Call Vale Community Hub'));
    areas.forEach((id, i) => {
      const section = lines.slice(starts[i], starts[i + 1] ?? end);
      const sectionText = section.join(' ');
      for (const a of activities.filter((x) => x.needAreas.includes(id))) {
        assert.ok(sectionText.includes(oneLine(a.name)), `${a.name} is printed under ${AREA_NAMES[id]}`);
      }
      // Its days in order, Monday to Sunday, then other times.
      const days = section.filter((line) => DAY_NAMES.includes(line));
      assert.ok(days.length > 0, `${AREA_NAMES[id]} is printed by day`);
      assert.deepEqual(days, DAY_NAMES.filter((d) => days.includes(d)), `${AREA_NAMES[id]}'s days are in order, each once`);
    });
    for (const name of metNames) {
      const at = text.indexOf(`${name} `);
      assert.match(text.slice(at, at + 400), /Someone will meet you when you arrive\./, `${name} says someone will meet you`);
    }
    const met = activities.filter((a) => MET.includes(a.id)).reduce((n, a) => n + entries(a), 0);
    assert.equal(text.split('Someone will meet you when you arrive.').length - 1, met, 'said only where the directory says so');
    assert.match(text, /Questions\? Call Vale Community Hub on 01632 960000\./);
    assert.match(text, /If you need help now/);
    for (const urgent of ['Call 999', 'Call 111', 'Call 116 123']) assert.ok(text.includes(urgent), `"${urgent}" is printed`);
    for (const screenOnly of ['Print this booklet', 'Back to activities', 'Search for an activity', 'Print a booklet', 'in large print']) {
      assert.equal(text.includes(screenOnly), false, `"${screenOnly}" is not printed`);
    }
  });

  it('paginates cleanly on A4: no heading alone at the foot of a page, no activity split across pages; large print', { timeout: TEST_TIMEOUT }, async () => {
    const pages = await printedPages();
    assert.ok(pages.length > 5, `a booklet of ${pages.length} pages`);
    const headings = new Set([...Object.values(AREA_NAMES), ...DAY_NAMES]);
    const names = new Set(activities.map((a) => oneLine(a.name)));
    pages.forEach((printed, i) => {
      const lines = printed.split('\n').map(oneLine).filter(Boolean);
      assert.equal(headings.has(lines.at(-1)!), false, `page ${i + 1} does not end with the heading "${lines.at(-1)}"`);
      // A page starts with a heading, an activity's name or the closing lines: never inside an activity.
      const first = lines[0]!;
      const starts = headings.has(first) || names.has(first) || /^(Questions\?|If you need help now|Vale Community Hub)/.test(first);
      assert.ok(i === 0 || starts, `page ${i + 1} starts at a heading or an activity, not "${first}"`);
    });
    // 16pt text: "Cost" (a label in every activity) and the activities' words are at least 16 points high.
    const heights = wordHeights();
    const cost = heights.get('Cost') ?? [];
    assert.ok(cost.length >= activities.length, 'every activity printed its cost');
    assert.ok(Math.min(...cost) >= 16, `body text is at least 16pt (smallest "Cost": ${Math.min(...cost).toFixed(1)}pt)`);
    const lonely = heights.get('lonely') ?? [];
    assert.ok(Math.min(...lonely) > Math.min(...cost) * 1.5, 'need-area titles are much larger than the text');
  });

  it('has one QR code a need area, not one an activity, opening this page filtered to that need area', { timeout: TEST_TIMEOUT }, async () => {
    const areas = NEED_AREAS.filter((id) => activities.some((a) => a.needAreas.includes(id)));
    const images = await page.evaluate(async () => {
      const svgs: SVGSVGElement[] = [];
      const find = (root: Document | ShadowRoot) => {
        root.querySelectorAll<SVGSVGElement>('svg.qr').forEach((svg) => svgs.push(svg));
        root.querySelectorAll('*').forEach((n) => n.shadowRoot && find(n.shadowRoot));
      };
      find(document);
      // Each image as one byte a pixel (black or white), as a string: a fraction of the RGBA numbers to send back.
      const out: string[] = [];
      for (const svg of svgs.slice(0, 2)) {
        const img = new Image();
        img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = 400;
        const ctx = canvas.getContext('2d')!;
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, 400, 400);
        ctx.drawImage(img, 0, 0, 400, 400);
        const rgba = ctx.getImageData(0, 0, 400, 400).data;
        let grey = '';
        for (let i = 0; i < rgba.length; i += 4) grey += String.fromCharCode(rgba[i]!);
        out.push(grey);
      }
      return { count: svgs.length, out };
    });
    assert.equal(images.count, areas.length, 'one QR code a need area');
    const rgba = (grey: string) => Uint8ClampedArray.from([...Buffer.from(grey, 'latin1')].flatMap((v) => [v, v, v, 255]));
    const links = images.out.map((grey) => jsQR(rgba(grey), 400, 400)?.data);
    assert.deepEqual(links, [`${PAGE}?waymark-need-area=${areas[0]}`, `${PAGE}?waymark-need-area=${areas[1]}`]);

    // Scanned: the page opens with the finder filtered to that need area.
    await page.goto(links[1]!);
    const inArea = activities.filter((a) => a.needAreas.includes(areas[1]!)).length;
    await page.locator('waymark-finder #results-title', { hasText: `${inArea} activities found` }).waitFor();
  });
});
