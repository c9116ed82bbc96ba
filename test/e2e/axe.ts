/// <reference types="node" />
// axe-core in a page driven by playwright-core. It is evaluated through the browser's developer
// protocol, which a page's Content-Security-Policy does not block, so the page under test keeps
// its real, strict policy.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2, A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Each violation as "rule: help (where)"; an empty list when the page is clean. */
export async function axeViolations(page: Page): Promise<string[]> {
  // After a form post or a link, a test may find its text in the new page before the page's
  // stylesheet has loaded; axe then measures unstyled links, and target-size failed (ci16).
  await page.waitForLoadState('load');
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }, TAGS);
  return violations;
}
