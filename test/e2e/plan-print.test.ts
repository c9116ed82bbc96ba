/// <reference types="node" />
// The plan as a person takes it away: printed (Chromium's own PDF output, read back with
// pdftotext) and as a QR code (the rendered SVG, read back with jsQR as a phone camera would).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import type { BrowserContext, Page } from 'playwright-core';
import { HOOK_TIMEOUT, newContext, TEST_TIMEOUT, useDemo } from './harness.ts';
import { deepText, tabAndPress, tabTo } from './keyboard.ts';

const demo = useDemo();
let context: BrowserContext;
let page: Page;
let chosen: string[];

/** The page as Chromium prints it to PDF, read back with pdftotext, spaces collapsed. */
async function printedText(): Promise<string> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const dir = mkdtempSync(join(tmpdir(), 'waymark-print-'));
  writeFileSync(join(dir, 'plan.pdf'), pdf);
  return execFileSync('pdftotext', ['-layout', join(dir, 'plan.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('the plan, printed and as a QR code', () => {
  // One plan, made once, read by both tests.
  before(async () => {
    context = await newContext(demo.browser);
    page = await context.newPage();
    await page.goto(`${demo.server.origin}/practice.html`);
    await page.locator('waymark-goals [data-step-heading]').first().waitFor();
    await tabAndPress(page, { name: 'Skip this and look at activities' });
    await page.locator('waymark-finder .result').first().waitFor();
    const first = await tabTo(page, { name: /^Add to my plan: / });
    await page.keyboard.press('Enter');
    const second = await tabTo(page, { name: /^Add to my plan: / });
    await page.keyboard.press('Enter');
    chosen = [first.name, second.name].map((n) => n.replace(/^Add to my plan: /, ''));
    await tabAndPress(page, { name: 'Continue to your plan' });
    await page.locator('waymark-plan .plan-item').nth(1).waitFor();
    await page.locator('waymark-plan svg.qr').waitFor();
  }, { timeout: HOOK_TIMEOUT });
  after(() => context?.close(), { timeout: HOOK_TIMEOUT });

  it('prints as a tidy handout: service, date, the activities and the phone number, without buttons', { timeout: TEST_TIMEOUT }, async () => {
    const text = await printedText();
    assert.match(text, /Ashby Vale Social Prescribing/);
    assert.match(text, /Your plan, made on \d{1,2} \w+ 20\d\d/);
    for (const name of chosen) assert.ok(text.includes(name), `${name} is printed`);
    assert.match(text, /01632 960000/);
    for (const screenOnly of ['Print your plan', 'Remove', 'Continue to your plan', 'Ask a link worker to call you', 'Save my progress', 'Step 3 of 5', 'Need help now?']) {
      assert.equal(text.includes(screenOnly), false, `"${screenOnly}" is not printed`);
    }
  });

  it('prints no language buttons, and carries the urgent help numbers (issue 15)', { timeout: TEST_TIMEOUT }, async () => {
    assert.ok(await page.locator('waymark-journey .language-picker').isVisible(), 'the picker is on screen');
    const text = await printedText();
    for (const language of ['Cymraeg', 'Polski', 'English']) assert.equal(text.includes(language), false, `"${language}" is not printed`);
    assert.match(text, /If you need help now/);
    for (const urgent of ['Call 999', 'Call 111', 'Call 116 123', 'Text SHOUT to 85258']) assert.ok(text.includes(urgent), `"${urgent}" is printed`);
  });

  it('shows a QR code that decodes to the plan, with nothing about the person', { timeout: TEST_TIMEOUT }, async () => {
    const image = await page.evaluate(async () => {
      let svg: SVGSVGElement | null = null;
      const find = (root: Document | ShadowRoot) => {
        svg ??= root.querySelector('svg.qr');
        root.querySelectorAll('*').forEach((n) => n.shadowRoot && find(n.shadowRoot));
      };
      find(document);
      const source = new XMLSerializer().serializeToString(svg!);
      const img = new Image();
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 600;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, 600, 600);
      ctx.drawImage(img, 0, 0, 600, 600);
      return Array.from(ctx.getImageData(0, 0, 600, 600).data);
    });
    const decoded = jsQR(Uint8ClampedArray.from(image), 600, 600);
    assert.ok(decoded, 'the QR code can be read');
    assert.match(decoded.data, /^My plan from Ashby Vale Social Prescribing/);
    for (const name of chosen) assert.ok(decoded.data.includes(name), `${name} is in the QR code`);
    assert.equal((await deepText(page, '.plan-item h3')).length, 2);
  });
});
