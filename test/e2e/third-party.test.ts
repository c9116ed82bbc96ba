/// <reference types="node" />
// No third parties by default: every request the demo pages make while a person walks the
// journey, from the page and from its service worker, goes to the page's own origin or to an
// origin the config names. Nothing else: no fonts, analytics, CDNs or lookups nobody asked for.
import { describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { newPage, serveDemo, TEST_TIMEOUT, useDemo } from './harness.ts';

const demo = useDemo();

const LOOKUP = 'https://postcodes.example';

/** Every URL requested in a browser context: pages, their workers and service workers. */
function recordRequests(context: BrowserContext, page: Page): Set<string> {
  const urls = new Set<string>();
  // context 'request' includes service-worker requests (Chromium); 'page' covers the page's own.
  context.on('request', (r) => urls.add(r.url()));
  page.on('request', (r) => urls.add(r.url()));
  context.on('serviceworker', (sw) => urls.add(sw.url()));
  return urls;
}

/** Origins of the absolute web addresses in a config: the only other places Waymark may call. */
function originsNamedIn(config: unknown): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string' && /^https?:\/\//i.test(v)) out.add(new URL(v).origin);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(config);
  return out;
}

function foreign(urls: Set<string>, allowed: Set<string>): string[] {
  // data: and blob: stay inside the page; about:blank is a new frame, not a request.
  return [...urls].filter((u) => !/^(data|blob|about):/.test(u) && !allowed.has(new URL(u).origin));
}

async function open(t: TestContext, path: string): Promise<{ page: Page; urls: Set<string> }> {
  const page = await newPage(t, demo.browser);
  const urls = recordRequests(page.context(), page);
  await page.goto(`${demo.server.origin}${path}`);
  await page.waitForSelector('#demo-api-mode');
  return { page, urls };
}

const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name }).first();

async function goalsToSuggestions(page: Page): Promise<void> {
  await page.locator('waymark-goals [data-step-heading]').first().waitFor();
  await page.getByRole('checkbox', { name: 'Feeling lonely' }).check();
  for (let i = 0; i < 15 && !(await page.getByRole('button', { name: 'Confirm and continue' }).count()); i++) {
    await button(page, 'Continue').click();
  }
  await button(page, 'Confirm and continue').click();
  await page.locator('waymark-finder .result').first().waitFor();
}

async function showDistances(page: Page, postcode: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Your postcode' }).fill(postcode);
  await button(page, 'Show distances').click();
  await page.locator('waymark-finder .miles').first().waitFor();
}

async function practiceConfig(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(new URL('../../demo/public/config/ashby-vale.json', import.meta.url), 'utf8'));
}

describe('no third parties by default, on the built demo', () => {
  it('the practice page asks only its own origin, from the first question to a sent referral', { timeout: TEST_TIMEOUT }, async (t) => {
    const { page, urls } = await open(t, '/practice.html');
    const config = await practiceConfig();
    await button(page, 'Cymraeg').click();
    await page.locator('.language-picker__option[aria-current="true"][lang="cy"]').first().waitFor();
    await button(page, 'English').click();
    await goalsToSuggestions(page);
    await showDistances(page, 'AV1 3QT');
    await button(page, /^Add to my plan/).click();
    await button(page, 'Continue to your plan').click();
    await page.locator('waymark-plan .plan-item').first().waitFor();
    await button(page, 'Ask a link worker to call you').click();
    const field = (id: string) => page.locator(`waymark-request-call #${id}`);
    await field('fullName').fill('Sam Taylor');
    await field('dateOfBirth').fill('12');
    await field('dateOfBirth-month').fill('4');
    await field('dateOfBirth-year').fill('1970');
    await field('postcode').fill('AV1 3QT');
    await button(page, 'Continue').click();
    await field('phone').fill('07700 900123');
    await field('methods').check();
    await field('voicemailOk').check();
    await field('textOk').check();
    await button(page, 'Continue').click();
    await field('consent').check();
    await button(page, 'Continue').click();
    await button(page, 'Send request').click();
    await page.locator('waymark-request-call .confirmation__title').waitFor();

    const allowed = new Set([demo.server.origin, ...originsNamedIn(config)]);
    assert.deepEqual([...allowed], [demo.server.origin], 'the demo config names no outside origin');
    // The walk really went through the network layer: the directory, a lookup and the referral.
    const paths = [...urls].map((u) => new URL(u).pathname);
    for (const p of ['/waymark.js', '/config/ashby-vale.json', '/api/directory/activities.json', '/api/postcodes/outcodes/AV1', '/api/referrals']) {
      assert.ok(paths.includes(p), `${p} was requested (saw ${paths.join(', ')})`);
    }
    assert.deepEqual(foreign(urls, allowed), []);
  });

  it('the charity and kiosk pages ask only their own origin', { timeout: TEST_TIMEOUT }, async (t) => {
    for (const path of ['/charity.html', '/kiosk.html']) {
      const { page, urls } = await open(t, path);
      if (path === '/charity.html') {
        await page.locator('waymark-finder .result').first().waitFor();
        await button(page, /^More details/).click();
        await button(page, 'Back to results').click();
      } else {
        await goalsToSuggestions(page);
        await showDistances(page, 'AV1');
      }
      assert.ok(urls.size > 5, `${path}: the recorder saw the page load (${urls.size} requests)`);
      assert.deepEqual(foreign(urls, new Set([demo.server.origin])), [], path);
    }
  });

  it('sees an outside origin when the config names one, and allows only that one', { timeout: TEST_TIMEOUT }, async (t) => {
    // The practice page with a config that names an outside postcode lookup, to show the recorder
    // sees Waymark's cross-origin requests when there are any. (Served, not routed: Playwright's
    // page.route cannot see requests the demo's service worker passes on.)
    const lookupConfig = { ...(await practiceConfig()), postcodeLookup: LOOKUP };
    const lookupServer = await serveDemo({ overrides: { '/config/ashby-vale.json': lookupConfig } });
    t.after(() => lookupServer.close());
    const page = await newPage(t, demo.browser);
    const urls = recordRequests(page.context(), page);
    // msw passes requests it has no handler for to the network; answer the lookup here.
    await page.context().route(`${LOOKUP}/**`, (route) =>
      route.fulfill({ json: { status: 200, result: { outcode: 'AV1', latitude: 52.05, longitude: -1.25 } } }),
    );
    await page.goto(`${lookupServer.origin}/practice.html`);
    await page.waitForSelector('#demo-api-mode');
    await goalsToSuggestions(page);
    await showDistances(page, 'AV1 3QT');

    const outside = foreign(urls, new Set([lookupServer.origin]));
    assert.deepEqual([...new Set(outside.map((u) => new URL(u).origin))], [LOOKUP], 'the recorder saw the named lookup');
    assert.deepEqual([...new Set(outside)], [`${LOOKUP}/outcodes/AV1`], 'only the outward code leaves the page');
    assert.deepEqual(foreign(urls, new Set([lookupServer.origin, ...originsNamedIn(lookupConfig)])), []);
  });
});
