/// <reference types="node" />
// What a receiving service is told: docs/referral.md must warn about formula injection and say
// how supersedes and the Idempotency-Key draft's replies work.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

describe('docs/referral.md', { timeout: 10000 }, () => {
  it('warns services that paste referrals into spreadsheets about formula injection, and says what to do', async () => {
    const text = await readFile(new URL('../../docs/referral.md', import.meta.url), 'utf8');
    assert.match(text, /formula injection/i);
    for (const start of ['`=`', '`+`', '`-`', '`@`']) assert.ok(text.includes(start), `names ${start}`);
    assert.match(text, /put a `'` in front/);
  });

  it('documents supersedes and the Idempotency-Key replies', async () => {
    const text = await readFile(new URL('../../docs/referral.md', import.meta.url), 'utf8');
    assert.match(text, /`supersedes`/);
    assert.match(text, /`409`/);
    assert.match(text, /`422` without an `errors` list/);
    assert.match(text, /`3xx`/);
  });
});
