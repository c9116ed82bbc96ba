import { expect } from '@open-wc/testing';
import { answerChips, chipKey, chipsInForce, chipsToRemove, withChips, withoutChip, withoutChips } from '../../../src/core/directory/answer-filters.ts';
import type { Filters } from '../../../src/core/directory/search.ts';

const prefs = { modes: [], days: [], times: [] };

describe('answer filters', () => {
  it('turns answers into chips in reading order: days, times, distance, ways of taking part, access', () => {
    const chips = answerChips({ ...prefs, access: ['step-free'], modes: ['online'], maxMiles: 3, times: ['morning'], days: ['fri', 'tue'] });
    expect(chips.map(chipKey)).to.deep.equal(['days-tue', 'days-fri', 'times-morning', 'maxMiles-3', 'modes-online', 'access-step-free']);
  });

  it('gives no chips for no answers, or for a group that names every choice', () => {
    expect(answerChips(undefined)).to.deep.equal([]);
    expect(answerChips(prefs)).to.deep.equal([]);
    expect(answerChips({ ...prefs, times: ['morning', 'afternoon', 'evening'], modes: ['in-person', 'online', 'phone'] })).to.deep.equal([]);
  });

  it('adds chips to the filters, keeping what the person chose, and removes them one by one', () => {
    const chips = answerChips({ ...prefs, days: ['tue'], maxMiles: 3, access: ['step-free'] });
    const mine: Filters = { days: ['sat'], freeOnly: true };
    const filters = withChips(mine, chips);
    expect(filters).to.deep.equal({ days: ['sat', 'tue'], freeOnly: true, maxMiles: 3, access: ['step-free'] });
    expect(chipsInForce(filters, chips)).to.deep.equal(chips);
    const fewer = withoutChip(filters, chips[1]!);
    expect(fewer).to.deep.equal({ days: ['sat', 'tue'], freeOnly: true, access: ['step-free'] });
    expect(chipsInForce(fewer, chips).map(chipKey)).to.deep.equal(['days-tue', 'access-step-free']);
    expect(withoutChips(filters, chips)).to.deep.equal({ days: ['sat'], freeOnly: true, access: [] });
    expect(withChips(filters, chips), 'adding again changes nothing').to.deep.equal(filters);
  });

  it('names the chips to remove when nothing matches, most results first, and only those that help', () => {
    const chips = answerChips({ ...prefs, days: ['sun'], times: ['evening'], access: ['hearing-loop'] });
    const filters = withChips({}, chips);
    // A made-up directory: each removed chip brings back this many.
    const count = (f: Filters) => (f.days?.length ? 0 : 5) + (f.times?.length ? 0 : 9);
    expect(chipsToRemove(filters, chips, count).map((c) => [chipKey(c.chip), c.total])).to.deep.equal([['times-evening', 9], ['days-sun', 5]]);
    expect(chipsToRemove(filters, chips, () => 0)).to.deep.equal([]);
  });
});
