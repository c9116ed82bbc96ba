import { expect } from '@open-wc/testing';
import { buildFollowUp, checkInPageName, checkInPages, gpVisitsProblem, noAnswers, offersWorkSupport, type CheckInAnswers } from '../../../src/core/follow-up/flow.ts';
import { followUpChanges } from '../../../src/core/follow-up/change.ts';
import { FollowUp } from '../../../src/core/model/follow-up.ts';
import { employmentSupportRoutes } from '../../../src/core/follow-up/employment-support.ts';
import { Activity } from '../../../src/core/model/activity.ts';

const CONTEXT = { referralId: '3b241101-e2bb-4255-8caf-4136c566a962', plan: [{ id: 'walk', name: 'Walking for health' }, { id: 'choir', name: 'Community choir' }] };
const META = { id: '0f8fad5b-d9cb-469f-a165-70867728950e', submittedAt: '2027-02-20T10:00:00.000Z', widgetVersion: '0.1.0', locale: 'cy' };

describe('the check-in flow (core/follow-up/flow.ts)', () => {
  it('asks one question a page, in the baseline\'s order; "Would you recommend it?" only after "I went"', () => {
    const kinds = (a = noAnswers()) => checkInPages(CONTEXT, a).map((p) => ('item' in p ? p.item : 'activity' in p ? `${p.kind}:${p.activity.id}` : p.kind));
    expect(kinds()).to.deep.equal(['lifeSatisfaction', 'worthwhile', 'happiness', 'anxiety', 'loneliness', 'work-situation', 'work-steps', 'work-help', 'workConfidence', 'went:walk', 'went:choir', 'gp-visits', 'check']);
    expect(kinds({ ...noAnswers(), went: { walk: true, choir: false } }).slice(9)).to.deep.equal(['went:walk', 'recommend:walk', 'went:choir', 'gp-visits', 'check']);
    expect(checkInPages(CONTEXT, noAnswers()).map(checkInPageName)).to.deep.equal(kinds());
  });

  it('work is never pushed: "I prefer not to say" asks nothing more about work, "Not right now" asks no confidence, and neither sends what was answered before', () => {
    const kinds = (a: CheckInAnswers) => checkInPages(CONTEXT, a).map(checkInPageName);
    const working: CheckInAnswers = { ...noAnswers(), employmentStatus: 'working', workSteps: ['applied'], workGoals: ['find-work'], scores: { workConfidence: 7 } };
    expect(kinds(working).slice(5, 9)).to.deep.equal(['work-situation', 'work-steps', 'work-help', 'workConfidence']);
    const rather: CheckInAnswers = { ...working, employmentStatus: 'prefer-not-to-say' };
    expect(kinds(rather).slice(5, 7)).to.deep.equal(['work-situation', 'went:walk']);
    expect(buildFollowUp(CONTEXT, rather, META)).to.deep.include({ employmentStatus: 'prefer-not-to-say', workSteps: [], workGoals: [] });
    expect(buildFollowUp(CONTEXT, rather, META)).not.to.have.property('workConfidence');
    const notNow: CheckInAnswers = { ...working, workGoals: ['not-now'] };
    expect(kinds(notNow).slice(5, 9)).to.deep.equal(['work-situation', 'work-steps', 'work-help', 'went:walk']);
    expect(buildFollowUp(CONTEXT, notNow, META)).to.deep.include({ employmentStatus: 'working', workSteps: ['applied'], workGoals: ['not-now'] });
    expect(buildFollowUp(CONTEXT, notNow, META)).not.to.have.property('workConfidence');
  });

  it('builds a record of only what was answered, which the schema accepts', () => {
    const record = buildFollowUp(CONTEXT, { ...noAnswers(), scores: { lifeSatisfaction: 7, anxiety: 3, workConfidence: 6 }, loneliness: 'hardly-ever', employmentStatus: 'looking-for-work', workSteps: ['updated-cv'], workGoals: ['find-work', 'learn-skills'], went: { walk: true, choir: false }, recommend: { walk: 'yes', choir: 'no' }, gpVisits: ' 2 ' }, META);
    expect(record).to.deep.equal({
      schemaVersion: 1, id: META.id, referralId: CONTEXT.referralId, submittedAt: META.submittedAt, source: { widgetVersion: '0.1.0', locale: 'cy' },
      wellbeing: { lifeSatisfaction: 7, anxiety: 3 }, loneliness: 'hardly-ever', employmentStatus: 'looking-for-work', workSteps: ['updated-cv'], workConfidence: 6, workGoals: ['find-work', 'learn-skills'],
      activities: [{ id: 'walk', name: 'Walking for health', went: true, recommend: 'yes' }, { id: 'choir', name: 'Community choir', went: false }],
      gpVisits: 2,
    });
    expect(FollowUp.safeParse(record).success).to.equal(true);
    const skipped = buildFollowUp(CONTEXT, noAnswers(), META);
    expect(skipped).to.deep.equal({ schemaVersion: 1, id: META.id, referralId: CONTEXT.referralId, submittedAt: META.submittedAt, source: { widgetVersion: '0.1.0', locale: 'cy' }, workSteps: [], workGoals: [], activities: [] });
    expect(FollowUp.safeParse(skipped).success).to.equal(true);
  });

  it('GP visits: blank is fine; otherwise a whole number up to 99', () => {
    expect(['', '  ', '0', '12', '99'].map(gpVisitsProblem)).to.deep.equal([undefined, undefined, undefined, undefined, undefined]);
    expect(['two', '1.5', '-1'].map(gpVisitsProblem)).to.deep.equal(['not-a-number', 'not-a-number', 'not-a-number']);
    expect(gpVisitsProblem('100')).to.equal('too-many');
  });

  it('offers employment support to someone who now wants help with work or whose confidence rose; never after "not now" or "prefer not to say"', () => {
    const baseline = { workConfidence: 3, workGoals: [] };
    const offers = (confidence: number, f: Partial<Pick<FollowUp, 'employmentStatus' | 'workGoals'>> = {}) =>
      offersWorkSupport(followUpChanges(baseline, { workConfidence: confidence }), { workGoals: [], ...f });
    expect(offers(5)).to.equal(true);
    expect(offers(3, { workGoals: ['volunteer'] })).to.equal(true);
    expect(offers(2, { workGoals: ['find-work'] })).to.equal(true);
    expect(offers(3)).to.equal(false);
    expect(offers(2, { employmentStatus: 'looking-for-work' })).to.equal(false);
    expect(offers(5, { workGoals: ['not-now'] })).to.equal(false);
    expect(offers(5, { employmentStatus: 'prefer-not-to-say' })).to.equal(false);
  });

  it('employment support from the directory: its work-direct activities only, online and phone first, then by name, as places to turn', () => {
    const activity = (over: Record<string, unknown>) => Activity.parse({ id: String(over['name']), name: 'x', ...over });
    const routes = employmentSupportRoutes([
      activity({ name: 'Walking group', pathways: ['work-indirect'] }),
      activity({ name: 'Work Well', pathways: ['work-direct'], summary: 'A work coach at the surgery.', contact: { phone: '01632 960111' } }),
      activity({ name: 'Jobs Club', pathways: ['work-direct'], organisation: { name: 'Ashby Vale CVS', website: 'https://cvs.example/' } }),
      activity({ name: 'Phone job coach', pathways: ['work-direct'], modes: ['phone'], contact: { website: 'https://coach.example/' } }),
    ]);
    expect(routes).to.deep.equal([
      { id: 'Phone job coach', name: 'Phone job coach', website: 'https://coach.example/' },
      { id: 'Jobs Club', name: 'Jobs Club', description: 'Ashby Vale CVS', website: 'https://cvs.example/' },
      { id: 'Work Well', name: 'Work Well', description: 'A work coach at the surgery.', call: '01632 960111' },
    ]);
    expect(employmentSupportRoutes(Array.from({ length: 9 }, (_, i) => activity({ name: `Coach ${i}`, pathways: ['work-direct'] })))).to.have.length(6);
  });
});
