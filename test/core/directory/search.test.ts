import { expect } from '@open-wc/testing';
import { Activity, parseWith, type ActivityInput } from '../../../src/core/model/index.ts';
import { buildIndex, prefixRange } from '../../../src/core/directory/search-index.ts';
import { needAreaLabel } from '../../../src/words/need-areas.ts';
import { search, type SearchQuery } from '../../../src/core/directory/search.ts';

function activity(input: ActivityInput): Activity {
  const parsed = parseWith(Activity, input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const CENTRE = { latitude: 52.95, longitude: -1.15 };
const place = (milesNorth: number, extra: object = {}) => ({ latitude: CENTRE.latitude + milesNorth / 69.05, longitude: CENTRE.longitude, ...extra });

const activities = [
  activity({
    id: 'cafe', name: 'Memory Café', description: 'Tea and a chat for people living with dementia and their carers.',
    organisation: { name: 'Vale Dementia Friends' }, needAreas: ['long-term-conditions', 'caring'],
    locations: [place(2, { accessibility: ['Step-free entrance', 'Accessible toilet'] })],
    schedule: [{ days: ['wed'], opens: '14:00', closes: '16:00' }], cost: { free: true }, eligibility: { minAge: 50 },
  }),
  activity({
    id: 'walk', name: 'Walking for Health', description: 'Gentle walks in the park with a trained leader.',
    needAreas: ['physical-activity', 'loneliness'], locations: [place(0.5, { accessibility: ['Some paths are rough (not wheelchair accessible)'] })],
    schedule: [{ days: ['mon', 'thu'], opens: '10:00', closes: '11:30' }], cost: { free: true },
  }),
  activity({
    id: 'garden', name: 'Community Garden', summary: 'Grow vegetables with neighbours.', description: 'Gardening activities every week.',
    needAreas: ['nature-outdoors', 'volunteering'], pathways: ['work-indirect'], locations: [place(1)],
    schedule: [{ days: ['sat'], opens: '09:30', closes: '12:30' }], cost: { free: false, description: '£1 a session' },
  }),
  activity({
    id: 'jobs', name: 'Job Club', description: 'Help with CVs, job search and interviews.', pathways: ['work-direct'], needAreas: [],
    locations: [place(3, { accessibility: ['Lift to all floors', 'Hearing loop'] })], schedule: [{ days: ['tue'], opens: '18:00', closes: '20:00' }],
    eligibility: { minAge: 16, maxAge: 64 },
  }),
  activity({
    id: 'phone', name: 'Phone Friends', description: 'A weekly friendly call from a volunteer.', needAreas: ['loneliness'],
    modes: ['phone'], cost: { free: true }, scheduleDescription: 'At a time that suits you',
  }),
  activity({
    id: 'money', name: 'Money Advice', description: "Help with debt, bills and benefits. We're friendly.", organisation: { name: 'Citizens Advice Ashby Vale' },
    needAreas: ['money-debt'], modes: ['in-person', 'online'], locations: [place(0.2)], schedule: [{ days: ['fri'], opens: '09:00', closes: '17:00' }],
  }),
  activity({ id: 'zumba', name: 'Zumba Gold', description: 'Dance fitness for older adults. Fun activities.', needAreas: ['physical-activity'], locations: [{ name: 'Leisure centre' }] }),
];
const index = buildIndex(activities, 'en', needAreaLabel);
const ids = (query: SearchQuery, count = 50) => search(index, query).slice(0, count).map((r) => r.activity.id);

describe('search: text', () => {
  const table: [string, string, string[]][] = [
    ['an accent typed finds the accent', 'café', ['cafe']],
    ['no accent finds the accent', 'cafe', ['cafe']],
    ['capitals do not matter', 'MEMORY', ['cafe']],
    ['partial words as you type', 'gard', ['garden']],
    ['one letter is a prefix', 'z', ['zumba']],
    ['word order does not matter', 'health walking', ['walk']],
    ['every word must match', 'walking swim', []],
    ['a plural finds the singular', 'walks', ['walk']],
    ['a singular finds the plural', 'activity', ['garden', 'zumba']],
    ['organisation names are searched', 'citizens', ['money']],
    ['need-area labels are searched', 'lonely', ['phone', 'walk']],
    ['descriptions are searched', 'dementia', ['cafe']],
    ['apostrophes are ignored', 'were friendly', ['money']],
    ['punctuation is ignored', 'cvs, job!', ['jobs']],
    ['nothing matches nonsense', 'xylophone', []],
  ];
  for (const [what, text, expected] of table) {
    it(`${what}: "${text}"`, () => {
      expect(ids({ text })).to.deep.equal(expected);
    });
  }

  it('searches need areas by the words of their ids when given no labels (core has no words of its own)', () => {
    const plain = buildIndex(activities);
    const found = (text: string) => search(plain, { text }).slice(0, 50).map((r) => r.activity.id).sort();
    expect(found('loneliness')).to.deep.equal(['phone', 'walk']);
    expect(found('lonely')).to.deep.equal([]);
  });

  it('lists everything A to Z when nothing is typed', () => {
    expect(ids({ text: '   ' })).to.deep.equal(['garden', 'jobs', 'cafe', 'money', 'phone', 'walk', 'zumba']);
  });

  it('finds prefix ranges in the sorted vocabulary', () => {
    const [from, to] = prefixRange(index.vocabulary, 'walk');
    expect(index.vocabulary.slice(from, to)).to.deep.equal(['walk', 'walking', 'walks']);
    expect(prefixRange(index.vocabulary, 'qqq')[0]).to.equal(prefixRange(index.vocabulary, 'qqq')[1]);
  });
});

describe('search: filters', () => {
  const table: [string, SearchQuery['filters'], string[]][] = [
    ['free only (unknown cost is not free)', { freeOnly: true }, ['cafe', 'phone', 'walk']],
    ['a day', { days: ['thu'] }, ['walk']],
    ['any of several days', { days: ['wed', 'sat'] }, ['garden', 'cafe']],
    ['morning', { times: ['morning'] }, ['garden', 'money', 'walk']],
    ['evening', { times: ['evening'] }, ['jobs']],
    ['afternoon overlaps a 9 to 5', { times: ['afternoon'] }, ['cafe', 'money']],
    ['need area', { needAreas: ['loneliness'] }, ['phone', 'walk']],
    ['work counts employment support', { needAreas: ['work'] }, ['jobs']],
    ['direct help towards work', { work: ['direct'] }, ['jobs']],
    ['indirect help towards work', { work: ['indirect'] }, ['garden']],
    ['how you take part', { modes: ['online', 'phone'] }, ['money', 'phone']],
    ['step-free (places that say "not" do not count; phone passes)', { access: ['step-free'] }, ['jobs', 'cafe', 'phone']],
    ['all access needs must be met', { access: ['step-free', 'hearing-loop'] }, ['jobs', 'phone']],
    ['age within the range', { age: 70 }, ['garden', 'cafe', 'money', 'phone', 'walk', 'zumba']],
    ['age below a minimum', { age: 20 }, ['garden', 'jobs', 'money', 'phone', 'walk', 'zumba']],
    ['groups combine', { freeOnly: true, needAreas: ['loneliness'], modes: ['in-person'] }, ['walk']],
  ];
  for (const [what, filters, expected] of table) {
    it(what, () => {
      expect(ids({ filters })).to.deep.equal(expected);
    });
  }

  it('combines text and filters', () => {
    expect(ids({ text: 'friend', filters: { modes: ['phone'] } })).to.deep.equal(['phone']);
  });
});

describe('search: ranking', () => {
  it('puts goal matches first, in the order of the goals, then A to Z', () => {
    expect(ids({ goals: ['loneliness', 'money-debt'] })).to.deep.equal(['phone', 'walk', 'money', 'garden', 'jobs', 'cafe', 'zumba']);
  });

  it('sorts by distance after goals, and places with no position last', () => {
    const results = search(index, { origin: CENTRE }).slice(0, 10);
    expect(results.map((r) => r.activity.id)).to.deep.equal(['money', 'walk', 'garden', 'cafe', 'jobs', 'phone', 'zumba']);
    expect(results[0]!.miles).to.be.within(0.19, 0.21);
    expect(results[5]!.miles).to.equal(undefined);
  });

  it('ranks goals first, nearest first within them', () => {
    expect(ids({ origin: CENTRE, goals: ['physical-activity'] })).to.deep.equal(['walk', 'zumba', 'money', 'garden', 'cafe', 'jobs', 'phone']);
  });

  it('puts an activity matching more of the goals above one matching the first goal alone (issue 15)', () => {
    // Walking for Health helps with both; Phone Friends, first A to Z, with loneliness only.
    expect(ids({ goals: ['loneliness', 'physical-activity'] })).to.deep.equal(['walk', 'phone', 'zumba', 'garden', 'jobs', 'cafe', 'money']);
  });

  it('ranks by goals matched before distance, then by the first goal matched, nearest first within each', () => {
    const near = (id: string, miles: number, needAreas: ActivityInput['needAreas']) => activity({ id, name: id, needAreas, locations: [place(miles)] });
    const local = buildIndex([
      near('lonely-near', 0.1, ['loneliness']),
      near('both-far', 5, ['loneliness', 'physical-activity']),
      near('active-near', 0.2, ['physical-activity']),
      near('all-three-far', 9, ['physical-activity', 'money-debt', 'loneliness']),
      near('none-nearest', 0.05, ['housing']),
      near('active-nearer', 0.15, ['physical-activity']),
    ]);
    const ranked = search(local, { origin: CENTRE, goals: ['loneliness', 'physical-activity', 'money-debt'] }).slice(0, 10);
    expect(ranked.map((r) => r.activity.id)).to.deep.equal(['all-three-far', 'both-far', 'lonely-near', 'active-nearer', 'active-near', 'none-nearest']);
    expect(ranked[0]!.matches).to.deep.equal(['loneliness', 'physical-activity', 'money-debt']);
  });

  it('gives the reason: which of the goals each result matches', () => {
    const [first] = search(index, { goals: ['physical-activity', 'loneliness'] }).slice(0, 1);
    expect(first!.activity.id).to.equal('walk');
    expect(first!.matches).to.deep.equal(['physical-activity', 'loneliness']);
  });

  it('counts employment support as a match for a work goal', () => {
    expect(ids({ goals: ['work'] })[0]).to.equal('jobs');
  });

  it('keeps in-person places within the distance, and remote activities too', () => {
    expect(ids({ origin: CENTRE, filters: { maxMiles: 1.5 } })).to.deep.equal(['money', 'walk', 'garden', 'phone']);
  });

  it('pages through results without losing any', () => {
    const all = search(index, {});
    expect(all.total).to.equal(7);
    const pages = [...all.slice(0, 3), ...all.slice(3, 6), ...all.slice(6, 9)].map((r) => r.activity.id);
    expect(pages).to.deep.equal(ids({}));
  });
});
