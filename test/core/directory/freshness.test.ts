import { expect } from '@open-wc/testing';
import { dueForCheck, isStale } from '../../../src/core/directory/freshness.ts';

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

describe('dueForCheck', () => {
  const now = new Date('2026-11-21T12:00:00Z');
  const table: [string | undefined, boolean][] = [
    ['2026-11-01', false],
    ['2026-05-23', false],
    ['2026-05-21', true],
    ['2025-11-20', true],
    [undefined, true],
  ];
  for (const [lastChecked, due] of table) {
    it(`${due ? 'asks for' : 'does not ask for'} a check of an entry checked on ${lastChecked ?? '(never)'}`, () => {
      expect(dueForCheck({ lastChecked }, now)).to.equal(due);
    });
  }
});
