// The journey loads each step's code when it is needed. Its own file, so no other test has
// already loaded the modules these tests hold back or break (msw answers the module requests).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse, passthrough } from 'msw';
import '../../../src/elements/journey/define.ts';
import type { WaymarkJourney } from '../../../src/elements/journey/journey.ts';
import activities from '../../../demo/data/activities.json';
import { startWorker, worker } from '../../helpers/msw.ts';
import { waitUntil } from '../../helpers/wait.ts';

const config = {
  service: { name: 'Ashby Vale Social Prescribing', phone: '01632 960000' },
  directory: { src: '/journey-steps-test/activities.json' },
  referral: { endpoint: '/journey-steps-test/referrals' },
};

const root = (el: WaymarkJourney) => el.shadowRoot!;

/** The element that has focus, looking through shadow roots. */
function focusedElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

async function tabToButton(name: string) {
  for (let i = 0; i < 15; i++) {
    await sendKeys({ press: 'Tab' });
    const el = focusedElement();
    if (el?.tagName === 'BUTTON' && el.textContent?.trim() === name) return;
  }
  throw new Error(`never reached the "${name}" button`);
}

describe('<waymark-journey> steps loaded on demand', () => {
  before(startWorker);
  beforeEach(() => worker.use(http.get('/journey-steps-test/activities.json', () => HttpResponse.json(activities))));
  afterEach(() => worker.resetHandlers());

  // One test, because a page keeps every module it has loaded: the held-back goals step and the
  // broken finder are set up before the journey first asks for either.
  it('says it is loading, then when a step does not load: a heading with focus, the phone number, axe clean in both, and "Try again" by keyboard brings it', async () => {
    worker.use(
      http.get(/\/elements\/goals\/define\.ts/, async () => {
        await delay(1500);
        return passthrough();
      }),
      http.get(/\/elements\/finder\/define\.ts/, () => HttpResponse.error()),
    );
    const el = await fixture<WaymarkJourney>(html`<waymark-journey .config=${config}></waymark-journey>`);
    await waitUntil(() => root(el).querySelector('p.loading[role="status"]'), 'a loading line');
    await expect(el).to.be.accessible();

    await waitUntil(() => root(el).querySelector('waymark-goals'), 'the goals step');
    const skip = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Skip this and look at activities')!;
    skip.focus();
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => root(el).querySelector('#step-failed-title'), 'the failure panel');
    await waitUntil(() => focusedElement()?.id === 'step-failed-title', 'focus on its heading');
    expect(root(el).querySelector('#step-failed-title')!.textContent).to.equal('Sorry, this page did not load');
    expect(root(el).querySelector('a[href="tel:01632960000"]')?.textContent).to.equal('01632 960000');
    await expect(el).to.be.accessible();

    worker.resetHandlers();
    worker.use(http.get('/journey-steps-test/activities.json', () => HttpResponse.json(activities)));
    await tabToButton('Try again');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('waymark-finder'), 'the finder after trying again');
    await waitUntil(() => focusedElement()?.textContent === 'Activities for you', 'focus on the step heading');
  });
});
