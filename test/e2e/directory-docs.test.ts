/// <reference types="node" />
// docs/directory.md is what a web editor reads with only the published package: every need-area
// id it may use is listed there with its words, and it points at no file outside the package.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { NEED_AREAS } from '../../src/core/vocabulary/lists.ts';
import { needAreaLabel } from '../../src/words/need-areas.ts';

const docs = readFileSync(new URL('../../docs/directory.md', import.meta.url), 'utf8');
const packaged = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).files as string[];

describe('docs/directory.md', { timeout: 10_000 }, () => {
  it('lists every need area id with the words people see', () => {
    for (const id of NEED_AREAS) assert.ok(docs.includes(`| \`${id}\` | ${needAreaLabel(id)} |`), id);
  });

  it('points editors at nothing outside the published package (no src/ paths)', () => {
    assert.deepEqual(packaged.sort(), ['custom-elements.json', 'dist']);
    assert.deepEqual(docs.match(/`src\/[^`]*`/g) ?? [], []);
    assert.match(docs, /dist\/directory\.schema\.json/);
  });
});
