// What a patient and a volunteer met walking the whole journey (issue 15): one "Need help now?"
// per step, headings in order, a count of questions, and the helper's hint only once it applies.
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/journey/define.ts';
import type { WaymarkJourney } from '../../../src/elements/journey/journey.ts';
import activities from '../../../demo/data/activities.json';
import { startWorker, worker } from '../../helpers/msw.ts';
import { settled } from '../../helpers/settled.ts';
import { inTreeOrder, squash } from '../../helpers/deep.ts';
import { deleteProgress } from '../../../src/state/saved-progress.ts';
import { waitUntil } from '../../helpers/wait.ts';

const config = {
  service: { name: 'Ashby Vale Social Prescribing', phone: '01632 960000', privacyNoticeUrl: 'https://example.org/privacy' },
  directory: { src: '/journey-walk-test/activities.json' },
  referral: { endpoint: '/journey-walk-test/referrals' },
};

const root = (el: WaymarkJourney) => el.shadowRoot!;

async function journey(kiosk = false) {
  const el = await fixture<WaymarkJourney>(html`<waymark-journey ?kiosk=${kiosk} .config=${config}></waymark-journey>`);
  await settled(el);
  await waitUntil(() => !root(el).querySelector('p.loading'), 'the step loads');
  return el;
}

function clickButton(el: WaymarkJourney, text: string) {
  const button = [...root(el).querySelectorAll('button')].find((b) => squash(b) === text);
  if (!button) throw new Error(`no button "${text}"`);
  button.click();
}

async function toRequestCall(el: WaymarkJourney) {
  clickButton(el, 'Skip this and ask for a call');
  await waitUntil(() => root(el).querySelector('waymark-request-call')?.shadowRoot?.querySelector('#fullName'), 'the form');
  return root(el).querySelector('waymark-request-call')!;
}

describe('<waymark-journey> walked through (issue 15)', () => {
  before(startWorker);
  beforeEach(() => {
    deleteProgress();
    worker.use(http.get('/journey-walk-test/activities.json', () => HttpResponse.json(activities)));
  });
  afterEach(() => {
    worker.resetHandlers();
    deleteProgress();
  });

  it('shows one "Need help now?" on the request step, not two stacked', async () => {
    const el = await journey();
    await toRequestCall(el);
    const boxes = inTreeOrder(el, 'summary').filter((s) => squash(s) === 'Need help now?');
    expect(boxes).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
