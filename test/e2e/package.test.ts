/// <reference types="node" />
// The package as a site or a build tool meets it: every `exports` target is built, the classes
// entry registers nothing, the core entry has no elements, elements draw their first frame
// without zod, and two copies of the script on one page (a theme and a plugin each pasting it)
// neither throw nor clash.
import { describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { newPage, TEST_TIMEOUT, useDemo } from './harness.ts';
import { withEverything, withOnDemand, withStatic } from '../../bench/lib/import-graph.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(await readFile(`${ROOT}package.json`, 'utf8')) as { exports: Record<string, string> };

const demo = useDemo({ root: `${ROOT}dist/` });

/** A blank page on the dist server, with every page error and console error collected. */
async function blank(t: TestContext, html = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await newPage(t, demo.browser);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  await page.route('**/blank.html', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><title>t</title>${html}` }));
  await page.goto(`${demo.server.origin}/blank.html`);
  return { page, errors };
}

describe('the package', () => {
  it('builds every file its exports map names', { timeout: TEST_TIMEOUT }, async () => {
    for (const [name, target] of Object.entries(pkg.exports)) {
      await access(`${ROOT}${target}`).catch(() => assert.fail(`exports["${name}"] → ${target} is missing`));
    }
  });

  it('elements.js gives the classes and registers nothing', { timeout: TEST_TIMEOUT }, async (t) => {
    const { page, errors } = await blank(t);
    const result = await page.evaluate(async () => {
      const mod = (await import('/elements.js' as string)) as Record<string, unknown>;
      return {
        names: Object.keys(mod).sort(),
        allElements: Object.values(mod).every((c) => typeof c === 'function' && (c as { prototype: unknown }).prototype instanceof HTMLElement),
        registered: ['journey', 'goals', 'finder', 'plan', 'request-call', 'urgent-help', 'check-in'].filter((t) => customElements.get(`waymark-${t}`)),
      };
    });
    assert.deepEqual(result.names, ['WaymarkCheckIn', 'WaymarkFinder', 'WaymarkGoals', 'WaymarkJourney', 'WaymarkPlan', 'WaymarkRequestCall', 'WaymarkUrgentHelp']);
    assert.equal(result.allElements, true);
    assert.deepEqual(result.registered, []);
    assert.deepEqual(errors, []);
  });

  it('core.js gives the pure functions, with no Lit and no elements', { timeout: TEST_TIMEOUT }, async (t) => {
    const code = await readFile(`${ROOT}dist/core.js`, 'utf8');
    assert.ok(!/customElements|LitElement|lit-html/.test(code), 'core.js should not contain Lit or register elements');
    const { page } = await blank(t);
    const checked = await page.evaluate(async () => {
      const core = (await import('/core.js' as string)) as { resolveConfig: (...a: unknown[]) => { ok: boolean } };
      return typeof core.resolveConfig;
    });
    assert.equal(checked, 'function');
  });

  it('core.js can load no Lit and no localize runtime, however deep: core returns codes and data, the elements word them', { timeout: TEST_TIMEOUT }, () => {
    const dist = `${ROOT}dist`;
    // @lit/localize's str`` tags its templates `strTag`, and Lit's html`` carries `_$litType$`: minifying keeps both.
    const graph = withEverything(dist, 'core.js', new Set());
    const withLit = [...graph].filter((f) => /strTag|_\$litType\$|lit-localize-status/.test(readFileSync(`${dist}/${f}`, 'utf8')));
    assert.deepEqual(withLit, [], `core.js reaches ${[...graph].join(', ')}`);
    // The check sees the runtime where it is: an element entry does carry it.
    assert.ok([...withStatic(dist, 'urgent-help.js', new Set())].some((f) => readFileSync(`${dist}/${f}`, 'utf8').includes('strTag')));
  });

  it('two copies of the script on one page neither throw nor clash', { timeout: TEST_TIMEOUT }, async (t) => {
    const { page, errors } = await blank(t, `
      <waymark-urgent-help></waymark-urgent-help>
      <script type="module" src="/waymark.js"></script>
      <script type="module" src="/urgent-help.js"></script>
      <script type="module" src="/waymark.js?second-copy"></script>`);
    await page.waitForFunction(() => customElements.get('waymark-urgent-help') !== undefined);
    await page.locator('waymark-urgent-help h2').first().waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(errors, []);
  });

  it('draws each element\'s first frame without zod: the config checker and the finder\'s search code load on demand', { timeout: TEST_TIMEOUT }, async () => {
    const dist = `${ROOT}dist`;
    // zod names its schema classes in strings that minifying keeps.
    const hasZod = (files: Set<string>) => [...files].filter((f) => readFileSync(`${dist}/${f}`, 'utf8').includes('$ZodType'));
    const firstRender: Record<string, Set<string>> = {
      'waymark.js with the journey': withOnDemand(dist, 'waymark.js', ['waymark-journey', 'waymark-goals']),
      'waymark.js with the finder': withOnDemand(dist, 'waymark.js', ['waymark-finder']),
      'finder.js': withStatic(dist, 'finder.js', new Set()),
      'goals.js': withStatic(dist, 'goals.js', new Set()),
      'plan.js': withStatic(dist, 'plan.js', new Set()),
      'urgent-help.js': withStatic(dist, 'urgent-help.js', new Set()),
    };
    for (const [what, files] of Object.entries(firstRender)) assert.deepEqual(hasZod(files), [], `${what} needs zod before its first render`);
    // …and the checker is there to load: the journey's first question does need it.
    assert.notDeepEqual(hasZod(withOnDemand(dist, 'waymark.js', ['waymark-journey', 'waymark-goals', 'checker'])), []);
  });
});
