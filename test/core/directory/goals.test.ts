import { expect } from '@open-wc/testing';
import { GoalsResult, parseWith, type GoalsResult as Goals } from '../../../src/core/model/index.ts';
import { goalNeeds } from '../../../src/core/directory/goals.ts';

function goals(input: unknown): Goals {
  const parsed = parseWith(GoalsResult, input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

describe('goalNeeds', () => {
  it('reads the needs attribute in order and names words it does not know', () => {
    expect(goalNeeds(undefined, 'loneliness  money-debt astrology')).to.deep.equal({ needs: ['loneliness', 'money-debt'], unknown: ['astrology'] });
  });

  it('orders a goals result by score and ignores areas that scored nothing', () => {
    const result = goals({ needAreas: [{ id: 'housing', score: 1 }, { id: 'loneliness', score: 5 }, { id: 'caring', score: 0 }] });
    expect(goalNeeds(result, 'work').needs).to.deep.equal(['loneliness', 'housing']);
  });

  it('adds work when the person wants direct help towards work', () => {
    expect(goalNeeds(goals({ needAreas: [{ id: 'loneliness', score: 2 }], workPathway: 'direct' }), null).needs).to.deep.equal(['loneliness', 'work']);
  });

  it('never pushes work up after "not right now"', () => {
    const result = goals({ needAreas: [{ id: 'work', score: 9 }, { id: 'loneliness', score: 2 }], workPathway: 'direct', workGoals: ['not-now'] });
    expect(goalNeeds(result, null).needs).to.deep.equal(['loneliness']);
  });
});
