import { expect } from '@open-wc/testing';
import { Store } from '../../src/state/store.ts';
import {
  addToPlan,
  goTo,
  initialJourneyState,
  planFromIds,
  removeFromPlan,
  stepNumber,
  visitStep,
} from '../../src/state/journey-state.ts';
import { idlePhase } from '../../src/state/idle.ts';
import { Activity } from '../../src/core/model/activity.ts';

const walk = Activity.parse({ id: 'walk', name: 'Health walk' });
const choir = Activity.parse({ id: 'choir', name: 'Community choir' });

describe('journey state', () => {
  it('adds each activity to the plan once and removes it', () => {
    let s = addToPlan(initialJourneyState(), walk);
    s = addToPlan(s, walk);
    s = addToPlan(s, choir);
    expect(s.plan.map((a) => a.id)).to.deep.equal(['walk', 'choir']);
    expect(removeFromPlan(s, 'walk').plan.map((a) => a.id)).to.deep.equal(['choir']);
  });

  it('follows a list of ids, keeping order and looking up new ones', () => {
    const s = addToPlan(initialJourneyState(), walk);
    const next = planFromIds(s, ['choir', 'walk', 'unknown'], (id) => (id === 'choir' ? choir : undefined));
    expect(next.plan.map((a) => a.id)).to.deep.equal(['walk', 'choir']);
  });

  it('numbers the steps from 1 and moves between them', () => {
    expect(stepNumber('goals')).to.equal(1);
    expect(stepNumber('confirmation')).to.equal(5);
    expect(goTo(initialJourneyState(), 'plan').step).to.equal('plan');
  });

  it('tells subscribers of each change, and stops when they leave', () => {
    const store = new Store(initialJourneyState());
    const seen: number[] = [];
    const stop = store.subscribe((s) => seen.push(s.plan.length));
    store.update((s) => addToPlan(s, walk));
    stop();
    store.update((s) => addToPlan(s, choir));
    expect(seen).to.deep.equal([1]);
  });
});

describe('idle phase', () => {
  const table: [number, string, number?][] = [
    [0, 'active'],
    [119, 'active'],
    [120, 'warning', 30],
    [135.5, 'warning', 15],
    [149.2, 'warning', 1],
    [150, 'expired'],
  ];
  for (const [seconds, phase, left] of table) {
    it(`is ${phase} after ${seconds}s idle${left ? ` with ${left}s left` : ''}`, () => {
      const p = idlePhase(0, seconds * 1000, 120, 30);
      expect(p.phase).to.equal(phase);
      if (p.phase === 'warning') expect(p.secondsLeft).to.equal(left);
    });
  }
});

describe("the journey in the browser's history", () => {
  it('Back and Forward show the step an entry names, keeping the answers and the plan', () => {
    const state = { ...initialJourneyState(), step: 'plan' as const, goalsAnswers: { 'help-with': ['housing'] } };
    const back = visitStep(state, 'suggestions');
    expect(back.step).to.equal('suggestions');
    expect(back.goalsAnswers).to.equal(state.goalsAnswers);
    expect(back.plan).to.equal(state.plan);
    expect(visitStep(back, 'plan').step).to.equal('plan');
  });

  it('shows the first step for an entry from an earlier session, and never a confirmation again', () => {
    const state = { ...initialJourneyState(), step: 'plan' as const };
    expect(visitStep(state, undefined).step).to.equal('goals');
    expect(visitStep(state, 'confirmation')).to.equal(state);
    expect(visitStep(state, 'elsewhere')).to.equal(state);
  });
});
