import { expect } from '@open-wc/testing';
import { Activity, parseWith } from '../../../src/core/model/index.ts';
import { bit, facetsOf, timesOfDay } from '../../../src/core/directory/facets.ts';
import { ACCESS_FEATURES } from '../../../src/core/vocabulary/lists.ts';

describe('facets', () => {
  const times: [string, string | undefined, string[]][] = [
    ['09:30', '12:30', ['morning']],
    ['10:00', '16:00', ['morning', 'afternoon']],
    ['12:00', '14:00', ['afternoon']],
    ['16:30', '19:00', ['evening']],
    ['18:30', '20:00', ['evening']],
    ['09:00', '17:00', ['morning', 'afternoon']],
    ['11:30', '12:00', ['morning']],
    ['14:00', undefined, ['afternoon']],
  ];
  for (const [opens, closes, expected] of times) {
    it(`${opens}–${closes ?? '?'} is ${expected.join(' and ')}`, () => {
      expect(timesOfDay({ days: ['mon'], opens, closes })).to.deep.equal(expected);
    });
  }

  it('reads access features from what places say, ignoring what they lack', () => {
    const parsed = parseWith(Activity, {
      id: 'a',
      name: 'A',
      locations: [
        { accessibility: ['Compost toilet (not wheelchair accessible)', 'Hearing loop at reception'] },
        { accessibility: ['Changing Places toilet', 'Ramp at side door'] },
      ],
    });
    if (!parsed.ok) throw new Error('bad fixture');
    const { access } = facetsOf(parsed.value);
    expect(ACCESS_FEATURES.filter((f) => access & bit(ACCESS_FEATURES, f))).to.have.members(['hearing-loop', 'accessible-toilet', 'step-free']);
  });
});
