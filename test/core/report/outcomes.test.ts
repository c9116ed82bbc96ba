import { expect } from '@open-wc/testing';
import { outcomeReport, type ReportCase } from '../../../src/core/report/outcomes.ts';
import { count, partsOfTotal, statistic } from '../../../src/core/report/small-counts.ts';

const person = (over: Partial<ReportCase> = {}): ReportCase => ({
  channel: 'online', needAreas: ['loneliness'], route: 'none', district: 'AV1', contacted: true, accepted: true, planEmpty: false, ...over,
});
const checkedIn = (then: number, now: number, over: Partial<ReportCase> = {}): ReportCase =>
  person({ followUp: { then: { lifeSatisfaction: then, anxiety: 10 - then }, now: { lifeSatisfaction: now, anxiety: 10 - now }, workSteps: ['updated-cv'], activities: [{ went: true }] }, ...over });

describe('the outcome report (core/report)', () => {
  it('suppresses every count under 5, zero included, and shows 5 and over', () => {
    expect([0, 1, 4].map(count)).to.deep.equal([{ kind: 'suppressed' }, { kind: 'suppressed' }, { kind: 'suppressed' }]);
    expect(count(5)).to.deep.equal({ kind: 'count', value: 5 });
    expect(statistic(4, 2.5)).to.deep.equal({ kind: 'suppressed' });
    expect(statistic(5, 2.5)).to.deep.equal({ kind: 'number', value: 2.5 });
  });

  it('withholds the smallest shown part of a total while the hidden parts hold fewer than 5 together', () => {
    const withheld = { kind: 'withheld' };
    // 11 = 6 + 5 + 0 + 0: with 5 shown, the total would tell that the hidden two hold nobody.
    expect(partsOfTotal({ a: 6, b: 5, c: 0, d: 0 })).to.deep.equal({ a: count(6), b: withheld, c: count(0), d: count(0) });
    // 20 = 9 + 8 + 3: one hidden count is always under 5, so the next smallest goes too.
    expect(partsOfTotal({ a: 9, b: 8, c: 3 })).to.deep.equal({ a: count(9), b: withheld, c: count(3) });
    // Two hidden counts that hold 5 or more together cannot be told apart: nothing more to hide.
    expect(partsOfTotal({ a: 9, b: 3, c: 4 })).to.deep.equal({ a: count(9), b: count(3), c: count(4) });
    // Nothing hidden: everything shown.
    expect(partsOfTotal({ a: 9, b: 7 })).to.deep.equal({ a: count(9), b: count(7) });
    // A tie goes in the order given; a total under 5 leaves nothing to show.
    expect(partsOfTotal({ a: 6, b: 6, c: 1 })).to.deep.equal({ a: withheld, b: count(6), c: count(1) });
    expect(partsOfTotal({ a: 3, b: 1 })).to.deep.equal({ a: count(3), b: count(1) });
  });

  it('counts the funnel and sources, and each measure item by item: n, means, mean change and share improved', () => {
    const cases = [
      ...[1, 2, 3, 4, 5].map((i) => checkedIn(3, 3 + i, { channel: 'kiosk' })),
      checkedIn(6, 4, { channel: 'kiosk' }),
      ...Array.from({ length: 5 }, () => person({ contacted: false, accepted: false })),
    ];
    const [all] = outcomeReport(cases, 'none');
    expect(all!.group).to.equal('all');
    expect(all!.funnel).to.deep.equal({ referred: count(11), contacted: count(6), accepted: count(6), checkedIn: count(6), went: count(6) });
    expect(all!.sources.kiosk).to.deep.equal(count(6));
    expect(all!.sources.online, '11 referred less 6 by kiosk would give it away').to.deep.equal({ kind: 'withheld' });
    expect(all!.sources.assisted).to.deep.equal({ kind: 'suppressed' });
    const life = all!.measures.find((m) => m.measure === 'lifeSatisfaction')!;
    expect(life.n).to.deep.equal(count(6));
    expect(life.meanThen).to.deep.equal({ kind: 'number', value: 3.5 });
    expect(life.meanChange).to.deep.equal({ kind: 'number', value: (1 + 2 + 3 + 4 + 5 - 2) / 6 });
    expect(life.shareImproved).to.deep.equal({ kind: 'number', value: 5 / 6 });
    // Anxiety went down for the same people: that is the improvement.
    const anxiety = all!.measures.find((m) => m.measure === 'anxiety')!;
    expect(anxiety.shareImproved).to.deep.equal({ kind: 'number', value: 5 / 6 });
    expect(all!.measures.find((m) => m.measure === 'loneliness')!.n).to.deep.equal({ kind: 'suppressed' });
    expect(all!.workSteps['updated-cv'].none).to.deep.equal(count(6));
    expect(all!.workSteps['updated-cv'].direct).to.deep.equal({ kind: 'suppressed' });
  });

  it('a measure from fewer than 5 people shows no mean: one person\'s change cannot be read off', () => {
    const [all] = outcomeReport([checkedIn(2, 9), ...Array.from({ length: 6 }, () => person())], 'none');
    const life = all!.measures.find((m) => m.measure === 'lifeSatisfaction')!;
    expect(Object.values(life).filter((v) => typeof v === 'object').every((v) => (v as { kind: string }).kind === 'suppressed')).to.equal(true);
  });

  it('by need area a person counts under each they chose; by district, those with none are "not known", last; groups in order of name', () => {
    const cases = [person({ needAreas: ['work', 'loneliness'], district: undefined }), person({ needAreas: ['work'], district: 'BV2' }), person({ needAreas: [], district: 'AV1' })];
    expect(outcomeReport(cases, 'need-area').map((g) => g.group)).to.deep.equal(['loneliness', 'work']);
    expect(outcomeReport(cases, 'district').map((g) => g.group)).to.deep.equal(['AV1', 'BV2', 'not-known']);
  });

  it('counts a plan with nothing in it, and not one whose details were removed', () => {
    const cases = [...Array.from({ length: 5 }, () => person({ planEmpty: true })), person({ planEmpty: undefined })];
    expect(outcomeReport(cases, 'none')[0]!.nothingInPlan).to.deep.equal(count(5));
  });

  it('work situation then and now, of those who gave it both times; wanting help with work now, by route', () => {
    const cases = [
      ...Array.from({ length: 5 }, () => checkedIn(3, 5, { route: 'direct', followUp: { then: {}, now: {}, workSteps: [], activities: [], workThen: 'looking-for-work', workNow: 'working', wantsHelp: true } })),
      checkedIn(3, 5, { route: 'direct', followUp: { then: {}, now: {}, workSteps: [], activities: [], workNow: 'working', wantsHelp: true } }),
      ...Array.from({ length: 3 }, () => checkedIn(3, 5, { route: 'direct', followUp: { then: {}, now: {}, workSteps: [], activities: [], workThen: 'caring', workNow: 'caring' } })),
      ...Array.from({ length: 3 }, () => checkedIn(3, 5, { route: 'direct', followUp: { then: {}, now: {}, workSteps: [], activities: [], workThen: 'studying', workNow: 'studying' } })),
    ];
    const [all] = outcomeReport(cases, 'none');
    expect(all!.workSituation.n).to.deep.equal(count(11), 'the one with no answer at referral is left out');
    expect(all!.workSituation.then['looking-for-work']).to.deep.equal(count(5));
    expect(all!.workSituation.now.working).to.deep.equal(count(5));
    expect(all!.workSituation.now['looking-for-work']).to.deep.equal({ kind: 'suppressed' });
    expect(all!.workSituation.now.caring).to.deep.equal({ kind: 'suppressed' });
    // Without the 3 caring and 3 studying, 5 "working" of 5 would tell that every other count is 0.
    const alone = outcomeReport(cases.slice(0, 6), 'none')[0]!;
    expect(alone.workSituation.now.working).to.deep.equal({ kind: 'withheld' });
    expect(all!.workSteps['wants-help'].direct).to.deep.equal(count(6));
    expect(all!.workSteps['wants-help'].indirect).to.deep.equal({ kind: 'suppressed' });
  });
});
