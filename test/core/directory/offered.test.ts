import { expect } from '@open-wc/testing';
import { Activity, parseWith, type ActivityInput } from '../../../src/core/model/index.ts';
import { buildIndex } from '../../../src/core/directory/search-index.ts';
import { offeredNeedAreas } from '../../../src/core/directory/offered.ts';

function activity(input: Partial<ActivityInput> & { id: string }): Activity {
  const parsed = parseWith(Activity, { name: input.id, description: 'A group.', locations: [{ latitude: 52.95, longitude: -1.15 }], ...input });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

describe('offeredNeedAreas', () => {
  it('offers only the need areas some activity has, in the vocabulary order', () => {
    const index = buildIndex([
      activity({ id: 'a', needAreas: ['work', 'loneliness'] }),
      activity({ id: 'b', needAreas: ['loneliness', 'money-debt'] }),
      activity({ id: 'c' }),
    ]);
    expect(offeredNeedAreas(index)).to.deep.equal(['loneliness', 'work', 'money-debt']);
  });

  it('offers the last need area of the list too (the highest bit)', () => {
    const index = buildIndex([activity({ id: 'a', needAreas: ['digital-skills', 'loneliness'] })]);
    expect(offeredNeedAreas(index)).to.deep.equal(['loneliness', 'digital-skills']);
  });

  it('offers nothing for a directory with no need areas, or no activities', () => {
    expect(offeredNeedAreas(buildIndex([activity({ id: 'a' })]))).to.deep.equal([]);
    expect(offeredNeedAreas(buildIndex([]))).to.deep.equal([]);
  });

  it('works it out once an index', () => {
    const index = buildIndex([activity({ id: 'a', needAreas: ['caring'] })]);
    expect(offeredNeedAreas(index)).to.equal(offeredNeedAreas(index));
  });
});
