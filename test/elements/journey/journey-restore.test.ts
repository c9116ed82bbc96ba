// Saved progress is read back in the background: its schema loads on demand. Its own file, so the
// schema's module is not yet loaded when the first test holds it back (msw answers the request).
import { expect, fixture, html } from '@open-wc/testing';
import { delay, http, HttpResponse, passthrough } from 'msw';
import '../../../src/elements/journey/define.ts';
import type { WaymarkJourney } from '../../../src/elements/journey/journey.ts';
import { initialJourneyState, addToPlan } from '../../../src/state/journey-state.ts';
import { deleteProgress, hasSavedProgress, saveProgress } from '../../../src/state/saved-progress.ts';
import { Activity } from '../../../src/core/model/activity.ts';
import activities from '../../../demo/data/activities.json';
import { startWorker, worker } from '../../helpers/msw.ts';
import { waitUntil } from '../../helpers/wait.ts';

const config = {
  service: { name: 'Ashby Vale Social Prescribing', phone: '01632 960000' },
  directory: { src: '/journey-restore-test/activities.json' },
  referral: { endpoint: '/journey-restore-test/referrals' },
};
const walk = Activity.parse({ id: 'walk', name: 'Health walk' });

const root = (el: WaymarkJourney) => el.shadowRoot!;
const saveBox = (el: WaymarkJourney) => root(el).querySelector<HTMLInputElement>('#save-progress');

describe('<waymark-journey> restoring saved progress', () => {
  before(startWorker);
  beforeEach(() => worker.use(http.get('/journey-restore-test/activities.json', () => HttpResponse.json(activities))));
  afterEach(() => {
    worker.resetHandlers();
    deleteProgress();
  });

  it('lets the person\'s own choice win when they delete saved progress before it has been read back', async () => {
    saveProgress(addToPlan(initialJourneyState(), walk));
    worker.use(
      http.get(/\/core\/model\/saved-progress\.ts/, async () => {
        await delay(1000);
        return passthrough();
      }),
    );
    const el = await fixture<WaymarkJourney>(html`<waymark-journey .config=${config}></waymark-journey>`);
    await waitUntil(() => saveBox(el), 'the save box');
    const remove = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Delete saved progress')!;
    remove.click();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(hasSavedProgress()).to.equal(false);
    expect(el.state.plan).to.deep.equal([]);
    expect(saveBox(el)!.checked).to.equal(false);
  });

  it('puts back the plan and ticks "save my progress" when nobody has acted', async () => {
    saveProgress(addToPlan(initialJourneyState(), walk));
    const el = await fixture<WaymarkJourney>(html`<waymark-journey .config=${config}></waymark-journey>`);
    await waitUntil(() => el.state.plan.length === 1, 'the plan is back');
    await el.updateComplete;
    expect(saveBox(el)!.checked).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
