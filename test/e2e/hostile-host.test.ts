/// <reference types="node" />
// A hostile host (demo/hostile.html): `html { font-size: 62.5% }`, a global `*` reset with
// !important type, colour, spacing and capitals, a sticky 80px header and a fixed cookie banner.
// Waymark must look exactly as it does on a plain page, and a focused control must never end up
// under the header or the banner.
import { describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { newPage, TEST_TIMEOUT, useDemo } from './harness.ts';
import { focused } from './keyboard.ts';

const demo = useDemo();

const RED = 'rgb(255, 0, 0)';
/** The journey's step labels are NHS.UK-style small print (0.875em) beside the bar; hidden on narrow screens. */
const SMALL_PRINT = ['progress__step'];

interface Look {
  key: string;
  fontSize: number;
  fontFamily: string;
  fontWeight: string;
  lineHeight: string;
  color: string;
  letterSpacing: string;
  textTransform: string;
  textAlign: string;
  boxSizing: string;
  classes: string;
}

/** The computed look of every visible element with its own text, inside Waymark's shadow roots. */
function looks(page: Page): Promise<Look[]> {
  return page.evaluate(() => {
    const out: Look[] = [];
    const hidden = (el: Element) => !!el.closest('.visually-hidden') || el.getClientRects().length === 0;
    const walk = (root: ShadowRoot, trail: string) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot, `${trail}>${el.localName}`);
        const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent!.trim()).join(' ').trim();
        if (!own || hidden(el) || ['style', 'script', 'svg'].includes(el.localName)) continue;
        const s = getComputedStyle(el);
        out.push({
          key: `${trail} ${el.localName}.${[...el.classList].join('.')} "${own.slice(0, 40)}"`,
          fontSize: parseFloat(s.fontSize),
          fontFamily: s.fontFamily,
          fontWeight: s.fontWeight,
          lineHeight: s.lineHeight,
          color: s.color,
          letterSpacing: s.letterSpacing,
          textTransform: s.textTransform,
          textAlign: s.textAlign,
          boxSizing: s.boxSizing,
          classes: `${el.className} ${el.parentElement?.className ?? ''}`,
        });
      }
    };
    document.querySelectorAll('waymark-journey').forEach((j) => walk(j.shadowRoot!, 'waymark-journey'));
    return out;
  });
}

/** Heights of every visible button and text box inside Waymark. */
function controlHeights(page: Page): Promise<{ what: string; height: number }[]> {
  return page.evaluate(() => {
    const out: { what: string; height: number }[] = [];
    const walk = (root: ShadowRoot) => {
      for (const el of root.querySelectorAll('button, .button, input[type=text], input[type=search], input[type=tel], input[type=email], select, textarea')) {
        const box = el.getBoundingClientRect();
        if (box.height > 0 && !el.closest('.visually-hidden')) out.push({ what: `${el.localName}.${el.className} "${el.textContent!.trim().slice(0, 30)}"`, height: box.height });
      }
      root.querySelectorAll('*').forEach((el) => el.shadowRoot && walk(el.shadowRoot));
    };
    document.querySelectorAll('waymark-journey').forEach((j) => walk(j.shadowRoot!));
    return out;
  });
}

