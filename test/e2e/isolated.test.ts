/// <reference types="node" />
// Isolated mode: the form runs in an iframe on the service's own origin. The host page sizes it
// and hears its events, but cannot read what the person types.
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { type DemoServer, HOOK_TIMEOUT, launchBrowser, newPage, serveDemo, TEST_TIMEOUT } from './harness.ts';
import { fillAndSendRequestCall } from './request-call-steps.ts';

let host: DemoServer;
let service: DemoServer;
let browser: Browser;
const received: { key: string | null; body: unknown }[] = [];

describe('isolated mode', () => {
  before(async () => {
    // Two origins (two ports): the practice page, and the service hosting the form. Each page
    // names the other's origin, so the pages are filled in once both servers are listening.
    const hostPages: Record<string, unknown> = {};
    const servicePages: Record<string, unknown> = {};
    host = await serveDemo({ overrides: hostPages });
    service = await serveDemo({
      overrides: servicePages,
      posts: {
        '/api/frame-referrals': (body) => {
          received.push({ key: null, body: JSON.parse(body) });
          return { status: 201, json: { reference: 'ISO-0001' } };
        },
      },
    });
    hostPages['/isolated-host.html'] = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Host page</title></head>
      <body><h1>A practice page</h1><script type="module" src="/waymark.js"></script>
      <waymark-request-call isolated-src="${service.origin}/frame.html"></waymark-request-call></body></html>`;
    servicePages['/frame.html'] = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Ask a link worker to call you</title>
      <script type="module" src="/waymark.js"></script></head>
      <body><waymark-request-call config-src="/frame-config.json" isolated-hosts="${host.origin}"></waymark-request-call></body></html>`;
    servicePages['/frame-config.json'] = {
      service: { name: 'Ashby Vale Social Prescribing', phone: '01632 960000', legalBasis: 'public-task' },
      referral: { endpoint: '/api/frame-referrals' },
    };
    browser = await launchBrowser();
  }, { timeout: HOOK_TIMEOUT });
  after(async () => {
    await browser?.close();
    await host?.close();
    await service?.close();
  }, { timeout: HOOK_TIMEOUT });

  async function open(t: TestContext): Promise<Page> {
    const page = await newPage(t, browser);
    await page.goto(`${host.origin}/isolated-host.html`);
    return page;
  }

  it('sends a referral from inside the iframe, sizes the frame, and tells the host only the reference', { timeout: TEST_TIMEOUT }, async (t) => {
    const page = await open(t);
    await page.evaluate(() => {
      (window as unknown as { heard: unknown[] }).heard = [];
      for (const name of ['waymark-referral-sent', 'waymark-step']) {
        document.addEventListener(name, (e) => (window as unknown as { heard: unknown[] }).heard.push([name, (e as CustomEvent).detail]));
      }
    });
    const frame = page.frameLocator('waymark-request-call iframe');
    await fillAndSendRequestCall(frame);
    await frame.locator('.confirmation__title').waitFor();

    assert.equal(received.length, 1, 'the service received one referral');
    const heard = await page.evaluate(() => (window as unknown as { heard: [string, Record<string, unknown>][] }).heard);
    assert.deepEqual(heard.find(([name]) => name === 'waymark-referral-sent')?.[1], { reference: 'ISO-0001' });
    assert.ok(heard.some(([name]) => name === 'waymark-step'));
    assert.equal(JSON.stringify(heard).includes('Sam Taylor'), false, 'nothing personal reaches the host page');

    // The host page's scripts cannot reach into the form.
    const reach = await page.evaluate(() => {
      const iframe = document.querySelector('waymark-request-call')!.shadowRoot!.querySelector('iframe')!;
      return { doc: iframe.contentDocument === null, height: iframe.getBoundingClientRect().height };
    });
    assert.equal(reach.doc, true);
    assert.ok(reach.height > 200 && reach.height !== 600, `the frame was sized to its content (${reach.height}px)`);
  });

  it('ignores messages that do not come from its own frame', { timeout: TEST_TIMEOUT }, async (t) => {
    const page = await open(t);
    await page.locator('waymark-request-call iframe').waitFor();
    const heard = await page.evaluate(async () => {
      let count = 0;
      document.addEventListener('waymark-referral-sent', () => count++);
      // Another script on the page pretends to be the frame.
      window.postMessage({ type: 'waymark:event', name: 'waymark-referral-sent', detail: { reference: 'FAKE' } }, '*');
      await new Promise((r) => setTimeout(r, 300));
      return count;
    });
    assert.equal(heard, 0);
  });
});
