/// <reference types="node" />
// Site editors read docs/ beside the package, which ships dist/ only: a doc that sends them to a
// file under src/ points nowhere (issue 15: docs/directory.md named src/core/model/need-area.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const DOCS = path.resolve(import.meta.dirname, '../../docs');

/** Paths into the source tree a doc names: `src/…`, or a link to ../src/…. */
export function sourcePaths(markdown: string): string[] {
  return [...markdown.matchAll(/(?:`|\(|\s)(?:\.\.\/)?(src\/[\w./-]+)/g)].map((m) => m[1]!);
}

test('finds a source path, in code or in a link', { timeout: 10_000 }, () => {
  assert.deepEqual(sourcePaths('see `src/core/model/need-area.ts` and [ids](../src/core/x.ts)'), ['src/core/model/need-area.ts', 'src/core/x.ts']);
  assert.deepEqual(sourcePaths('the `dist/directory.schema.json` file'), []);
});

test('the docs for site editors name no file under src/, which the package does not ship', { timeout: 10_000 }, () => {
  for (const file of readdirSync(DOCS).filter((f) => f.endsWith('.md'))) {
    assert.deepEqual(sourcePaths(readFileSync(path.join(DOCS, file), 'utf8')), [], `docs/${file}`);
  }
});
