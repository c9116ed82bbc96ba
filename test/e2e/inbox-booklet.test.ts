/// <reference types="node" />
// The inbox's printed booklet speaks as the finder's does (server/staff/booklet-words.ts).
// Here, not in server/test: the inbox imports nothing of the widget's words, but a test may.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NEED_AREAS } from '../../src/core/vocabulary/lists.ts';
import { needAreaLabel } from '../../src/words/need-areas.ts';
import { PUBLIC_NEED_AREA_NAMES } from '../../server/staff/booklet-words.ts';

describe('the inbox\'s booklet', { timeout: 10_000 }, () => {
  it('names the need areas as the finder names them to the public', () => {
    assert.deepEqual(PUBLIC_NEED_AREA_NAMES, Object.fromEntries(NEED_AREAS.map((id) => [id, needAreaLabel(id)])));
  });
});
