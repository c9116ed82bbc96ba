import { expect } from '@open-wc/testing';
import { buildFollowUp, checkInPages, gpVisitsProblem, noAnswers, offersWorkSupport } from '../../../src/core/follow-up/flow.ts';
import { followUpChanges } from '../../../src/core/follow-up/change.ts';
import { FollowUp } from '../../../src/core/model/follow-up.ts';

const CONTEXT = { referralId: '3b241101-e2bb-4255-8caf-4136c566a962', plan: [{ id: 'walk', name: 'Walking for health' }, { id: 'choir', name: 'Community choir' }] };
const META = { id: '0f8fad5b-d9cb-469f-a165-70867728950e', submittedAt: '2027-02-20T10:00:00.000Z', widgetVersion: '0.1.0', locale: 'cy' };

describe('the check-in flow (core/follow-up/flow.ts)', () => {
  it('asks one question a page, in the baseline\'s order; "Would you recommend it?" only after "I went"', () => {
    const kinds = (a = noAnswers()) => checkInPages(CONTEXT, a).map((p) => ('item' in p ? p.item : 'activity' in p ? `${p.kind}:${p.activity.id}` : p.kind));
    expect(kinds()).to.deep.equal(['lifeSatisfaction', 'worthwhile', 'happiness', 'anxiety', 'loneliness', 'work-steps', 'workConfidence', 'went:walk', 'went:choir', 'gp-visits', 'check']);
    expect(kinds({ ...noAnswers(), went: { walk: true, choir: false } }).slice(7)).to.deep.equal(['went:walk', 'recommend:walk', 'went:choir', 'gp-visits', 'check']);
  });

  it('builds a record of only what was answered, which the schema accepts', () => {
    const record = buildFollowUp(CONTEXT, { ...noAnswers(), scores: { lifeSatisfaction: 7, anxiety: 3, workConfidence: 6 }, loneliness: 'hardly-ever', workSteps: ['updated-cv'], went: { walk: true, choir: false }, recommend: { walk: 'yes', choir: 'no' }, gpVisits: ' 2 ' }, META);
    expect(record).to.deep.equal({
      schemaVersion: 1, id: META.id, referralId: CONTEXT.referralId, submittedAt: META.submittedAt, source: { widgetVersion: '0.1.0', locale: 'cy' },
      wellbeing: { lifeSatisfaction: 7, anxiety: 3 }, loneliness: 'hardly-ever', workSteps: ['updated-cv'], workConfidence: 6,
      activities: [{ id: 'walk', name: 'Walking for health', went: true, recommend: 'yes' }, { id: 'choir', name: 'Community choir', went: false }],
      gpVisits: 2,
    });
    expect(FollowUp.safeParse(record).success).to.equal(true);
    const skipped = buildFollowUp(CONTEXT, noAnswers(), META);
    expect(skipped).to.deep.equal({ schemaVersion: 1, id: META.id, referralId: CONTEXT.referralId, submittedAt: META.submittedAt, source: { widgetVersion: '0.1.0', locale: 'cy' }, workSteps: [], activities: [] });
    expect(FollowUp.safeParse(skipped).success).to.equal(true);
  });

  it('GP visits: blank is fine; otherwise a whole number up to 99', () => {
    expect(['', '  ', '0', '12', '99'].map(gpVisitsProblem)).to.deep.equal([undefined, undefined, undefined, undefined, undefined]);
    expect(['two', '1.5', '-1'].map(gpVisitsProblem)).to.deep.equal(['not-a-number', 'not-a-number', 'not-a-number']);
    expect(gpVisitsProblem('100')).to.equal('too-many');
  });

  it('offers help with work when confidence rose or they took a step, not otherwise', () => {
    const baseline = { workConfidence: 3, workGoals: [] };
    expect(offersWorkSupport(followUpChanges(baseline, { workConfidence: 5 }), [])).to.equal(true);
    expect(offersWorkSupport(followUpChanges(baseline, { workConfidence: 3 }), ['applied'])).to.equal(true);
    expect(offersWorkSupport(followUpChanges(baseline, { workConfidence: 2 }), [])).to.equal(false);
  });
});
