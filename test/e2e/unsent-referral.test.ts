/// <reference types="node" />
// Never silently lost: leaving with answers asks first, and a referral that was not confirmed
// survives a reload, offered again under the same id (so the same Idempotency-Key).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newPage, TEST_TIMEOUT, useDemo } from './harness.ts';

const bodies: Record<string, unknown>[] = [];
const replies = [503, 201];

const demo = useDemo({
  overrides: {
    '/unsent.html': `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Ask for a call</title></head>
      <body><h1>Ask for a call</h1><script type="module" src="/waymark.js"></script>
      <waymark-request-call config-src="/unsent-config.json"></waymark-request-call></body></html>`,
    '/unsent-config.json': {
      service: { name: 'Ashby Vale Social Prescribing', phone: '01632 960000', legalBasis: 'public-task' },
      referral: { endpoint: '/api/unsent-referrals', maxAttempts: 1 },
    },
  },
  posts: {
    '/api/unsent-referrals': (body) => {
      bodies.push(JSON.parse(body));
      const status = replies.shift() ?? 201;
      return { status, json: status === 201 ? { reference: 'UN-0001' } : { message: 'Service unavailable' } };
    },
  },
});

async function fill(page: Page) {
  const form = page.locator('waymark-request-call');
  await form.locator('#fullName').fill('Sam Taylor');
  await form.locator('#dateOfBirth').fill('12');
  await form.locator('#dateOfBirth-month').fill('4');
  await form.locator('#dateOfBirth-year').fill('1970');
  await form.locator('#postcode').fill('AV1 3QT');
  await form.getByRole('button', { name: 'Continue' }).click();
  await form.locator('#phone').fill('07700 900123');
  await form.locator('#methods').check();
  await form.locator('#voicemailOk').check();
  await form.locator('#textOk').check();
  await form.getByRole('button', { name: 'Continue' }).click();
  await form.getByRole('button', { name: 'Continue' }).click();
}

describe('an unsent referral in a real browser', () => {
  it('asks before leaving with typed answers, keeps a referral the service did not confirm through a reload, and sends it under the same id', { timeout: TEST_TIMEOUT }, async (t) => {
    const page = await newPage(t, demo.browser);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.goto(`${demo.server.origin}/unsent.html`);
    await page.locator('waymark-request-call #fullName').click();
    await page.keyboard.type('Sa');
    // Leaving with answers typed asks first (the browser's own "Leave site?").
    await page.reload();
    assert.deepEqual(dialogs, ['beforeunload']);

    await fill(page);
    await page.locator('waymark-request-call').getByRole('button', { name: 'Send request' }).click();
    await page.locator('waymark-request-call .failure').waitFor();
    assert.match(await page.locator('waymark-request-call .failure h2').innerText(), /Your request (may not|has not) been sent/);
    assert.equal(bodies.length, 1);

    await page.reload();
    assert.equal(dialogs.length, 2, 'leaving an unsent referral asks too');
    const offer = page.locator('waymark-request-call .resume');
    await offer.waitFor();
    assert.equal(await offer.locator('h2').innerText(), 'Your request has not been sent yet: send it now?');
    await offer.getByRole('button', { name: 'Send it now' }).click();
    await page.locator('waymark-request-call .confirmation__title').waitFor();
    assert.equal(bodies.length, 2);
    assert.equal(bodies[1]!.id, bodies[0]!.id, 'the same id, so the same Idempotency-Key');
    assert.deepEqual(bodies[1], bodies[0]);
    assert.equal(await page.evaluate(() => sessionStorage.length + localStorage.length), 0, 'forgotten once sent');

    // Nothing left to offer, and nothing to warn about.
    await page.reload();
    await page.locator('waymark-request-call #fullName').waitFor();
    assert.equal(await page.locator('waymark-request-call .resume').count(), 0);
    assert.equal(dialogs.length, 2);
  });
});
