// Issue 15, item 2: on a page with a finder and no journey, "Add to my plan" goes somewhere: "Your
// plan (2)" opens the plan with print and QR code, a <waymark-plan> beside the finder shows the same
// plan with no script, and the plan outlives a reload only when the person ticked "Save my progress".
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/finder/define.ts';
import '../../../src/elements/plan/define.ts';
import '../../../src/elements/journey/define.ts';
import type { WaymarkFinder } from '../../../src/elements/finder/finder.ts';
import type { WaymarkPlan } from '../../../src/elements/plan/plan.ts';
import type { WaymarkJourney } from '../../../src/elements/journey/journey.ts';
import { forgetPagePlan } from '../../../src/state/page-plan.ts';
import { deleteProgress, hasSavedProgress } from '../../../src/state/saved-progress.ts';
import { PROGRESS_KEY } from '../../../src/state/device-storage.ts';
import { startWorker, worker } from '../../helpers/msw.ts';
import { settled } from '../../helpers/settled.ts';
import { waitUntil } from '../../helpers/wait.ts';
import { CONFIG, DIRECTORY, serveDemo } from './helpers.ts';

const shadow = (el: Element) => el.shadowRoot!;
const planButton = (finder: WaymarkFinder) => shadow(finder).querySelector<HTMLButtonElement>('.plan-open');
const textOf = (el: Node | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const addButtons = (finder: WaymarkFinder) =>
  [...shadow(finder).querySelectorAll<HTMLButtonElement>('.result button')].filter((b) => textOf(b).startsWith('Add to my plan'));
const planNames = (plan: WaymarkPlan) => [...shadow(plan).querySelectorAll('.plan-item')].map((item) => textOf(item.querySelector('h2, h3, h4')));

/** Waits for something to be on the page and returns it. */
async function found<T>(get: () => T | null | undefined, what: string): Promise<T> {
  await waitUntil(() => get(), what);
  return get()!;
}

/** The element that has focus, looking through shadow roots. */
function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** A charity's page: the finder and, optionally, a plan beside it, as pasted HTML with no script. */
async function page(options: { withPlan?: boolean; kiosk?: boolean } = {}) {
  const config = JSON.stringify(options.kiosk ? { ...CONFIG, kiosk: { enabled: true } } : CONFIG);
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <waymark-finder directory-src=${DIRECTORY}><script type="application/json">${config}</script></waymark-finder>
    ${options.withPlan ? html`<waymark-plan><script type="application/json">${config}</script></waymark-plan>` : ''}
  </div>`);
  const finder = wrapper.querySelector('waymark-finder')!;
  const plan = wrapper.querySelector('waymark-plan');
  await settled(finder);
  await waitUntil(() => shadow(finder).querySelector('.finder'), 'the finder');
  if (plan) await settled(plan);
  return { wrapper, finder, plan };
}

/** What a reload does to the page's memory: the elements and the page plan go; storage stays. */
function reload(wrapper: HTMLElement) {
  wrapper.remove();
  forgetPagePlan();
}

describe('the plan on a page with a finder and no journey', () => {
  before(startWorker);
  beforeEach(() => serveDemo());
  afterEach(() => {
    worker.resetHandlers();
    forgetPagePlan();
    deleteProgress();
  });

  it('"Your plan (2)" counts what was added and opens the plan, with print and the QR code; Back returns to the button', async () => {
    const { finder } = await page();
    expect(textOf(planButton(finder))).to.equal('Your plan (0)');
    await expect(finder).to.be.accessible();
    addButtons(finder)[0]!.click();
    await finder.updateComplete;
    addButtons(finder)[0]!.click();
    await finder.updateComplete;
    expect(textOf(planButton(finder))).to.equal('Your plan (2)');

    planButton(finder)!.focus();
    await sendKeys({ press: 'Enter' });
    const plan = await found(() => shadow(finder).querySelector('waymark-plan'), 'the plan view');
    await waitUntil(() => shadow(plan).querySelector('svg.qr'), 'the QR code');
    expect(planNames(plan)).to.have.length(2);
    expect([...shadow(plan).querySelectorAll('button')].map(textOf)).to.include('Print your plan');
    await waitUntil(() => textOf(focused()) === 'My plan', `focus on the plan's heading, not ${textOf(focused())}`);
    expect(shadow(finder).querySelector<HTMLInputElement>('#save-progress')!.checked).to.equal(false);
    await expect(finder).to.be.accessible();

    // Removing one in the plan counts on the button.
    shadow(plan).querySelector<HTMLButtonElement>('.plan-item button')!.click();
    await waitUntil(() => planNames(plan).length === 1, 'one removed');
    const back = [...shadow(finder).querySelectorAll('button')].find((b) => textOf(b) === 'Back to activities')!;
    back.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused() === planButton(finder), 'focus back on "Your plan"');
    expect(textOf(planButton(finder))).to.equal('Your plan (1)');
  });

  it('a <waymark-plan> beside the finder shows the same plan with no script, and its changes come back', async () => {
    const { finder, plan } = await page({ withPlan: true });
    expect(textOf(shadow(plan!))).to.contain('Your plan is empty');
    await expect(plan!).to.be.accessible();
    const first = addButtons(finder)[0]!;
    const name = textOf(first.closest('.result')!.querySelector('h3'));
    first.click();
    await waitUntil(() => planNames(plan!).length === 1, 'the plan beside it shows it');
    expect(planNames(plan!)).to.deep.equal([name]);
    await waitUntil(() => shadow(plan!).querySelector('svg.qr'), 'its QR code');
    await expect(plan!).to.be.accessible();

    shadow(plan!).querySelector<HTMLButtonElement>('.plan-item button')!.click();
    await waitUntil(() => textOf(planButton(finder)) === 'Your plan (0)', 'the finder hears the removal');
    expect(addButtons(finder).length).to.be.greaterThan(0);
  });

  it('a plan added to the page later shows the plan so far', async () => {
    const { wrapper, finder } = await page();
    addButtons(finder)[0]!.click();
    const late = document.createElement('waymark-plan');
    late.config = CONFIG;
    wrapper.append(late);
    await waitUntil(() => planNames(late).length === 1, 'the late plan shows the plan so far');
  });

  it('keeps the plan over a reload only when the person ticked "Save my progress", and forgets it when they untick', async () => {
    let { wrapper, finder, plan } = await page({ withPlan: true });
    addButtons(finder)[0]!.click();
    await waitUntil(() => planNames(plan!).length === 1, 'added');
    expect(localStorage.getItem(PROGRESS_KEY), 'nothing kept without asking').to.equal(null);
    reload(wrapper);
    ({ wrapper, finder, plan } = await page({ withPlan: true }));
    await new Promise((r) => setTimeout(r, 300));
    expect(textOf(planButton(finder))).to.equal('Your plan (0)');
    expect(planNames(plan!)).to.deep.equal([]);

    addButtons(finder)[0]!.click();
    await waitUntil(() => planNames(plan!).length === 1, 'added again');
    shadow(plan!).querySelector<HTMLInputElement>('#save-progress')!.click();
    expect(hasSavedProgress()).to.equal(true);
    addButtons(finder)[0]!.click();
    await waitUntil(() => planNames(plan!).length === 2, 'a second');
    await expect(plan!).to.be.accessible();

    reload(wrapper);
    ({ finder, plan } = await page({ withPlan: true }));
    await waitUntil(() => textOf(planButton(finder)) === 'Your plan (2)', 'the finder restored the saved plan');
    await waitUntil(() => planNames(plan!).length === 2, 'the plan beside it too');
    expect(shadow(plan!).querySelector<HTMLInputElement>('#save-progress')!.checked).to.equal(true);

    shadow(plan!).querySelector<HTMLInputElement>('#save-progress')!.click();
    expect(hasSavedProgress()).to.equal(false);
    addButtons(finder)[0]!.click();
    await waitUntil(() => planNames(plan!).length === 3, 'a third');
    expect(localStorage.getItem(PROGRESS_KEY), 'not saved again after unticking').to.equal(null);
  });

  it('in kiosk mode offers no saving and keeps nothing', async () => {
    const { finder } = await page({ kiosk: true });
    addButtons(finder)[0]!.click();
    await finder.updateComplete;
    planButton(finder)!.click();
    const plan = await found(() => shadow(finder).querySelector('waymark-plan'), 'the plan view');
    await settled(plan);
    expect(shadow(finder).querySelector('#save-progress')).to.equal(null);
    expect(shadow(plan).querySelector('#save-progress')).to.equal(null);
    expect(planNames(plan)).to.have.length(1);
    expect(localStorage.getItem(PROGRESS_KEY)).to.equal(null);
    await expect(finder).to.be.accessible();
  });

  it('inside a journey the finder has no "Your plan" of its own: the journey has a plan step', async () => {
    const el = await fixture<WaymarkJourney>(html`<waymark-journey .config=${{ ...CONFIG, directory: { src: DIRECTORY }, referral: { endpoint: '/x' } }}></waymark-journey>`);
    await waitUntil(() => shadow(el).querySelector('waymark-goals'), 'the journey');
    [...shadow(el).querySelectorAll('button')].find((b) => textOf(b) === 'Skip this and look at activities')!.click();
    const finder = await found(() => shadow(el).querySelector('waymark-finder'), 'its finder');
    await waitUntil(() => shadow(finder).querySelector('.finder'), 'results');
    expect(planButton(finder)).to.equal(null);
  });
});
