/// <reference types="node" />
import { describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { newPage, TEST_TIMEOUT, useDemo } from './harness.ts';

const demo = useDemo();

async function openDemo(t: TestContext, path: string): Promise<Page> {
  const page = await newPage(t, demo.browser);
  await page.goto(`${demo.server.origin}${path}`);
  // The mock API is up once the demo control has rendered.
  await page.waitForSelector('#demo-api-mode');
  return page;
}

describe('the demo, on the built bundle', () => {
  it('ships no mock code in dist/waymark.js', { timeout: TEST_TIMEOUT }, async () => {
    const bundle = await readFile(new URL('../../dist/waymark.js', import.meta.url), 'utf8');
    for (const word of ['mockServiceWorker', 'setupWorker', 'msw']) assert.equal(bundle.includes(word), false, word);
  });

  it('the check-in page: the index links to it, and the demo link opens its first question; the directory gives the offer of help with work', { timeout: TEST_TIMEOUT }, async (t) => {
    const index = await newPage(t, demo.browser);
    await index.goto(`${demo.server.origin}/index.html`);
    const href = await index.getByRole('link', { name: 'How are you getting on?' }).getAttribute('href');
    assert.match(href ?? '', /^\/check-in\.html#[A-Za-z0-9_-]{43}$/);
    const page = await openDemo(t, href!);
    const el = page.locator('waymark-check-in');
    await el.locator('h1', { hasText: 'how satisfied are you with your life' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'axe: the first question');
    // Skip to the work questions, ask for help finding work, send: the offer lists the demo directory's employment support.
    const next = () => el.getByRole('button', { name: 'Continue' }).click();
    while (!(await el.locator('h1', { hasText: 'help with anything to do with work now' }).isVisible())) await next();
    await el.getByLabel('Finding work').check();
    while (!(await el.getByRole('button', { name: 'Send my answers' }).isVisible())) await next();
    await el.getByRole('button', { name: 'Send my answers' }).click();
    await el.getByRole('heading', { name: 'Help with work from Ashby Vale Social Prescribing' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'axe: sent, with the offer');
  });

  it('renders the urgent-help panel from the practice config', { timeout: TEST_TIMEOUT }, async (t) => {
    const page = await openDemo(t, '/practice.html');
    const links = page.locator('waymark-urgent-help a[href^="tel:"]');
    await links.first().waitFor({ state: 'attached' });
    assert.deepEqual(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))), ['tel:999', 'tel:111', 'tel:116123']);
  });

  it('serves the directory, the outcode lookup and a referral endpoint that checks the Referral schema', { timeout: TEST_TIMEOUT }, async (t) => {
    const page = await openDemo(t, '/practice.html');
    const result = await page.evaluate(async () => {
      const directory = await (await fetch('/api/directory/activities.json')).json();
      const outcode = await (await fetch('/api/postcodes/outcodes/AV1')).json();
      const id = crypto.randomUUID();
      const referral = {
        schemaVersion: 1,
        id,
        submittedAt: new Date().toISOString(),
        source: { page: location.href, widgetVersion: '0.1.0', locale: 'en', kiosk: false, assisted: false },
        person: { fullName: 'Sam Taylor', dateOfBirth: '1970-04-12', postcode: 'AV1 3QT' },
        contact: { phone: '07700900123', methods: ['call'], voicemailOk: true, textOk: false, interpreter: false },
        plan: [],
        consent: { basis: 'consent', given: true },
      };
      const send = (body: unknown) =>
        fetch('/api/referrals', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': id }, body: JSON.stringify(body) });
      const first = await send(referral);
      const retry = await send(referral);
      const bad = await fetch('/api/referrals', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify({ ...referral, id: crypto.randomUUID(), person: { fullName: '' } }),
      });
      return {
        activities: directory.activities.length,
        outcode: outcode.result.outcode,
        first: [first.status, (await first.json()).reference],
        retry: [retry.status, (await retry.json()).reference],
        bad: [bad.status, (await bad.json()).errors.map((e: { field: string }) => e.field)],
        stored: (window as unknown as { waymarkDemo: { received: () => unknown[] } }).waymarkDemo.received().length,
      };
    });
    assert.ok(result.activities >= 60);
    assert.equal(result.outcode, 'AV1');
    assert.equal(result.first[0], 201);
    assert.match(String(result.first[1]), /^AV-\d+$/);
    assert.deepEqual(result.retry, [200, result.first[1]], 'a retry with the same key returns the same reference');
    assert.equal(result.bad[0], 422);
    assert.ok((result.bad[1] as string[]).includes('person.fullName'));
    assert.equal(result.stored, 1, 'the retry was not stored twice');
  });

  it('makes the referral endpoint fail on demand from the demo control', { timeout: TEST_TIMEOUT }, async (t) => {
    const page = await openDemo(t, '/practice.html');
    await page.selectOption('#demo-api-mode', 'fails-503');
    const status = await page.evaluate(async () => (await fetch('/api/referrals', { method: 'POST', body: '{}' })).status);
    assert.equal(status, 503);
  });
});
