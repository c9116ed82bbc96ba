// What a patient and a volunteer met walking the whole journey (issue 15): one "Need help now?"
// per step, headings in order, a count of questions, and the helper's hint only once it applies.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/journey/define.ts';
import type { WaymarkJourney } from '../../../src/elements/journey/journey.ts';
import activities from '../../../demo/data/activities.json';
import { startWorker, worker } from '../../helpers/msw.ts';
import { settled } from '../../helpers/settled.ts';
import { expectNested, inTreeOrder, outline, squash } from '../../helpers/deep.ts';
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

/** The element that has focus, looking through shadow roots. */
function focusedElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Presses a journey button as a mouse user does (click) or a keyboard user does (focus, Enter). */
async function press(el: WaymarkJourney, text: string, by: 'mouse' | 'keyboard') {
  const button = [...root(el).querySelectorAll('button')].find((b) => squash(b) === text);
  if (!button) throw new Error(`no button "${text}"`);
  if (by === 'mouse') return button.click();
  button.focus();
  await sendKeys({ press: 'Enter' });
}

async function headingFocused(expected: string) {
  await waitUntil(() => {
    const el = focusedElement();
    return el && /^H[1-6]$/.test(el.tagName) && squash(el) === expected;
  }, `focus on the heading "${expected}"`, { timeout: 5000 });
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

  for (const by of ['mouse', 'keyboard'] as const) {
    it(`moves focus to the heading of every step it goes to, by ${by}, "Your plan" too`, async () => {
      const el = await journey();
      const steps: [string, string][] = [
        ['Skip this and look at activities', 'Activities for you'],
        ['Continue to your plan', 'My plan'],
        ['Ask a link worker to call you', 'Ask for a call'],
        ['Back to your plan', 'My plan'],
        ['Find more activities', 'Activities for you'],
        ['Back to what matters to you', 'What matters to you'],
        ['Skip this and ask for a call', 'Ask for a call'],
      ];
      for (const [button, heading] of steps) {
        await press(el, button, by);
        await headingFocused(heading);
      }
      await press(el, 'Back to your plan', by);
      await headingFocused('My plan');
      await expect(el).to.be.accessible();
    });
  }

  it('nests every step under its h2 step heading: questions, the finder, the plan and the form (issue 15, item 9)', async () => {
    const el = await journey();
    const goals = root(el).querySelector('waymark-goals')!;
    await waitUntil(() => goals.shadowRoot?.querySelector('[data-step-heading]'), 'the first question');
    expectNested(outline(el), 2);
    expect(outline(el).slice(0, 2)).to.deep.equal([[2, 'What matters to you'], [3, 'What would you like help with?']]);

    await press(el, 'Skip this and look at activities', 'mouse');
    await waitUntil(() => root(el).querySelector('waymark-finder')?.shadowRoot?.querySelector('.result'), 'results');
    const finder = root(el).querySelector('waymark-finder');
    expectNested(outline(el), 2);
    expect(outline(el).slice(0, 2)).to.deep.equal([[2, 'Activities for you'], [3, 'Find activities near you']]);
    finder!.shadowRoot!.querySelector<HTMLButtonElement>('.result .plan-toggle')!.click();
    await waitUntil(() => el.state.plan.length === 1, 'added');

    await press(el, 'Continue to your plan', 'mouse');
    await headingFocused('My plan');
    expectNested(outline(el), 2);
    expect(outline(el)[0]).to.deep.equal([2, 'My plan']);
    expect(outline(el)[1]![0]).to.equal(3);

    await press(el, 'Ask a link worker to call you', 'mouse');
    await waitUntil(() => root(el).querySelector('waymark-request-call')?.shadowRoot?.querySelector('#fullName'), 'the form');
    const form = root(el).querySelector('waymark-request-call');
    expect(outline(el).slice(0, 2)).to.deep.equal([[2, 'Ask for a call'], [3, 'About you']]);
    expectNested(outline(el), 2);
    // A Continue with nothing filled: "There is a problem" comes before the page's heading, at its level.
    form!.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => form!.shadowRoot!.querySelector('.error-summary'), 'the error summary');
    expect(outline(el).slice(0, 3)).to.deep.equal([[2, 'Ask for a call'], [3, 'There is a problem'], [3, 'About you']]);
    await expect(el).to.be.accessible();
  });

  it('speaks of someone helping only once that is known: not on page 1 before the question, yes once the kiosk says so (issue 15, item 10)', async () => {
    const el = await journey();
    const form = await toRequestCall(el);
    const page = () => squash(form.shadowRoot!.querySelector('form')!);
    expect(page()).not.to.match(/someone else|someone is helping|helping/i);
    await expect(el).to.be.accessible();

    // In kiosk mode a volunteer ticks "I'm helping someone" first: then page 1 says whose details to give.
    const kiosk = await journey(true);
    (root(kiosk).querySelector<HTMLInputElement>('#assisted'))!.click();
    const helped = await toRequestCall(kiosk);
    await waitUntil(() => squash(helped.shadowRoot!.querySelector('form')!).includes('Someone is helping with this form. Enter the details of the person we will call.'), 'the helper hint');
    await expect(kiosk).to.be.accessible();
  });
});
