/// <reference types="node" />
// The whole journey on the demo practice page, on the built bundle, with the keyboard alone.
import { describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newPage, TEST_TIMEOUT, useDemo } from './harness.ts';
import { deepText, focused, tabAndPress, tabAndType, tabTo } from './keyboard.ts';

const demo = useDemo();

interface Received {
  reference: string;
  referral: {
    goals?: { needAreas: { id: string }[]; workPathway: string; workGoals: string[] };
    plan: { id: string; name: string }[];
    person: { fullName: string; postcode: string };
    source: { assisted: boolean; kiosk: boolean };
  };
}

async function received(page: Page): Promise<Received[]> {
  return page.evaluate(() => (window as unknown as { waymarkDemo: { received: () => Received[] } }).waymarkDemo.received());
}

async function open(t: TestContext, path: string): Promise<Page> {
  const page = await newPage(t, demo.browser);
  await page.goto(`${demo.server.origin}${path}`);
  await page.waitForSelector('#demo-api-mode');
  await page.locator('waymark-goals [data-step-heading]').first().waitFor();
  return page;
}

/** Presses Continue until the goals questionnaire reaches "Check your answers". */
async function continueToCheckAnswers(page: Page) {
  for (let i = 0; i < 15; i++) {
    const headings = await deepText(page, '[data-step-heading]');
    if (headings.some((h) => h === 'Check your answers')) return;
    await tabAndPress(page, { name: 'Continue', tag: 'button' });
    await page.waitForTimeout(50);
  }
  throw new Error('never reached check your answers');
}

describe('the journey on the practice page, by keyboard alone', () => {
  it('goes from goals to suggestions to a plan of two to a call request, and the service receives one matching referral', { timeout: TEST_TIMEOUT }, async (t) => {
    const page = await open(t, '/practice.html');

    // What matters to you: lonely, and help towards work.
    await tabAndPress(page, { name: 'Feeling lonely' }, 'Space');
    await tabAndPress(page, { name: 'Work' }, 'Space');
    await tabAndPress(page, { name: 'Continue', tag: 'button' });
    await continueToCheckAnswers(page);
    await tabAndPress(page, { name: 'Confirm and continue' });

    // Suggestions: ranked by goals. Add the first two to the plan.
    await page.locator('waymark-finder .result').first().waitFor();
    const first = await tabTo(page, { name: /^Add to my plan: / });
    await page.keyboard.press('Enter');
    const second = await tabTo(page, { name: /^Add to my plan: / });
    await page.keyboard.press('Enter');
    const chosen = [first.name, second.name].map((n) => n.replace(/^Add to my plan: /, ''));
    await tabAndPress(page, { name: 'Continue to your plan' });

    // My plan shows both.
    const planNames = await deepText(page, '.plan-item h3');
    assert.deepEqual(planNames, chosen);
    await tabAndPress(page, { name: 'Ask a link worker to call you' });

    // Request a call.
    await tabAndType(page, { id: 'fullName' }, 'Sam Taylor');
    await tabAndType(page, { id: 'dateOfBirth' }, '12');
    await tabAndType(page, { id: 'dateOfBirth-month' }, '4');
    await tabAndType(page, { id: 'dateOfBirth-year' }, '1970');
    await tabAndType(page, { id: 'postcode' }, 'av1 3qt');
    await tabAndPress(page, { name: 'Continue', tag: 'button' });
    await tabAndType(page, { id: 'phone' }, '07700 900123');
    await tabAndPress(page, { id: 'methods' }, 'Space');
    await tabAndPress(page, { id: 'voicemailOk' }, 'Space');
    await tabAndPress(page, { id: 'textOk' }, 'Space');
    await tabAndPress(page, { name: 'Continue', tag: 'button' });
    await tabAndPress(page, { id: 'consent' }, 'Space');
    await tabAndPress(page, { name: 'Continue', tag: 'button' });
    await tabAndPress(page, { name: 'Send request' });

    await page.locator('waymark-request-call .confirmation__title').waitFor();
    const all = await received(page);
    assert.equal(all.length, 1, 'one referral, not two');
    const [{ referral, reference }] = all as [Received];
    assert.match(reference, /^AV-/);
    assert.ok((await deepText(page, '.confirmation')).join(' ').includes(reference));
    assert.deepEqual(referral.plan.map((p) => p.name), chosen);
    const needs = referral.goals!.needAreas.map((n) => n.id);
    assert.ok(needs.includes('loneliness') && needs.includes('work'), needs.join());
    assert.equal(referral.person.postcode, 'AV1 3QT');
    assert.equal(referral.source.kiosk, false);
    const progress = await deepText(page, '.progress__count');
    assert.deepEqual(progress, ['Step 5 of 5']);
    assert.equal((await focused(page)).tag.length > 0, true);
  });
});
