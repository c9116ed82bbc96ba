/// <reference types="node" />
// The journey behaves like pages (issue 15): each step, each question and each page of the form
// is a browser history entry, and Back and Forward move between them keeping the answers.
import { describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newPage, TEST_TIMEOUT, useDemo } from './harness.ts';

const demo = useDemo();

const journeyStep = (page: Page) =>
  page.evaluate(() => (document.querySelector('waymark-journey') as unknown as { state: { step: string } }).state.step);
const journeyPlan = (page: Page) =>
  page.evaluate(() => (document.querySelector('waymark-journey') as unknown as { state: { plan: { name: string }[] } }).state.plan.map((a) => a.name));

/** The heading of the question on screen. */
function question(page: Page): Promise<string> {
  return page.evaluate(() => {
    const goals = document.querySelector('waymark-journey')!.shadowRoot!.querySelector('waymark-goals');
    return (goals?.shadowRoot?.querySelector('[data-step-heading]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

async function waitForHeading(page: Page, text: string) {
  await page.waitForFunction(
    (want) => {
      const found: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        root.querySelectorAll('[data-step-heading]').forEach((n) => found.push((n.textContent ?? '').replace(/\s+/g, ' ').trim()));
        root.querySelectorAll('*').forEach((n) => n.shadowRoot && walk(n.shadowRoot));
      };
      walk(document);
      return found.includes(want);
    },
    text,
  );
}

async function open(t: TestContext): Promise<Page> {
  const page = await newPage(t, demo.browser);
  await page.goto(`${demo.server.origin}/practice.html`);
  await page.waitForSelector('#demo-api-mode');
  await page.locator('waymark-goals [data-step-heading]').first().waitFor();
  return page;
}

describe('Back and Forward on the practice page', () => {
  it('move between questions, steps and form pages, keeping the answers, and Forward works after Back', { timeout: TEST_TIMEOUT }, async (t) => {
    const page = await open(t);
    const firstQuestion = await question(page);

    // A question, then the next: Back shows the first with its tick, Forward the second again.
    await page.getByRole('checkbox', { name: 'Feeling lonely' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForFunction((first) => {
      const h = document.querySelector('waymark-journey')!.shadowRoot!.querySelector('waymark-goals')!.shadowRoot!.querySelector('[data-step-heading]');
      return h && h.textContent!.trim() !== first;
    }, firstQuestion);
    const secondQuestion = await question(page);
    await page.goBack();
    await waitForHeading(page, firstQuestion);
    assert.equal(await page.getByRole('checkbox', { name: 'Feeling lonely' }).isChecked(), true, 'Back keeps the tick');
    await page.goForward();
    await waitForHeading(page, secondQuestion);

    // Skip on to the activities, add one, go to the plan.
    await page.goBack();
    await waitForHeading(page, firstQuestion);
    await page.getByRole('button', { name: 'Skip this and look at activities' }).click();
    await page.locator('waymark-finder .result').first().waitFor();
    const add = page.locator('waymark-finder .result button.plan-toggle').first();
    const chosen = ((await add.textContent()) ?? '').replace(/\s+/g, ' ').replace(/^\s*Add to my plan: /, '').trim();
    await add.click();
    await page.getByRole('button', { name: 'Continue to your plan' }).click();
    await page.locator('waymark-plan .plan-item h3').first().waitFor();
    assert.equal(await journeyStep(page), 'plan');

    // Back to the activities with the plan kept, Back to the questions, then Forward twice to the plan.
    await page.goBack();
    await page.waitForFunction(() => (document.querySelector('waymark-journey') as unknown as { state: { step: string } }).state.step === 'suggestions');
    await page.locator('waymark-finder .result button.plan-toggle', { hasText: 'Remove from my plan' }).first().waitFor();
    await page.goBack();
    await waitForHeading(page, firstQuestion);
    assert.equal(await journeyStep(page), 'goals');
    assert.equal(await page.getByRole('checkbox', { name: 'Feeling lonely' }).isChecked(), true, 'the answer is still there');
    await page.goForward();
    await page.goForward();
    await page.locator('waymark-plan .plan-item h3').first().waitFor();
    assert.equal(await journeyStep(page), 'plan');
    assert.deepEqual(await journeyPlan(page), [chosen]);

    // The form's pages: Back from page 2 shows page 1 as typed; Forward returns to page 2.
    await page.getByRole('button', { name: 'Ask a link worker to call you' }).click();
    await page.locator('#fullName').fill('Sam Taylor');
    await page.locator('#dateOfBirth').fill('12');
    await page.locator('#dateOfBirth-month').fill('4');
    await page.locator('#dateOfBirth-year').fill('1970');
    await page.locator('#postcode').fill('AV1 3QT');
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForHeading(page, 'How to contact you');
    await page.locator('#phone').fill('07700 900123');
    await page.goBack();
    await waitForHeading(page, 'About you');
    assert.equal(await page.locator('#fullName').inputValue(), 'Sam Taylor');
    assert.equal(await page.locator('#postcode').inputValue(), 'AV1 3QT');
    await page.goForward();
    await waitForHeading(page, 'How to contact you');
    assert.equal(await page.locator('#phone').inputValue(), '07700 900123', 'Forward keeps what was typed on the page');

    // The form's own Back link is the browser's Back too: it adds no entry, and Forward undoes it.
    const length = await page.evaluate(() => history.length);
    await page.locator('waymark-request-call').getByRole('button', { name: 'Back', exact: true }).click();
    await waitForHeading(page, 'About you');
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => history.length), length, 'no entry added');
    await page.goForward();
    await waitForHeading(page, 'How to contact you');
    await page.goBack();
    await waitForHeading(page, 'About you');

    // Back out of the form to the plan, and the plan is still there.
    await page.goBack();
    await page.waitForFunction(() => (document.querySelector('waymark-journey') as unknown as { state: { step: string } }).state.step === 'plan');
    assert.deepEqual(await journeyPlan(page), [chosen]);
  });

  it('keeps the host page\'s own history state, and adds entries only under its own key', { timeout: TEST_TIMEOUT }, async (t) => {
    const page = await open(t);
    await page.evaluate(() => history.replaceState({ hostRoute: 'home', ...(history.state ?? {}) }, ''));
    await page.getByRole('button', { name: 'Skip this and look at activities' }).click();
    await page.locator('waymark-finder .result').first().waitFor();
    const state = await page.evaluate(() => history.state as Record<string, unknown>);
    assert.equal(state.hostRoute, 'home', 'the host page\'s state travels into the new entry');
    assert.deepEqual(Object.keys(state).sort(), ['hostRoute', 'waymark']);
    await page.goBack();
    await page.waitForFunction(() => (document.querySelector('waymark-journey') as unknown as { state: { step: string } }).state.step === 'goals');
    assert.equal(await page.evaluate(() => (history.state as { hostRoute?: string }).hostRoute), 'home');
  });
});
