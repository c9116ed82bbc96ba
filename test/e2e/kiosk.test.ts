/// <reference types="node" />
// The waiting-room kiosk: after the idle timer nothing of the last person may remain anywhere.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { newPage, TEST_TIMEOUT, useDemo } from './harness.ts';
import { tabAndPress, tabAndType } from './keyboard.ts';

const demo = useDemo(async () => {
  // A shorter idle time for the test, given the way a service gives it: in the config.
  const kioskConfig = JSON.parse(await readFile(new URL('../../demo/public/config/kiosk.json', import.meta.url), 'utf8'));
  kioskConfig.kiosk = { enabled: true, idleSeconds: 5, countdownSeconds: 3 };
  return { overrides: { '/config/kiosk.json': kioskConfig } };
});

const NAME = 'Kiosk Person Alpha';
const PHONE = '07700 900456';

/** Everything a later person could see or a script could read: text, input values, storage, history. */
function traces(page: Page) {
  return page.evaluate(() => {
    const values: string[] = [];
    const texts: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      root.querySelectorAll('input, textarea').forEach((i) => values.push((i as HTMLInputElement).value));
      texts.push(root instanceof Document ? root.body.innerText : Array.from(root.children, (c) => (c as HTMLElement).innerText ?? c.textContent).join(' '));
      root.querySelectorAll('*').forEach((n) => n.shadowRoot && walk(n.shadowRoot));
    };
    walk(document);
    const autocomplete: string[] = [];
    const walkAutocomplete = (root: Document | ShadowRoot) => {
      // Text boxes are what autofill fills; ticks and radios have nothing to offer the next person.
      root.querySelectorAll('input:not([type=checkbox]):not([type=radio]), textarea').forEach((i) => autocomplete.push(`${i.tagName}:${i.getAttribute('autocomplete') ?? ''}`));
      root.querySelectorAll('*').forEach((n) => n.shadowRoot && walkAutocomplete(n.shadowRoot));
    };
    walkAutocomplete(document);
    return {
      all: [...values, ...texts].join('\n'),
      storage: { local: localStorage.length, session: sessionStorage.length },
      historyLength: history.length,
      autocomplete,
    };
  });
}

describe('the kiosk page', () => {
  it('forgets a half-filled referral after the idle timer: nothing in the DOM, storage, autofill or history', { timeout: TEST_TIMEOUT }, async (t) => {
    const page = await newPage(t, demo.browser);
    await page.goto(`${demo.server.origin}/kiosk.html`);
    await page.locator('waymark-goals [data-step-heading]').first().waitFor();
    const startHistory = (await traces(page)).historyLength;

    await tabAndPress(page, { name: 'Skip this and ask for a call' });
    await tabAndType(page, { id: 'fullName' }, NAME);
    await tabAndType(page, { id: 'dateOfBirth' }, '1');
    await tabAndType(page, { id: 'dateOfBirth-month' }, '2');
    await tabAndType(page, { id: 'dateOfBirth-year' }, '1960');
    await tabAndType(page, { id: 'postcode' }, 'AV2 1AB');
    await tabAndPress(page, { name: 'Continue', tag: 'button' });
    await tabAndType(page, { id: 'phone' }, PHONE);

    const before = await traces(page);
    assert.ok(before.all.includes(PHONE), 'the test did fill the form');
    assert.ok(before.autocomplete.length > 0 && before.autocomplete.every((a) => a.endsWith(':off')), before.autocomplete.join());

    // Idle: the warning shows, nobody answers, and the kiosk starts again.
    await page.locator('dialog.idle-dialog[open]').waitFor({ timeout: 10000 });
    await page.locator('dialog.idle-dialog[open]').waitFor({ state: 'detached', timeout: 10000 }).catch(() => undefined);
    await page.waitForFunction(() => {
      const journey = document.querySelector('waymark-journey') as unknown as { state: { step: string } };
      return journey.state.step === 'goals';
    }, undefined, { timeout: 10000 });

    const after = await traces(page);
    assert.equal(after.all.includes(NAME), false, 'name gone from the page');
    assert.equal(after.all.includes(PHONE), false, 'phone gone from the page');
    assert.deepEqual(after.storage, { local: 0, session: 0 });
    // Each page was a history entry (issue 15): walk Back through every one of them, then Forward
    // again. Every entry is the last person's, so each shows the start, with nothing of theirs.
    const steps = after.historyLength - startHistory;
    assert.ok(steps >= 2, `the steps and form pages were history entries (${steps})`);
    const atStart = () => page.evaluate(() => (document.querySelector('waymark-journey') as unknown as { state: { step: string } }).state.step);
    for (const move of [...Array<'back'>(steps).fill('back'), ...Array<'forward'>(steps).fill('forward')]) {
      if (move === 'back') await page.goBack();
      else await page.goForward();
      await page.locator('waymark-goals [data-step-heading]').first().waitFor();
      const now = await traces(page);
      assert.equal(await atStart(), 'goals', `${move}: the start`);
      assert.equal(now.all.includes(NAME), false, `${move}: history does not bring the name back`);
      assert.equal(now.all.includes(PHONE), false, `${move}: history does not bring the phone back`);
    }
  });
});
