/// <reference types="node" />
// The built widget sends a referral to the real inbox (a separate process, on PGlite and on
// PostgreSQL), and the test reads it back with `npm run inbox -- export`, as a service would.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, serveDemo, TEST_TIMEOUT, type DemoServer } from './harness.ts';
import { fillAndSendRequestCall } from './request-call-steps.ts';
import { newPlace, storeKinds, type StorePlace } from '../../server/test/helpers/stores.ts';
import { runInboxCommand, startInboxProcess, type InboxProcess } from '../../server/test/helpers/process.ts';

for (const kind of storeKinds()) {
  describe(`the widget sends to the inbox on ${kind}`, { timeout: 240_000 }, () => {
    const pages: Record<string, unknown> = {};
    let demo: DemoServer;
    let place: StorePlace;
    let inbox: InboxProcess;
    let browser: Browser;
    before(async () => {
      demo = await serveDemo({ overrides: pages });
      place = await newPlace(kind);
      // Only the demo's origin may send from a browser.
      inbox = await startInboxProcess({ ...place.env, INBOX_CORS_ORIGINS: demo.origin });
      pages['/inbox-page.html'] = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Ask a link worker to call you</title></head>
        <body><main><script type="module" src="/waymark.js"></script>
        <waymark-request-call config-src="/inbox-config.json"></waymark-request-call></main></body></html>`;
      pages['/inbox-config.json'] = {
        service: { name: 'Ashby Vale Social Prescribing', phone: '01632 960000', legalBasis: 'public-task' },
        referral: { endpoint: `${inbox.url}/referrals`, format: 'json' },
      };
      browser = await launchBrowser();
    });
    after(async () => {
      await browser?.close();
      await inbox?.stop();
      await demo?.close();
      await place?.dispose();
    });

    it('a referral sent from the page is stored once and comes back out of export', { timeout: TEST_TIMEOUT }, async (t) => {
      const page = await newPage(t, browser);
      await page.goto(`${demo.origin}/inbox-page.html`);
      await fillAndSendRequestCall(page, 'Sam Inbox-Test');
      const shown = (await page.locator('.confirmation__reference strong').textContent({ timeout: 30_000 }))?.trim();
      assert.match(shown ?? '', /^WM-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);

      const exported = await runInboxCommand(['export', '--format', 'json'], place.env);
      assert.equal(exported.code, 0, exported.stderr);
      const records = JSON.parse(exported.stdout) as { reference: string; format: string; referral: { person: { fullName: string; postcode: string }; contact: { phone: string } } }[];
      assert.equal(records.length, 1);
      assert.equal(records[0]!.reference, shown);
      assert.equal(records[0]!.format, 'json');
      assert.equal(records[0]!.referral.person.fullName, 'Sam Inbox-Test');
      assert.equal(records[0]!.referral.contact.phone, '07700900123');
    });
  });
}