async function open(t: TestContext, path: string): Promise<Page> {
  const page = await newPage(t, demo.browser);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${demo.server.origin}${path}`);
  await page.waitForSelector('#demo-api-mode');
  await page.locator('waymark-goals [data-step-heading]').first().waitFor();
  return page;
}

const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name }).first();

/** The same three states on any page: the first question, the results, the call form with errors. */
const STATES: [string, (page: Page) => Promise<void>][] = [
  ['the first question', async () => {}],
  ['the activity results', async (page) => {
    await button(page, 'Skip this and look at activities').click();
    await page.locator('waymark-finder .result').nth(5).waitFor();
  }],
  ['the call form with errors', async (page) => {
    await button(page, 'Continue to your plan').click();
    await button(page, 'Ask a link worker to call you').click();
    await page.locator('waymark-request-call #fullName').waitFor();
    await button(page, 'Continue').click();
    await page.getByText('There is a problem').first().waitFor();
    // Words stay apart in the built bundle, whose template minifier trims spaces at a template's edge.
    const label = await page.locator('waymark-request-call label[for="preferredName"]').textContent();
    assert.equal(label?.replace(/\s+/g, ' ').trim(), 'What would you like us to call you? (optional)');
  }],
];

function pad(n: number) {
  return n.toFixed(1);
}

describe('a hostile host page', () => {
  it('looks exactly as on a plain page: its own type (16px and up), colours and 44px controls, whatever the page does', { timeout: TEST_TIMEOUT }, async (t) => {
    const plain = await open(t, '/practice.html');
    const hostile = await open(t, '/hostile.html');
    // The host really is hostile: its own text is 12px red serif capitals.
    const hostText = await hostile.evaluate(() => getComputedStyle(document.querySelector('main h1')!));
    assert.deepEqual([hostText.fontSize, hostText.color, hostText.textTransform], ['12px', RED, 'uppercase']);

    for (const [state, go] of STATES) {
      await go(plain);
      await go(hostile);
      const [want, got] = [await looks(plain), await looks(hostile)];
      assert.ok(got.length > 20, `${state}: Waymark rendered (${got.length} text elements)`);
      // Like for like: every text element has the plain page's look, property by property.
      const byKey = new Map(want.map((l) => [l.key, l]));
      const differences = got
        .filter((l) => byKey.has(l.key))
        .flatMap((l) => {
          const w = byKey.get(l.key)!;
          return (Object.keys(l) as (keyof Look)[])
            .filter((k) => k !== 'key' && k !== 'classes' && l[k] !== w[k])
            .map((k) => `${l.key}: ${k} ${String(l[k])} (plain page: ${String(w[k])})`);
        });
      assert.deepEqual(differences.slice(0, 10), [], `${state}: differs from the plain page`);
      assert.ok(got.filter((l) => byKey.has(l.key)).length > got.length * 0.9, `${state}: the two pages show the same elements`);

      for (const l of got) {
        assert.notEqual(l.color, RED, `${state}: ${l.key} is the host's red`);
        assert.doesNotMatch(l.fontFamily, /^serif$/, `${state}: ${l.key} is in the host's font`);
        if (!SMALL_PRINT.some((c) => l.classes.includes(c))) {
          assert.ok(l.fontSize >= 16, `${state}: ${l.key} is ${pad(l.fontSize)}px`);
        }
      }
      for (const c of await controlHeights(hostile)) assert.ok(c.height >= 44, `${state}: ${c.what} is ${pad(c.height)}px tall`);
    }
    const shot = join(tmpdir(), 'waymark-hostile-host.png');
    await hostile.screenshot({ path: shot });
    console.log(`# screenshot of the hostile host: ${shot}`);
    await plain.close();
    await hostile.close();
  });

  /**
   * Tabs forwards and back through the results and records each focused Waymark control that
   * the header or the cookie banner covers (any part of it).
   */
  async function coveredWhileTabbing(page: Page, presses: number): Promise<string[]> {
    const covered: string[] = [];
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i < presses; i++) {
        await page.keyboard.press(key);
        const f = await focused(page);
        const hit = await page.evaluate(() => {
          let el: Element | null = document.activeElement;
          const inWaymark = el?.localName.startsWith('waymark-');
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          if (!inWaymark || !el) return null;
          const box = el.getBoundingClientRect();
          const header = document.querySelector('.site-header')!.getBoundingClientRect();
          const banner = document.querySelector('.cookie-banner')!.getBoundingClientRect();
          return box.top < header.bottom || box.bottom > banner.top ? `top ${Math.round(box.top)}, bottom ${Math.round(box.bottom)}` : null;
        });
        if (hit) covered.push(`${key} to ${f.tag}#${f.id} "${f.name.slice(0, 40)}": ${hit}`);
      }
    }
    return covered;
  }

  async function resultsOnHostilePage(t: TestContext, extraCss?: string): Promise<Page> {
    const page = await open(t, '/hostile.html');
    if (extraCss) await page.addStyleTag({ content: extraCss });
    await button(page, 'Skip this and look at activities').click();
    await page.locator('waymark-finder .result').nth(10).waitFor();
    await page.locator('waymark-finder #finder-title').focus();
    return page;
  }

  it('keeps each focused control clear of the sticky header and the cookie banner, Tabbing forwards and back', { timeout: TEST_TIMEOUT }, async (t) => {
    const page = await resultsOnHostilePage(t);
    assert.deepEqual(await coveredWhileTabbing(page, 45), []);
  });

  it('follows --waymark-scroll-margin for a taller header', { timeout: TEST_TIMEOUT }, async (t) => {
    const taller = '.site-header { height: 160px !important; } waymark-journey { --waymark-scroll-margin: 176px; }';
    const page = await resultsOnHostilePage(t, taller);
    assert.deepEqual(await coveredWhileTabbing(page, 45), []);
  });

  it('notices a covered control when the scroll margin is too small (so a clean run means something)', { timeout: TEST_TIMEOUT }, async (t) => {
    const page = await resultsOnHostilePage(t, 'waymark-journey { --waymark-scroll-margin: 0px; }');
    const covered = await coveredWhileTabbing(page, 45);
    assert.ok(covered.length > 0, 'with no scroll margin, the header or banner covers some focused control');
  });
});
