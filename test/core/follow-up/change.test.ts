import { expect } from '@open-wc/testing';
import { followUpChanges, isLowNow, lonelinessScore } from '../../../src/core/follow-up/change.ts';

describe('then and now (core/follow-up/change.ts)', () => {
  it('compares each measure answered both times, item by item, never summed', () => {
    const changes = followUpChanges(
      { wellbeing: { lifeSatisfaction: 3, worthwhile: 5, anxiety: 8 }, loneliness: 'often-always', workConfidence: 2, workGoals: [] },
      { wellbeing: { lifeSatisfaction: 6, happiness: 7, anxiety: 4 }, loneliness: 'occasionally', workConfidence: 2 },
    );
    expect(changes).to.deep.equal([
      { measure: 'lifeSatisfaction', then: 3, now: 6, change: 3, improved: true },
      { measure: 'anxiety', then: 8, now: 4, change: -4, improved: true },
      { measure: 'loneliness', then: 4, now: 2, change: -2, improved: true },
      { measure: 'workConfidence', then: 2, now: 2, change: 0, improved: false },
    ]);
  });

  it('anxiety and loneliness going up is not an improvement', () => {
    const [anxiety, loneliness] = followUpChanges(
      { wellbeing: { anxiety: 2 }, loneliness: 'never', workGoals: [] },
      { wellbeing: { anxiety: 5 }, loneliness: 'some-of-the-time' },
    );
    expect(anxiety).to.include({ change: 3, improved: false });
    expect(loneliness).to.include({ then: 0, now: 3, improved: false });
    expect(lonelinessScore('hardly-ever')).to.equal(1);
  });

  it('nothing to compare when the baseline was skipped', () => {
    expect(followUpChanges({ workGoals: [] }, { wellbeing: { lifeSatisfaction: 8 } })).to.deep.equal([]);
  });

  it('low now: ONS "low" wellbeing (0 to 4), "high" anxiety (6 to 10), or lonely often or always', () => {
    expect(isLowNow({ wellbeing: { lifeSatisfaction: 5, happiness: 5, worthwhile: 5, anxiety: 5 } })).to.equal(false);
    expect(isLowNow({ wellbeing: { happiness: 4 } })).to.equal(true);
    expect(isLowNow({ wellbeing: { anxiety: 6 } })).to.equal(true);
    expect(isLowNow({ loneliness: 'often-always' })).to.equal(true);
    expect(isLowNow({})).to.equal(false);
  });
});
