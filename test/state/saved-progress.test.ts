import { expect } from '@open-wc/testing';
import { addToPlan, initialJourneyState, withGoals } from '../../src/state/journey-state.ts';
import { deleteProgress, hasSavedProgress, loadProgress, saveProgress, SAVED_PROGRESS_DAYS } from '../../src/state/saved-progress.ts';
import { sweepExpired } from '../../src/state/device-storage.ts';
import { Activity } from '../../src/core/model/activity.ts';
import type { GoalsResult } from '../../src/core/model/goals.ts';

const walk = Activity.parse({ id: 'walk', name: 'Health walk' });
const DAY = 86_400_000;

/** What a person told the questionnaire: a free-text answer, wellbeing scores, work and loneliness. */
const goals: GoalsResult = {
  needAreas: [{ id: 'loneliness', score: 3, reasons: ['You said: feeling lonely'] }, { id: 'work', score: 1, reasons: ['You said: work'] }],
  workPathway: 'indirect',
  employmentStatus: 'unable-health',
  workGoals: ['volunteer'],
  preferences: { modes: ['in-person'], days: ['mon'], times: ['morning'] },
  loneliness: 'often-always',
  wellbeing: { lifeSatisfaction: 2, worthwhile: 3, happiness: 1, anxiety: 9 },
  crisis: false,
  answers: [{ questionId: 'anything-else', question: 'Anything else?', value: 'my husband hits me' }],
};

describe('saved progress', () => {
  afterEach(() => {
    deleteProgress();
    localStorage.removeItem('waymark:progress:v1');
  });

  it('keeps only the topics that matter, work goals and the plan: no free text, scores, employment status or reasons', async () => {
    expect(saveProgress({ ...withGoals(addToPlan(initialJourneyState(), walk), goals), assisted: true })).to.equal(true);
    const stored = JSON.stringify(Object.fromEntries(Object.entries(localStorage)));
    for (const secret of ['my husband hits me', 'anxiety', 'wellbeing', 'unable-health', 'often-always', 'You said', 'assisted', 'morning']) {
      expect(stored, secret).not.to.contain(secret);
    }
    const back = await loadProgress();
    expect(back?.plan.map((a) => a.id)).to.deep.equal(['walk']);
    expect(back?.goals?.needAreas.map((n) => n.id)).to.deep.equal(['loneliness', 'work']);
    expect(back?.goals?.workGoals).to.deep.equal(['volunteer']);
    expect(back?.goals?.answers).to.deep.equal([]);
    expect(back?.goals?.wellbeing).to.equal(undefined);
  });

  it('has a fixed expiry: saving again does not restart the 7 days', async () => {
    const start = Date.now();
    saveProgress(addToPlan(initialJourneyState(), walk), start);
    saveProgress(initialJourneyState(), start + 5 * DAY);
    expect(await loadProgress(start + 6 * DAY)).not.to.equal(undefined);
    expect(await loadProgress(start + SAVED_PROGRESS_DAYS * DAY + 1)).to.equal(undefined);
    expect(hasSavedProgress()).to.equal(false);
  });

  it('throws away stored data that does not match the schema', async () => {
    localStorage.setItem('waymark:progress:v2', JSON.stringify({ version: 2, expiresAt: Date.now() + 1e6, plan: [{ id: 1 }] }));
    expect(await loadProgress()).to.equal(undefined);
    expect(hasSavedProgress()).to.equal(false);
  });

  it('sweeps away expired records, and the old format that kept too much, without reading them', () => {
    const start = Date.now();
    saveProgress(addToPlan(initialJourneyState(), walk), start - 8 * DAY);
    localStorage.setItem('waymark:progress:v1', JSON.stringify({ version: 1, expiresAt: start + DAY, goals, plan: [] }));
    sweepExpired(start);
    expect(localStorage.getItem('waymark:progress:v2')).to.equal(null);
    expect(localStorage.getItem('waymark:progress:v1')).to.equal(null);
  });
});
