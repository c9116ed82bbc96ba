/// <reference types="node" />
// Issue 15, item 2, on the built demo's charity page (a finder pasted in with no script): "Your
// plan (2)" opens the plan with print and QR code, by keyboard alone; the plan outlives a reload
// only when the person ticked "Save my progress on this device".
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newPage, TEST_TIMEOUT, useDemo } from './harness.ts';
import { focused, tabAndPress, tabTo } from './keyboard.ts';
import { axeViolations } from './axe.ts';

const demo = useDemo();

async function openCharityPage(page: Page) {
  await page.goto(`${demo.server.origin}/charity.html`);
  await page.locator('waymark-finder .result').first().waitFor();
}

/** Adds the next activity not yet in the plan, by keyboard; returns its name. */
async function addNext(page: Page): Promise<string> {
  const button = await tabTo(page, { name: /^Add to my plan: / });
  await page.keyboard.press('Enter');
  return button.name.replace(/^Add to my plan: /, '');
}

describe('the plan on the charity page (a finder with no journey)', () => {
  it('"Your plan (2)" opens the plan with print and QR code, by keyboard, and it is gone on reload unless saved', { timeout: TEST_TIMEOUT }, async (t) => {
    const page = await newPage(t, demo.browser);
    await openCharityPage(page);
    const chosen = [await addNext(page), await addNext(page)];
    await tabAndPress(page, { name: 'Your plan (2)', tag: 'button' }, 'Enter');
    await page.locator('waymark-finder waymark-plan .plan-item').nth(1).waitFor();
    await page.locator('waymark-finder waymark-plan svg.qr').waitFor();
    assert.equal((await focused(page)).name, 'My plan');
    const names = await page.locator('waymark-finder waymark-plan .plan-item h3').allTextContents();
    assert.deepEqual(names.map((n) => n.trim()), chosen);
    assert.equal(await page.getByRole('button', { name: 'Print your plan' }).count(), 1);
    assert.deepEqual(await axeViolations(page), []);

    // Not saved: a reload keeps nothing.
    await page.reload();
    await page.locator('waymark-finder .result').first().waitFor();
    await page.waitForTimeout(500);
    assert.equal(await page.getByRole('button', { name: 'Your plan (0)' }).count(), 1);

    // Saved: a reload brings it back.
    const kept = [await addNext(page), await addNext(page)];
    await tabAndPress(page, { name: 'Your plan (2)', tag: 'button' }, 'Enter');
    await page.locator('waymark-finder waymark-plan .plan-item').nth(1).waitFor();
    await tabTo(page, { id: 'save-progress' });
    await page.keyboard.press('Space');
    assert.equal(await page.locator('waymark-finder #save-progress').isChecked(), true);
    assert.deepEqual(await axeViolations(page), []);
    await page.reload();
    await page.getByRole('button', { name: 'Your plan (2)' }).waitFor();
    await page.getByRole('button', { name: 'Your plan (2)' }).click();
    await page.locator('waymark-finder waymark-plan .plan-item').nth(1).waitFor();
    const restored = await page.locator('waymark-finder waymark-plan .plan-item h3').allTextContents();
    assert.deepEqual(restored.map((n) => n.trim()), kept);
    assert.equal(await page.locator('waymark-finder #save-progress').isChecked(), true);
  });

  it('a <waymark-plan> pasted beside the finder shows the same plan, with no script', { timeout: TEST_TIMEOUT }, async (t) => {
    const page = await newPage(t, demo.browser);
    await openCharityPage(page);
    await page.evaluate(() => {
      // What an editor pastes into a second HTML block: the element alone.
      const plan = document.createElement('waymark-plan');
      document.querySelector('main')!.append(plan);
    });
    await page.locator('waymark-plan').last().locator('h2').waitFor();
    const name = await addNext(page);
    const beside = page.locator('main > waymark-plan .plan-item h3');
    await beside.first().waitFor();
    assert.deepEqual((await beside.allTextContents()).map((n) => n.trim()), [name]);
  });
});
