import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/goals/define.ts';
import type { WaymarkGoals } from '../../../src/elements/goals/goals.ts';
import type { ConfigErrorDetail, GoalsCompleteDetail, StepDetail } from '../../../src/events.ts';
import { switchLocale } from '../../../src/i18n/localization.ts';
import { startWorker, worker } from '../../helpers/msw.ts';
import { settled } from '../../helpers/settled.ts';
import { aCustomQuestionnaire } from '../../fixtures/questionnaires/custom.ts';
import { continueByKeyboard, focused, heading, isButton, press, shadow, summaryRows, tabTo } from './helpers.ts';
import { waitUntil } from '../../helpers/wait.ts';

async function goals(config?: unknown): Promise<WaymarkGoals> {
  const el = await fixture<WaymarkGoals>(html`<waymark-goals .config=${config}></waymark-goals>`);
  await settled(el);
  return el;
}

function tick(el: WaymarkGoals, value: string) {
  shadow(el).querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
  return el.updateComplete;
}

function clickButton(el: WaymarkGoals, text: string | RegExp) {
  const button = [...shadow(el).querySelectorAll('button')].find((b) => isButton(text)(b));
  if (!button) throw new Error(`no button ${text}`);
  button.click();
  return el.updateComplete;
}

const clickContinue = (el: WaymarkGoals) => clickButton(el, 'Continue');

/** Captures console.error while a test runs. */
function captureConsoleErrors() {
  const calls: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => calls.push(args.join(' '));
  return { calls, restore: () => (console.error = original) };
}

