/// <reference types="node" />
// Issue 16: what a person says shapes what they see. On the demo practice page, on the built
// bundle, by keyboard: "Tuesdays, mornings, step-free" become chips and only matching results;
// removing a chip shows more.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newPage, TEST_TIMEOUT, useDemo } from './harness.ts';
import { deepText, tabAndPress } from './keyboard.ts';

const demo = useDemo();

/** Presses Continue until the question with this heading is on screen. */
async function continueTo(page: Page, heading: RegExp) {
  for (let i = 0; i < 15; i++) {
    const headings = await deepText(page, '[data-step-heading]');
    if (headings.some((h) => heading.test(h))) return;
    await tabAndPress(page, { name: 'Continue', tag: 'button' });
    await page.waitForTimeout(50);
  }
  throw new Error(`never reached ${heading}`);
}

describe('the finder starts from the person’s answers', () => {
  it('shows "Tuesday, mornings, step-free" as chips with only matching results, and removing one shows more', { timeout: TEST_TIMEOUT }, async (t) => {
    const page = await newPage(t, demo.browser);
    await page.goto(`${demo.server.origin}/practice.html`);
    await page.locator('waymark-goals [data-step-heading]').first().waitFor();

    await tabAndPress(page, { name: 'Feeling lonely' }, 'Space');
    await tabAndPress(page, { name: 'Continue', tag: 'button' });
    await continueTo(page, /^Which days are you free/);
    await tabAndPress(page, { name: 'Tuesday' }, 'Space');
    await continueTo(page, /^What times of day suit you/);
    await tabAndPress(page, { name: 'Mornings' }, 'Space');
    await continueTo(page, /^Would anything make it easier/);
    await tabAndPress(page, { name: 'Step-free access, like a ramp or a lift' }, 'Space');
    await continueTo(page, /^Check your answers/);
    await tabAndPress(page, { name: 'Confirm and continue' });

    const finder = page.locator('waymark-finder');
    await finder.locator('.chip').first().waitFor();
    assert.deepEqual(await finder.locator('.chip [aria-hidden="true"]').allTextContents().then((c) => c.map((s) => s.replace('×', '').trim())),
      ['Tuesday', 'Morning (before midday)', 'Step-free access']);
    assert.equal((await finder.locator('#results-title').textContent())?.trim(), '19 activities found');
    const matching = await finder.locator('.result').count();
    assert.equal(matching, 19);

    await tabAndPress(page, { name: /^Remove filter: Step-free access/, tag: 'button' });
    await page.waitForFunction(() => {
      const root = document.querySelector('waymark-journey')?.shadowRoot?.querySelector('waymark-finder')?.shadowRoot ?? document.querySelector('waymark-finder')?.shadowRoot;
      return root?.querySelector('#results-title')?.textContent?.trim() === '20 activities found';
    });
    assert.deepEqual(await finder.locator('.chip [aria-hidden="true"]').allTextContents().then((c) => c.map((s) => s.replace('×', '').trim())),
      ['Tuesday', 'Morning (before midday)']);
  });
});
