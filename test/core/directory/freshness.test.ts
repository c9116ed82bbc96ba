import { expect } from '@open-wc/testing';
import { isStale } from '../../../src/core/directory/freshness.ts';

describe('isStale', () => {
  const now = new Date('2026-11-21T12:00:00Z');
  const table: [string | undefined, boolean][] = [
    ['2026-11-01', false],
    ['2025-11-22', false],
    ['2025-11-20', true],
    ['2024-09-10', true],
    [undefined, false],
  ];
  for (const [lastChecked, stale] of table) {
    it(`calls an entry checked on ${lastChecked ?? '(no date)'} ${stale ? 'stale' : 'fresh'}`, () => {
      expect(isStale({ lastChecked }, now)).to.equal(stale);
    });
  }
});
