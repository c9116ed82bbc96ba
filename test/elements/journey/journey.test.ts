import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/journey/define.ts';
import type { WaymarkJourney } from '../../../src/elements/journey/journey.ts';
import type { StepDetail } from '../../../src/events.ts';
import activities from '../../../demo/data/activities.json';
import { startWorker, worker } from '../../helpers/msw.ts';
import { settled } from '../../helpers/settled.ts';
import { deleteProgress, hasSavedProgress } from '../../../src/state/saved-progress.ts';
import { waitUntil } from '../../helpers/wait.ts';

const config = {
  service: { name: 'Ashby Vale Social Prescribing', phone: '01632 960000', privacyNoticeUrl: 'https://example.org/privacy' },
  directory: { src: '/journey-test/activities.json' },
  referral: { endpoint: '/journey-test/referrals' },
};

function root(el: WaymarkJourney) {
  return el.shadowRoot!;
}

function child<T extends Element>(el: WaymarkJourney, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

/** Waits for the current step's element: the journey loads each step's code when first needed. */
async function stepShown(el: WaymarkJourney) {
  await el.updateComplete;
  await waitUntil(() => !root(el).querySelector('p.loading'), 'the step loads');
  await el.updateComplete;
}

async function journey(extra: Record<string, unknown> = {}, kiosk = false) {
  const el = await fixture<WaymarkJourney>(html`<waymark-journey ?kiosk=${kiosk} .config=${{ ...config, ...extra }}></waymark-journey>`);
  await settled(el);
  await stepShown(el);
  return el;
}

function clickButton(el: WaymarkJourney, text: string) {
  const button = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
  if (!button) throw new Error(`no button "${text}"`);
  button.click();
}

describe('<waymark-journey>', () => {
  before(startWorker);
  beforeEach(() => {
    deleteProgress();
    worker.use(http.get('/journey-test/activities.json', () => HttpResponse.json(activities)));
  });
  afterEach(() => {
    worker.resetHandlers();
    deleteProgress();
  });

  it('starts at "what matters to you" with a step indicator, urgent help and skip links', async () => {
    const el = await journey();
    expect(child(el, '.progress__count').textContent).to.equal('Step 1 of 5');
    expect(child(el, '[aria-current="step"]').textContent).to.contain('What matters to you');
    expect(child(el, 'waymark-urgent-help')).to.exist;
    expect(child(el, 'waymark-goals')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('keeps the ticks of someone half way through the questions when the journey re-renders', async () => {
    const el = await journey();
    const goals = child<HTMLElement & { answers: Record<string, unknown>; updateComplete: Promise<boolean> }>(el, 'waymark-goals');
    await waitUntil(() => goals.shadowRoot?.querySelector('input[value="loneliness"]'), 'the first question');
    goals.shadowRoot!.querySelector<HTMLInputElement>('input[value="loneliness"]')!.click();
    await waitUntil(() => JSON.stringify(goals.answers).includes('loneliness'), 'the tick is an answer');
    // Anything may re-render the journey: a step's code arriving, a kiosk countdown, a language.
    el.requestUpdate();
    await el.updateComplete;
    await goals.updateComplete;
    expect(JSON.stringify(goals.answers)).to.include('loneliness');
    expect(goals.shadowRoot!.querySelector<HTMLInputElement>('input[value="loneliness"]')!.checked).to.equal(true);
  });

  it("passes the steps' parts on, so a site can style the finder's results and urgent help through the journey", async () => {
    const style = document.createElement('style');
    style.textContent = `
      waymark-journey::part(result) { outline: 3px solid rgb(1, 2, 3); }
      waymark-journey::part(urgent-help) { outline: 4px solid rgb(4, 5, 6); }`;
    document.head.append(style);
    try {
      const el = await journey();
      const urgent = child<HTMLElement>(el, 'waymark-urgent-help');
      await waitUntil(() => urgent.shadowRoot?.querySelector('[part~="panel"]'), 'urgent help');
      expect(getComputedStyle(urgent.shadowRoot!.querySelector('[part~="panel"]')!).outlineColor).to.equal('rgb(4, 5, 6)');
      clickButton(el, 'Skip this and look at activities');
      await stepShown(el);
      const finder = child<HTMLElement>(el, 'waymark-finder');
      await waitUntil(() => finder.shadowRoot?.querySelector('[part~="result"]'), 'results');
      expect(getComputedStyle(finder.shadowRoot!.querySelector('[part~="result"]')!).outlineColor).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });

  it('fires waymark-step with the step name and number only', async () => {
    const steps: StepDetail[] = [];
    const listener = (e: Event) => {
      const detail = (e as CustomEvent<StepDetail>).detail;
      if (detail.element === 'waymark-journey') steps.push(detail);
    };
    document.addEventListener('waymark-step', listener);
    try {
      const el = await journey();
      clickButton(el, 'Skip this and look at activities');
      await stepShown(el);
      clickButton(el, 'Continue to your plan');
      await stepShown(el);
      expect(steps).to.deep.equal([
        { element: 'waymark-journey', step: 'goals', number: 1 },
        { element: 'waymark-journey', step: 'suggestions', number: 2 },
        { element: 'waymark-journey', step: 'plan', number: 3 },
      ]);
    } finally {
      document.removeEventListener('waymark-step', listener);
    }
  });

  it('skips straight to the finder, keeps the plan across steps, and moves focus to each step heading', async () => {
    const el = await journey();
    clickButton(el, 'Skip this and look at activities');
    await stepShown(el);
    await waitUntil(() => root(el).activeElement?.textContent === 'Activities for you', 'focus on the step heading');
    const finder = child<HTMLElement>(el, 'waymark-finder');
    await waitUntil(() => finder.shadowRoot?.querySelector('.result'), 'results');
    await expect(el).to.be.accessible();
    finder.shadowRoot!.querySelector<HTMLButtonElement>('.result .plan-toggle, .result button[aria-pressed]')?.click();
    await waitUntil(() => el.state.plan.length === 1, 'plan has one');
    clickButton(el, 'Continue to your plan');
    await stepShown(el);
    const plan = child<HTMLElement>(el, 'waymark-plan');
    await waitUntil(() => plan.shadowRoot?.querySelectorAll('.plan-item').length === 1, 'plan shows it');
    await expect(el).to.be.accessible();
    clickButton(el, 'Find more activities');
    await el.updateComplete;
    expect(el.state.plan).to.have.length(1);
    expect(el.state.step).to.equal('suggestions');
  });

  it('gives each step its state as properties and hears back through events: a plan step removal reaches the journey', async () => {
    const el = await journey();
    clickButton(el, 'Skip this and look at activities');
    await stepShown(el);
    const finder = child<HTMLElement & { resolvedConfig?: unknown }>(el, 'waymark-finder');
    await waitUntil(() => finder.shadowRoot?.querySelector('.result'), 'results');
    expect(finder.resolvedConfig, 'the step checked no config of its own: it took the journey\'s').to.equal((el as unknown as { resolvedConfig: unknown }).resolvedConfig);
    finder.shadowRoot!.querySelector<HTMLButtonElement>('.result .plan-toggle')!.click();
    await waitUntil(() => el.state.plan.length === 1, 'plan has one');
    clickButton(el, 'Continue to your plan');
    await stepShown(el);
    const plan = child<HTMLElement & { activities: unknown[] }>(el, 'waymark-plan');
    await waitUntil(() => plan.shadowRoot?.querySelectorAll('.plan-item').length === 1, 'plan shows it');
    expect(plan.activities).to.equal(el.state.plan);
    plan.shadowRoot!.querySelector<HTMLButtonElement>('.plan-item button')!.click();
    await waitUntil(() => el.state.plan.length === 0, 'the journey heard the removal');
    await waitUntil(() => plan.shadowRoot?.querySelectorAll('.plan-item').length === 0, 'and the plan shows it gone');
  });

  it('skips straight to asking for a call, and that step is accessible too', async () => {
    const el = await journey();
    clickButton(el, 'Skip this and ask for a call');
    await stepShown(el);
    const form = child<HTMLElement>(el, 'waymark-request-call');
    await waitUntil(() => form.shadowRoot?.querySelector('#fullName'), 'the form');
    expect(child(el, '.progress__count').textContent).to.equal('Step 4 of 5');
    await expect(el).to.be.accessible();
  });

  it('saves nothing unless the person ticks "save my progress", and deletes it with one button', async () => {
    const el = await journey();
    expect(hasSavedProgress()).to.equal(false);
    clickButton(el, 'Skip this and look at activities');
    await el.updateComplete;
    expect(Object.keys(localStorage).filter((k) => k.startsWith('waymark'))).to.deep.equal([]);
    child<HTMLInputElement>(el, '#save-progress').click();
    await el.updateComplete;
    expect(hasSavedProgress()).to.equal(true);
    clickButton(el, 'Delete saved progress');
    await el.updateComplete;
    expect(hasSavedProgress()).to.equal(false);
    expect(child<HTMLInputElement>(el, '#save-progress').checked).to.equal(false);
  });

  describe('kiosk mode', () => {
    it('never offers to save progress, and marks the session as assisted', async () => {
      const el = await journey({}, true);
      expect(root(el).querySelector('#save-progress')).to.equal(null);
      child<HTMLInputElement>(el, '#assisted').click();
      await el.updateComplete;
      expect(el.state.assisted).to.equal(true);
      await expect(el).to.be.accessible();
    });

    // Two tests, not one: axe runs while the countdown is open, and on a busy machine it took
    // longer than a 3-second countdown, which then cleared the journey before "carry on" was pressed.
    it('asks "Are you still there?" with a countdown, and carries on when asked', async function () {
      this.timeout(25000);
      const el = await journey({ kiosk: { enabled: true, idleSeconds: 5, countdownSeconds: 120 } });
      clickButton(el, 'Skip this and look at activities');
      await stepShown(el);
      expect(el.state.step).to.equal('suggestions');

      const dialog = child<HTMLDialogElement>(el, 'dialog.idle-dialog');
      await waitUntil(() => dialog.open, 'dialog opens after the idle time');
      expect(dialog.textContent).to.match(/Clearing in \d+ seconds/);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !dialog.open, 'carry on closes it');
      expect(el.state.step).to.equal('suggestions');
    });

    it('clears everything when the countdown reaches zero', async function () {
      this.timeout(25000);
      const el = await journey({ kiosk: { enabled: true, idleSeconds: 5, countdownSeconds: 3 } });
      clickButton(el, 'Skip this and look at activities');
      await stepShown(el);
      expect(el.state.step).to.equal('suggestions');

      await waitUntil(() => el.state.step === 'goals', 'reset after the countdown', { timeout: 20000 });
      expect(el.state.plan).to.deep.equal([]);
      expect(child(el, '.progress__count').textContent).to.equal('Step 1 of 5');
    });

    it('"Finish and clear" asks "Clear everything?": Cancel (or Escape) keeps everything and gives focus back, Yes starts again (issue 15, item 15)', async () => {
      const el = await journey({}, true);
      child<HTMLInputElement>(el, '#assisted').click();
      clickButton(el, 'Skip this and ask for a call');
      await stepShown(el);
      const finish = child<HTMLButtonElement>(el, '.kiosk-bar__finish');
      const dialog = child<HTMLDialogElement>(el, 'dialog.clear-dialog');
      const dialogButton = (text: string) => [...dialog.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;
      expect(dialog.open).to.equal(false);

      // By keyboard: Enter on the button opens the dialog, with Cancel, the safe choice, focused.
      finish.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog.open, 'the dialog opens');
      expect(el.state.step, 'nothing cleared yet').to.equal('request-call');
      expect(dialog.getAttribute('aria-labelledby')).to.equal('clear-title');
      expect(child(el, '#clear-title').textContent).to.equal('Clear everything?');
      expect(root(el).activeElement).to.equal(dialogButton('Cancel'));
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !dialog.open, 'Cancel closes it');
      await waitUntil(() => root(el).activeElement === finish, 'focus back on "Finish and clear"');
      expect(el.state.step).to.equal('request-call');
      expect(el.state.assisted).to.equal(true);

      // Escape cancels too.
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog.open, 'opens again');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'Escape closes it');
      await waitUntil(() => root(el).activeElement === finish, 'focus back again');
      expect(el.state.step).to.equal('request-call');

      finish.click();
      await waitUntil(() => dialog.open, 'opens by mouse');
      dialogButton('Yes, clear everything').click();
      await waitUntil(() => el.state.step === 'goals', 'cleared');
      expect(el.state.assisted).to.equal(false);
      await el.updateComplete;
      expect(child<HTMLDialogElement>(el, 'dialog.clear-dialog').open).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });
});
