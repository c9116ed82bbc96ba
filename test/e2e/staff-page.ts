/// <reference types="node" />
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { newPage } from './harness.ts';

/**
 * A page for the inbox's staff screen that fails its test on any Content-Security-Policy or
 * Trusted Types violation and on any script error: the screen runs under a strict policy.
 */
export async function staffPage(t: TestContext, browser: Browser): Promise<Page> {
  const page = await newPage(t, browser);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Trusted Type|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  t.after(() => assert.deepEqual(problems, [], 'no CSP violation or script error'));
  return page;
}
