/// <reference types="node" />
// dist/waymark.js loads each element's code when its tag is on the page, and the journey loads
// each step's code when it is needed. On the built bundle: what a page fetches, and what a
// person sees when a piece does not arrive.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newPage, TEST_TIMEOUT, useDemo } from './harness.ts';
import { deepText, focused, tabAndPress } from './keyboard.ts';

const demo = useDemo({
      fail: (path) => {
        if (!/^\/chunks\/waymark-finder-/.test(path)) return false;
        finderAsked += 1;
        return failFinder;
      },
    });
let failFinder = false;
let finderAsked = 0;

/** The element chunks a page asked for, e.g. ['finder', 'urgent-help']. */
async function elementChunks(page: Page): Promise<string[]> {
  const names = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  return names.flatMap((n) => /\/chunks\/waymark-([a-z-]+)-[\w-]{8}\.js$/.exec(n)?.[1] ?? []).sort();
}

describe('elements and journey steps loaded on demand', () => {
  it('a page with the finder and urgent help downloads their code and not the journey, goals or form', { timeout: TEST_TIMEOUT }, async (t) => {
    const page = await newPage(t, demo.browser);
    await page.goto(`${demo.server.origin}/charity.html`);
    await page.locator('waymark-finder #finder-title').first().waitFor();
    await page.locator('waymark-urgent-help h2').first().waitFor();
    await page.waitForTimeout(500);
    assert.deepEqual(await elementChunks(page), ['finder', 'urgent-help']);
  });

  it('registers an element added to the page later, keeping a config property set before its code arrived (as React does)', { timeout: TEST_TIMEOUT }, async (t) => {
    const page = await newPage(t, demo.browser);
    await page.goto(`${demo.server.origin}/charity.html`);
    await page.locator('waymark-finder #finder-title').first().waitFor();
    await page.evaluate(() => {
      const plan = document.createElement('waymark-plan') as HTMLElement & { config?: unknown };
      plan.config = { service: { name: 'Late Block Hub', phone: '01632 960111' } };
      document.body.append(plan);
    });
    await page.waitForFunction(() => customElements.get('waymark-plan') !== undefined);
    await page.locator('waymark-plan h2').first().waitFor();
    assert.ok((await elementChunks(page)).includes('plan'));
    assert.equal(await page.locator('waymark-plan [part="config-problems"]').count(), 0, 'the config set early was used');
  });

  it('when a step does not load, says so with the phone number, and "Try again" brings it and moves focus to it', { timeout: TEST_TIMEOUT }, async (t) => {
    failFinder = true;
    const asked = finderAsked;
    const page = await newPage(t, demo.browser);
    try {
      await page.goto(`${demo.server.origin}/practice.html`);
      await page.locator('waymark-goals [data-step-heading]').first().waitFor();
      // The journey fetches later steps once the first question shows: let that fetch fail first.
      for (let i = 0; i < 50 && finderAsked === asked; i++) await page.waitForTimeout(100);
      await page.waitForTimeout(200);
      await tabAndPress(page, { name: 'Skip this and look at activities', tag: 'button' });
      await page.getByRole('heading', { name: 'Sorry, this page did not load' }).waitFor();
      assert.equal((await focused(page)).name, 'Sorry, this page did not load');
      const call = page.locator('waymark-journey a[href^="tel:"]').filter({ hasText: '01632 960000' });
      assert.equal(await call.count(), 1);

      failFinder = false;
      await tabAndPress(page, { name: 'Try again', tag: 'button' });
      await page.locator('waymark-finder #finder-title').first().waitFor();
      assert.deepEqual(await deepText(page, 'h2[data-step-heading]'), ['Activities for you']);
      assert.equal((await focused(page)).name, 'Activities for you');
    } finally {
      failFinder = false;
    }
  });
});
