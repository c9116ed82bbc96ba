/// <reference types="node" />
// Strict Content-Security-Policy and Trusted Types: the built demo pages, served with the policy
// docs/embedding.md tells an embedder to use, walked through their main steps. Any CSP or
// Trusted Types violation, or any uncaught error, fails the test.
import { describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newPage, TEST_TIMEOUT, useDemo } from './harness.ts';

/** Exactly the policy in docs/embedding.md ("A strict Content-Security-Policy"). */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
  "connect-src 'self'",
  "img-src 'self' data:",
  // The demo's mock API is a service worker from the same origin (msw). Waymark needs no worker.
  "worker-src 'self'",
].join('; ');

const demo = useDemo({ headers: { 'Content-Security-Policy': STRICT_CSP } });

interface Recorder {
  /** `securitypolicyviolation` events, as "directive blocked-uri at file:line (sample)". */
  violations(): Promise<string[]>;
  /** Console errors that name CSP or Trusted Types, and every uncaught error. */
  errors: string[];
}

/**
 * msw starts its service worker with `navigator.serviceWorker.register('/mockServiceWorker.js')`,
 * a plain string, which Trusted Types rightly blocks (it is a script URL sink). Only the demo's
 * mock API does this; an embedder's page has no msw. So the test registers the worker from a blank
 * page on the same origin first (served by Playwright, outside the policy); msw then finds the
 * registration and reuses it without calling `register`, and every page under test runs under the
 * policy exactly as documented, with no 'default' Trusted Types policy to hide anything.
 */
async function registerMockWorker(page: Page): Promise<void> {
  const blank = `${demo.server.origin}/__register-mock-worker`;
  await page.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
  await page.goto(blank);
  await page.evaluate(async () => {
    await navigator.serviceWorker.register('/mockServiceWorker.js');
    await navigator.serviceWorker.ready;
  });
  await page.unroute(blank);
}

/** A page that records every violation from before the first script runs. */
async function openUnderPolicy(t: TestContext, path: string): Promise<{ page: Page; recorder: Recorder }> {
  const page = await newPage(t, demo.browser);
  await registerMockWorker(page);
  await page.context().addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    // The event is composed, so violations inside shadow roots reach the document too.
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber} (${e.sample})`),
    );
  });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /content security policy|trusted ?type|trustedhtml|trustedscript/i.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  const response = await page.goto(`${demo.server.origin}${path}`);
  assert.equal(response?.headers()['content-security-policy'], STRICT_CSP, 'the page is served with the policy');
  const violations = () => page.evaluate(() => (globalThis as unknown as { __cspViolations: string[] }).__cspViolations);
  // The demo control appears once the mock API is up and Waymark has been imported; if the page
  // stopped before that, say what the policy blocked rather than only "timeout".
  await page.waitForSelector('#demo-api-mode', { timeout: 10000 }).catch(async () => {
    assert.fail(`${path} did not start under the policy:\n${[...(await violations()), ...errors].join('\n')}`);
  });
  return { page, recorder: { violations, errors } };
}

async function assertClean(recorder: Recorder, where: string): Promise<void> {
  assert.deepEqual(await recorder.violations(), [], `CSP violations on ${where}`);
  assert.deepEqual(recorder.errors, [], `CSP errors or uncaught errors on ${where}`);
}

const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name }).first();

/** From the journey's first question to "Activities for you", ticking one answer on the way. */
async function goalsToSuggestions(page: Page): Promise<void> {
  await page.locator('waymark-goals [data-step-heading]').first().waitFor();
  await page.getByRole('checkbox', { name: 'Feeling lonely' }).check();
  for (let i = 0; i < 15; i++) {
    if (await page.getByRole('button', { name: 'Confirm and continue' }).count()) break;
    await button(page, 'Continue').click();
  }
  await button(page, 'Confirm and continue').click();
  await page.locator('waymark-finder .result').first().waitFor();
}

describe('a strict Content-Security-Policy with Trusted Types, on the built demo', () => {
  it('the practice page: a language chunk, goals, suggestions, plan and the call request, with no violation', { timeout: TEST_TIMEOUT }, async (t) => {
    const { page, recorder } = await openUnderPolicy(t, '/practice.html');
    // A language chunk is a dynamic import: script-src 'self' must cover it.
    await button(page, 'Cymraeg').click();
    await page.locator('.language-picker__option[aria-current="true"][lang="cy"]').first().waitFor();
    await button(page, 'English').click();
    await page.getByText('Need help now?').first().click();
    await goalsToSuggestions(page);
    await assertClean(recorder, 'goals and suggestions');

    await button(page, /^Add to my plan/).click();
    await button(page, /^Add to my plan/).click();
    await button(page, 'Continue to your plan').click();
    await page.locator('waymark-plan .plan-item').nth(1).waitFor();
    // The QR code is inline SVG built by Lit: no image URL, no inline style. Its code loads on
    // demand, so wait for it rather than look at once.
    await page.locator('waymark-plan svg').first().waitFor({ timeout: 10000 });
    await button(page, 'Ask a link worker to call you').click();
    await page.getByRole('textbox', { name: 'Full name' }).fill('Sam Taylor');
    await button(page, 'Continue').click();
    // The error summary takes focus: a state with extra DOM, still under the policy.
    await page.getByText('There is a problem').first().waitFor();
    await assertClean(recorder, 'plan and request a call');
  });

  it('the charity page: search, details and urgent help, with no violation', { timeout: TEST_TIMEOUT }, async (t) => {
    const { page, recorder } = await openUnderPolicy(t, '/charity.html');
    await page.locator('waymark-finder .result').first().waitFor();
    await page.getByRole('searchbox', { name: /Search for an activity/ }).fill('walking');
    await button(page, 'Search').click();
    await page.locator('waymark-finder .result').first().waitFor();
    await button(page, /^More details/).click();
    await button(page, 'Back to results').click();
    await page.locator('waymark-urgent-help a[href="tel:999"]').waitFor({ state: 'attached' });
    await assertClean(recorder, 'the charity page');
  });

  it('the kiosk page: goals, suggestions and plan, with no violation', { timeout: TEST_TIMEOUT }, async (t) => {
    const { page, recorder } = await openUnderPolicy(t, '/kiosk.html');
    await goalsToSuggestions(page);
    await button(page, /^Add to my plan/).click();
    await button(page, 'Continue to your plan').click();
    await page.locator('waymark-plan .plan-item').first().waitFor();
    await assertClean(recorder, 'the kiosk page');
  });

  it('notices a violation when there is one (so a clean run means something)', { timeout: TEST_TIMEOUT }, async (t) => {
    const { page, recorder } = await openUnderPolicy(t, '/charity.html');
    await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>markup from a string</b>';
      } catch {
        // Trusted Types throws; the violation event is what the recorder counts.
      }
      document.body.appendChild(document.createElement('p')).setAttribute('style', 'color: red');
    });
    await page.waitForTimeout(200);
    const seen = await recorder.violations();
    assert.ok(seen.some((v) => v.startsWith('require-trusted-types-for')), seen.join('\n'));
    assert.ok(seen.some((v) => v.startsWith('style-src-attr')), seen.join('\n'));
  });
});
