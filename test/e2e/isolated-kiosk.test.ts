/// <reference types="node" />
// A kiosk page with the form in isolated mode: the frame is part of the kiosk session. Typing in
// the frame keeps the session alive, the frame keeps nothing and offers no autofill, and when the
// host resets, the frame starts again with it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { HOOK_TIMEOUT, launchBrowser, newPage, serveDemo, TEST_TIMEOUT, type DemoServer } from './harness.ts';

let host: DemoServer;
let service: DemoServer;
let browser: Browser;

describe('isolated mode on a kiosk', () => {
  before(async () => {
    const hostPages: Record<string, unknown> = {};
    const servicePages: Record<string, unknown> = {};
    host = await serveDemo({ overrides: hostPages });
    service = await serveDemo({ overrides: servicePages });
    hostPages['/kiosk-host.html'] = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Waiting room</title></head>
      <body><h1>Waiting room</h1><script type="module" src="/waymark.js"></script>
      <waymark-request-call config-src="/kiosk-host.json" isolated-src="${service.origin}/kiosk-frame.html"></waymark-request-call></body></html>`;
    hostPages['/kiosk-host.json'] = { kiosk: { enabled: true, idleSeconds: 5, countdownSeconds: 3 } };
    servicePages['/kiosk-frame.html'] = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Ask a link worker to call you</title>
      <script type="module" src="/waymark.js"></script></head>
      <body><waymark-request-call config-src="/kiosk-frame.json" isolated-hosts="${host.origin}"></waymark-request-call></body></html>`;
    servicePages['/kiosk-frame.json'] = {
      service: { name: 'Ashby Vale Social Prescribing', phone: '01632 960000', legalBasis: 'public-task' },
      referral: { endpoint: '/api/kiosk-frame-referrals' },
    };
    browser = await launchBrowser();
  }, { timeout: HOOK_TIMEOUT });
  after(async () => {
    await browser?.close();
    await host?.close();
    await service?.close();
  }, { timeout: HOOK_TIMEOUT });

  it('keeps the session alive while someone types in the frame, then resets the frame with the host', { timeout: TEST_TIMEOUT }, async (t) => {
    const page = await newPage(t, browser);
    await page.goto(`${host.origin}/kiosk-host.html`);
    const frame = page.frameLocator('waymark-request-call iframe');
    const name = frame.locator('#fullName');
    await name.waitFor();
    // The host told the frame it is a kiosk: no autofill of the last person's details.
    await frame.locator('form[autocomplete="off"]').waitFor();
    assert.equal(await name.getAttribute('autocomplete'), 'off');

    // Typing in the frame for longer than the idle time: the host hears it and does not warn.
    await name.click();
    const dialog = page.locator('waymark-request-call dialog.idle-dialog');
    for (const letter of 'Kiosk Person') {
      await page.keyboard.type(letter);
      await page.waitForTimeout(600);
    }
    assert.equal(await dialog.evaluate((d) => (d as HTMLDialogElement).open), false, 'no warning while someone is typing in the frame');
    assert.equal(await name.inputValue(), 'Kiosk Person');

    // Nobody answers: the host warns, then starts again with a new frame.
    await page.waitForFunction(() => document.querySelector('waymark-request-call')!.shadowRoot!.querySelector<HTMLDialogElement>('dialog.idle-dialog')?.open, undefined, { timeout: 10000 });
    await page.waitForFunction(() => !document.querySelector('waymark-request-call')!.shadowRoot!.querySelector<HTMLDialogElement>('dialog.idle-dialog')?.open, undefined, { timeout: 10000 });
    await frame.locator('#fullName').waitFor();
    assert.equal(await frame.locator('#fullName').inputValue(), '', 'the next person gets an empty form');
    const stored = await page.frames().find((f) => f.url().startsWith(service.origin))!.evaluate(() => sessionStorage.length + localStorage.length);
    assert.equal(stored, 0);
  });
});