describe('<waymark-goals>', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  describe('every page state passes axe', () => {
    it('empty first page, with the question as the heading and no back link', async () => {
      const el = await goals();
      expect(shadow(el).querySelector('legend h2')?.textContent).to.equal('What would you like help with?');
      expect(shadow(el).querySelector('.back-link')).to.equal(null);
      expect(shadow(el).querySelectorAll('input[type="checkbox"]')).to.have.length(18);
      await expect(el).to.be.accessible();
    });

    it('error: "There is a problem" takes focus, the same words show inline, and the link focuses the field', async () => {
      const el = await goals();
      await clickContinue(el);
      const summary = shadow(el).querySelector<HTMLElement>('.error-summary')!;
      expect(summary.querySelector('h2')!.textContent).to.equal('There is a problem');
      expect(focused(el)).to.equal(summary);
      expect(shadow(el).querySelector('.error-message')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Select what you would like help with');
      expect(shadow(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.contain('help-with-error');
      await expect(el).to.be.accessible();

      // The summary's link is reached and followed by keyboard.
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.textContent).to.equal('Select what you would like help with');
      await press(el, 'Enter');
      expect(focused(el)?.id).to.equal('help-with');
    });

    it('filled, with the chosen answers ticked', async () => {
      const el = await goals();
      await tick(el, 'housing');
      await tick(el, 'something-else');
      expect(el.answers).to.deep.equal({ 'help-with': ['housing', 'something-else'] });
      await expect(el).to.be.accessible();
      await clickContinue(el);
      expect(heading(el)).to.equal('What else would you like help with?');
      expect(shadow(el).querySelector('textarea')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('a 0 to 10 scale, with its end labels tied to the question', async () => {
      const el = await goals();
      el.answers = { 'help-with': ['housing'], wellbeing: true };
      // Reach the question by its Change link from check answers, as a person would.
      await walkToCheckAnswers(el);
      await clickButton(el, /Change\s+Overall, how satisfied/);
      expect(shadow(el).querySelectorAll('input[type="radio"]')).to.have.length(11);
      const ends = shadow(el).querySelector('.scale__ends')!;
      expect(ends.textContent!.replace(/\s+/g, ' ').trim()).to.equal('0 Not at all satisfied 10 Completely satisfied');
      expect(shadow(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.contain(ends.id);
      await tick(el, '6');
      expect(el.answers['life-satisfaction']).to.equal(6);
      await expect(el).to.be.accessible();
    });

    it('check answers, with a Change link for every question', async () => {
      const el = await goals();
      el.answers = { 'help-with': ['housing'], loneliness: 'never' };
      await walkToCheckAnswers(el);
      expect(heading(el)).to.equal('Check your answers');
      const rows = summaryRows(el);
      expect(rows).to.have.length(10);
      expect(rows[0]).to.deep.equal(['What would you like help with?', 'Housing']);
      expect(rows[2]).to.deep.equal(['What is your work situation at the moment?', 'Not answered']);
      expect(shadow(el).querySelectorAll('.summary-list__actions button')).to.have.length(10);
      await expect(el).to.be.accessible();
    });

    it('the interruption page, and the thank-you page', async () => {
      const el = await goals();
      await clickButton(el, 'I need help urgently');
      expect(heading(el)).to.equal('Get help now');
      await expect(el).to.be.accessible();
      await clickButton(el, 'Go back to the questions');
      el.answers = { 'help-with': ['housing'] };
      await walkToCheckAnswers(el);
      await clickButton(el, 'Confirm and continue');
      expect(heading(el)).to.equal('Thank you');
      expect(shadow(el).querySelector('.complete li')!.textContent).to.equal('Housing');
      await expect(el).to.be.accessible();
    });
  });

  describe('crisis', () => {
    it('choosing "not safe" shows the interruption page with the urgent contacts and no further questions', async () => {
      const el = await goals();
      const steps: StepDetail[] = [];
      el.addEventListener('waymark-step', (e) => steps.push(e.detail));
      let completed = false;
      el.addEventListener('waymark-goals-complete', () => (completed = true));

      await tick(el, 'loneliness');
      await tick(el, 'not-safe');
      // Nothing happens on the tick itself: the page changes only on Continue.
      expect(heading(el)).to.equal('What would you like help with?');
      await clickContinue(el);

      expect(heading(el)).to.equal('Please get help now');
      expect(focused(el)?.tagName).to.equal('H2');
      const links = [...shadow(el).querySelectorAll('a')].map((a) => [a.textContent!.trim(), a.getAttribute('href')]);
      expect(links).to.deep.equal([
        ['Call 999', 'tel:999'],
        ['Call 111', 'tel:111'],
        ['Call 116 123', 'tel:116123'],
        ['Text SHOUT to 85258', 'sms:85258?&body=SHOUT'],
      ]);
      expect(shadow(el).querySelectorAll('form, input, textarea')).to.have.length(0);
      expect([...shadow(el).querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['I chose this by mistake. Go back']);
      expect(steps.at(-1)).to.deep.equal({ element: 'waymark-goals', step: 'crisis', number: 1 });
      expect(completed).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('lets a person go back if they chose it by mistake, with only that answer taken away', async () => {
      const el = await goals();
      await tick(el, 'loneliness');
      await tick(el, 'not-safe');
      await clickContinue(el);
      await clickButton(el, 'I chose this by mistake. Go back');
      expect(heading(el)).to.equal('What would you like help with?');
      expect(el.answers).to.deep.equal({ 'help-with': ['loneliness'] });
      expect(shadow(el).querySelector<HTMLInputElement>('input[value="not-safe"]')!.checked).to.equal(false);
      await clickContinue(el);
      expect(heading(el)).to.equal('How often do you feel lonely? (optional)');
    });

    it('is reached by keyboard from "I need help urgently" on any page, and back to the same page with answers kept', async () => {
      const el = await goals();
      await tick(el, 'housing');
      await clickContinue(el);
      await tick(el, 'never');
      await tabTo(el, isButton('I need help urgently'), 'Shift+Tab');
      await press(el, 'Enter');
      expect(heading(el)).to.equal('Get help now');
      expect(shadow(el).textContent).to.contain('This service is not for emergencies.');
      await tabTo(el, isButton('Go back to the questions'));
      await press(el, 'Enter');
      expect(heading(el)).to.equal('How often do you feel lonely? (optional)');
      expect(el.answers).to.deep.equal({ 'help-with': ['housing'], loneliness: 'never' });
    });

    it("uses the service's own urgent contacts", async () => {
      const el = await goals({ urgentHelp: { contacts: [{ id: 'nhs-24', name: 'NHS 24', call: '111' }] } });
      await tick(el, 'not-safe');
      await clickContinue(el);
      expect(shadow(el).textContent).to.contain('NHS 24');
      expect(shadow(el).querySelectorAll('a')).to.have.length(1);
    });
  });

  describe("a service's own questionnaire", () => {
    it('renders from config and scores', async () => {
      const el = await goals({ questionnaire: aCustomQuestionnaire() });
      expect(heading(el)).to.equal('Would you like to grow things?');
      await clickContinue(el);
      expect(shadow(el).querySelector('.error-summary li')!.textContent).to.equal('Select if you would like to grow things');
      await tick(el, 'yes-please');
      await clickContinue(el);

      // A page of two questions: the page title is the heading; each question is a field.
      expect(heading(el)).to.equal('About you');
      expect(shadow(el).querySelectorAll('h2, [data-step-heading]')).to.have.length(1);
      expect(shadow(el).querySelector('label[for="plot"]')!.textContent!.trim()).to.equal('Where would you like to grow things? (optional)');
      await expect(el).to.be.accessible();
      await clickContinue(el);
      expect([...shadow(el).querySelectorAll('.error-summary li')].map((li) => li.textContent)).to.deep.equal(['Select at least one answer']);
      await tick(el, 'group');
      await clickContinue(el);

      await tick(el, 'yes');
      await clickContinue(el);
      expect(heading(el)).to.equal('How was your week? (optional)');
      await tick(el, '8');
      await clickContinue(el);
      expect(heading(el)).to.equal('Check your answers');

      const completed = oneEvent(el, 'waymark-goals-complete');
      await clickButton(el, 'Confirm and continue');
      const { result } = ((await completed) as CustomEvent<GoalsCompleteDetail>).detail;
      expect(result.needAreas.map((n) => [n.id, n.score])).to.deep.equal([['nature-outdoors', 4], ['loneliness', 1]]);
      expect(result.preferences.group).to.equal('group');
      expect(result.answers.map((a) => [a.questionId, a.value])).to.deep.equal([['garden', 'yes-please'], ['company', ['group']], ['safe', true], ['mood', 8]]);
    });

    it('shows its text in the person\'s language', async () => {
      try {
        const el = await fixture<WaymarkGoals>(html`<waymark-goals lang="cy" .config=${{ questionnaire: aCustomQuestionnaire() }}></waymark-goals>`);
        await settled(el);
        await waitUntil(() => heading(el) === 'Hoffech chi dyfu pethau?', 'Welsh text');
        expect(shadow(el).textContent).to.contain('Dim diolch');
      } finally {
        await switchLocale('en');
      }
    });

    it('interrupts on a "no" that the service marked as crisis', async () => {
      const el = await goals({ questionnaire: aCustomQuestionnaire() });
      await tick(el, 'no-thanks');
      await clickContinue(el);
      expect(heading(el)).to.equal('Do you feel safe at home?');
      await tick(el, 'no');
      await clickContinue(el);
      expect(heading(el)).to.equal('Please get help now');
      expect(shadow(el).querySelectorAll('input')).to.have.length(0);
    });

    it('names every mistake in a broken one, by path, and still offers the phone number', async () => {
      const consoleErrors = captureConsoleErrors();
      try {
        const questionnaire = aCustomQuestionnaire() as { pages: { questions: Record<string, unknown>[] }[] };
        questionnaire.pages[0]!.questions[0]!.kind = 'dropdown';
        questionnaire.pages[2]!.questions[0]!.id = 'garden';
        const el = document.createElement('waymark-goals');
        el.config = { service: { name: 'Ashby Vale Connect', phone: '01632 960000' }, questionnaire };
        const heard = oneEvent(el, 'waymark-config-error');
        document.body.append(el);
        const { problems } = ((await heard) as CustomEvent<ConfigErrorDetail>).detail;
        await settled(el);
        expect(problems.map((p) => p.path)).to.deep.equal(['questionnaire.pages[0].questions[0].kind']);

        const items = [...shadow(el).querySelectorAll('.config-problems__list li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
        expect(items).to.deep.equal(['questionnaire.pages[0].questions[0].kind should be one of: "single", "multiple", "scale", "text", "yes-no"']);
        expect(shadow(el).querySelector('a[href="tel:01632960000"]')).to.not.equal(null);
        expect(shadow(el).querySelectorAll('form')).to.have.length(0);
        expect(consoleErrors.calls.join('\n')).to.contain('questionnaire.pages[0].questions[0].kind');
        await expect(el).to.be.accessible();
        el.remove();
      } finally {
        consoleErrors.restore();
      }
    });

    it("words a questionnaire's own checks (an id used twice) on the page, in the console and in the event, in the person's language", async () => {
      const consoleErrors = captureConsoleErrors();
      try {
        const questionnaire = aCustomQuestionnaire() as { pages: { id: string }[] };
        questionnaire.pages[1]!.id = questionnaire.pages[0]!.id;
        const el = document.createElement('waymark-goals');
        el.config = { service: { name: 'Ashby Vale Connect', phone: '01632 960000' }, questionnaire };
        const heard = oneEvent(el, 'waymark-config-error');
        document.body.append(el);
        const { problems } = ((await heard) as CustomEvent<ConfigErrorDetail>).detail;
        const said = `"${questionnaire.pages[0]!.id}" is used by another page too: each page needs its own id`;
        expect(problems.map((p) => [p.code, p.path, p.message])).to.deep.equal([['page-id-repeated', 'questionnaire.pages[1].id', said]]);
        await settled(el);
        const item = () => shadow(el).querySelector('.config-problems__list li')!.textContent!.replace(/\s+/g, ' ').trim();
        expect(item()).to.equal(`questionnaire.pages[1].id ${said}`);
        expect(consoleErrors.calls.join('\n')).to.contain(said);
        el.remove();

        const welsh = await fixture<WaymarkGoals>(html`<waymark-goals lang="cy" .config=${{ questionnaire }}></waymark-goals>`);
        await settled(welsh);
        const welshItem = () => shadow(welsh).querySelector('.config-problems__list li')?.textContent?.replace(/\s+/g, ' ').trim();
        await waitUntil(() => welshItem()?.includes('Mae tudalen arall hefyd yn defnyddio'), `Welsh words, not ${welshItem()}`);
      } finally {
        consoleErrors.restore();
        await switchLocale('en');
      }
    });

    it('loads with the rest of the config from config-src', async () => {
      worker.use(http.get('/goals-config.json', () => HttpResponse.json({ questionnaire: aCustomQuestionnaire() })));
      const el = await fixture<WaymarkGoals>(html`<waymark-goals config-src="/goals-config.json"></waymark-goals>`);
      await settled(el);
      expect(heading(el)).to.equal('Would you like to grow things?');
    });
  });

  describe('answers and steps', () => {
    it('announces the first page, and each page after, with no personal data', async () => {
      const el = document.createElement('waymark-goals');
      const first = oneEvent(el, 'waymark-step');
      document.body.append(el);
      expect(((await first) as CustomEvent<StepDetail>).detail).to.deep.equal({ element: 'waymark-goals', step: 'question:help-with', number: 1 });
      el.remove();
    });

    it('does not move focus into the widget when the page loads', async () => {
      const el = await goals();
      expect(focused(el)).to.equal(null);
    });

    it('keeps answers set from outside, and ignores ones that do not fit', async () => {
      const el = await goals();
      el.answers = { 'help-with': ['housing', 'made-up'], loneliness: 42 as never };
      await walkToCheckAnswers(el);
      const rows = Object.fromEntries(summaryRows(el));
      expect(rows['What would you like help with?']).to.equal('Housing');
      expect(rows['How often do you feel lonely?']).to.equal('Not answered');
    });

    it('goes back page by page from check answers, and "Back" from a changed answer returns to check answers', async () => {
      const el = await goals();
      el.answers = { 'help-with': ['housing'] };
      await walkToCheckAnswers(el);
      await clickButton(el, 'Back');
      expect(heading(el)).to.equal('Would you like to answer 4 questions about how you feel? (optional)');
      await clickButton(el, 'Back');
      expect(heading(el)).to.equal('Would anything make it easier for you to take part? (optional)');
      await clickContinue(el);
      await clickContinue(el);
      await clickButton(el, /Change\s+How often/);
      await clickButton(el, 'Back');
      expect(heading(el)).to.equal('Check your answers');
    });

    it('asks a question that a change has brought in before returning to check answers', async () => {
      const el = await goals();
      el.answers = { 'help-with': ['housing'] };
      await walkToCheckAnswers(el);
      await clickButton(el, /Change\s+What would you like help with/);
      await tick(el, 'something-else');
      await clickContinue(el);
      expect(heading(el)).to.equal('What else would you like help with?');
      await clickContinue(el);
      expect(shadow(el).querySelector('.error-summary')).to.not.equal(null);
      await continueByKeyboardAfterTyping(el, 'A dog walker');
      expect(heading(el)).to.equal('Check your answers');
    });

    it('starts again with reset(), keeping nothing', async () => {
      const el = await goals();
      await tick(el, 'housing');
      await clickContinue(el);
      el.reset();
      await el.updateComplete;
      expect(heading(el)).to.equal('What would you like help with?');
      expect(el.answers).to.deep.equal({});
      expect(shadow(el).querySelector<HTMLInputElement>('input[value="housing"]')!.checked).to.equal(false);
    });
  });
});

/** Presses Continue until check answers: every page left is optional or already answered. */
async function walkToCheckAnswers(el: WaymarkGoals) {
  for (let i = 0; i < 20 && heading(el) !== 'Check your answers'; i++) await clickContinue(el);
  expect(heading(el)).to.equal('Check your answers');
}

async function continueByKeyboardAfterTyping(el: WaymarkGoals, words: string) {
  shadow(el).querySelector('textarea')!.focus();
  await sendKeys({ type: words });
  await continueByKeyboard(el);
}
