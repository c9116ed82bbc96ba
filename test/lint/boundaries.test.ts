/// <reference types="node" />
// The lint and boundary checks must bite: a deliberate breach of each "never" in DESIGN.md, kept
// in fixtures/ (a small tree shaped like src/ and server/), has to fail them. Run by `npm run lint`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { ESLint } from 'eslint';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const rules = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as IConfiguration;

async function violations(): Promise<string[]> {
  const cwd = process.cwd();
  // dependency-cruiser names files relative to the working directory, as the rules expect (src/…).
  process.chdir(FIXTURES);
  try {
    const { output } = await cruise(['src', 'server'], {
      ruleSet: { forbidden: rules.forbidden },
      validate: true,
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
    });
    const result = output as ICruiseResult;
    return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
  } finally {
    process.chdir(cwd);
  }
}

test('the boundary check fails core → elements, platform or views, core → Lit, platform → views, views → elements, server → anything but core, and reaching into another element', { timeout: 60_000 }, async () => {
  const found = await violations();
  assert.ok(found.includes('core-is-pure: src/core/reaches-element.ts → src/elements/finder/finder.ts'), found.join('\n'));
  assert.ok(found.includes('core-is-pure: src/core/reaches-platform.ts → src/platform/base.ts'), found.join('\n'));
  assert.ok(found.includes('core-is-pure: src/core/reaches-platform.ts → src/views/fields.ts'), found.join('\n'));
  assert.ok(found.some((v) => v.startsWith('core-has-no-lit: src/core/uses-lit.ts → ')), found.join('\n'));
  assert.ok(found.includes('server-imports-core-only: server/route.ts → src/views/fields.ts'), found.join('\n'));
  assert.ok(found.includes('elements-keep-their-internals: src/elements/plan/plan.ts → src/elements/finder/result-card.ts'), found.join('\n'));
  assert.ok(found.includes('platform-is-not-templates: src/platform/base.ts → src/views/fields.ts'), found.join('\n'));
  assert.ok(found.includes('shared-ui-knows-no-element: src/views/fields.ts → src/elements/finder/finder.ts'), found.join('\n'));
  // An element's public class module is fair to use.
  assert.ok(!found.includes('elements-keep-their-internals: src/elements/plan/plan.ts → src/elements/finder/finder.ts'), found.join('\n'));
});

test('eslint fails core code that reaches for a browser-only global', { timeout: 120_000 }, async () => {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText('export const title = () => document.title;\n', { filePath: path.join(ROOT, 'src/core/geo/distance.ts') });
  assert.ok(result!.messages.some((m) => m.ruleId === 'no-restricted-globals'), JSON.stringify(result!.messages));
});

test('eslint fails an import() whose failure nobody handles', { timeout: 120_000 }, async () => {
  const eslint = new ESLint({ cwd: ROOT });
  const code = "export function load(): void {\n  import('./distance.ts').then((m) => m.toString());\n}\n";
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, 'src/core/geo/distance.ts') });
  assert.ok(result!.messages.some((m) => m.ruleId === '@typescript-eslint/no-floating-promises'), JSON.stringify(result!.messages));
});

test('eslint fails an import() made outside lazy()', { timeout: 120_000 }, async () => {
  const eslint = new ESLint({ cwd: ROOT });
  const bare = "export async function load(): Promise<unknown> {\n  return import('./distance.ts');\n}\n";
  const [result] = await eslint.lintText(bare, { filePath: path.join(ROOT, 'src/core/geo/distance.ts') });
  assert.ok(result!.messages.some((m) => m.ruleId === 'no-restricted-syntax'), JSON.stringify(result!.messages));
  const through = "import { lazy } from '../lazy.ts';\nexport const load = lazy(() => import('./distance.ts'));\n";
  const [ok] = await eslint.lintText(through, { filePath: path.join(ROOT, 'src/core/geo/distance.ts') });
  assert.deepEqual(ok!.messages.filter((m) => m.ruleId === 'no-restricted-syntax'), []);
});
