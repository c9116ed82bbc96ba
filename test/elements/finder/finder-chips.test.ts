import { expect } from '@open-wc/testing';
import { startWorker, worker } from '../../helpers/msw.ts';
import { waitUntil } from '../../helpers/wait.ts';
import type { GoalsResult, Preferences } from '../../../src/core/model/goals.ts';
import type { WaymarkFinder } from '../../../src/elements/finder/finder.ts';
import { active, byId, mount, sendKeys, serveDemo, tabTo, waitForAnnouncement } from './helpers.ts';

function goals(preferences: Partial<Preferences>): GoalsResult {
  return { needAreas: [], workPathway: 'none', workGoals: [], preferences: { modes: [], days: [], times: [], ...preferences }, crisis: false, answers: [] };
}

const chipTexts = (el: WaymarkFinder) => [...el.shadowRoot!.querySelectorAll('.chip [aria-hidden="true"]')].map((c) => c.textContent!.replace('×', '').trim());
const count = (el: WaymarkFinder) => el.shadowRoot!.querySelector('#results-title')!.textContent!.trim();

async function withAnswers(preferences: Partial<Preferences>): Promise<WaymarkFinder> {
  const el = await mount();
  el.goals = goals(preferences);
  await el.updateComplete;
  return el;
}

// The demo directory: 70 activities; 22 on Tuesdays, 20 on Tuesday mornings, 19 of them step-free;
// none on Sunday evenings (2 on Sundays, 12 in the evening).
describe('<waymark-finder>: the person’s answers as chips', () => {
  before(startWorker);
  beforeEach(() => serveDemo());
  afterEach(() => worker.resetHandlers());

  it('starts with the answers applied, shown as chips, with the count', async () => {
    const el = await withAnswers({ days: ['tue'], times: ['morning'], access: ['step-free'] });
    expect(el.shadowRoot!.querySelector('.chips__title')!.textContent).to.equal('From your answers:');
    expect(chipTexts(el)).to.deep.equal(['Tuesday', 'Morning (before midday)', 'Step-free access']);
    expect(count(el)).to.equal('19 activities found');
    // The filter form shows the same choices: one state, two views.
    expect(el.shadowRoot!.querySelector('.filters__summary')!.textContent!.trim()).to.equal('Filter results (3 chosen)');
    const names = [...el.shadowRoot!.querySelectorAll('.chip .visually-hidden')].map((n) => n.textContent);
    expect(names).to.deep.equal(['Remove filter: Tuesday', 'Remove filter: Morning (before midday)', 'Remove filter: Step-free access']);
    await expect(el).to.be.accessible();
  });

  it('shows no chips without answers, and none for a choice that narrows nothing', async () => {
    const el = await withAnswers({ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], modes: ['in-person', 'online', 'phone'] });
    expect(el.shadowRoot!.querySelector('.chips')).to.equal(null);
    expect(count(el)).to.equal('70 activities found');
  });

  it('removes a chip by keyboard: the search widens, the count is announced and focus moves to the next chip', async () => {
    const el = await withAnswers({ days: ['tue'], times: ['morning'], access: ['step-free'] });
    await tabTo(el, byId('chip-times-morning'), 'the "Morning" chip');
    await sendKeys({ press: 'Enter' });
    await waitForAnnouncement(el, 'Removed filter: Morning (before midday). 21 activities found');
    expect(chipTexts(el)).to.deep.equal(['Tuesday', 'Step-free access']);
    expect(count(el)).to.equal('21 activities found');
    await waitUntil(() => active(el)?.id === 'chip-access-step-free', 'focus did not move to the next chip');

    await sendKeys({ press: 'Space' });
    await waitForAnnouncement(el, 'Removed filter: Step-free access. 22 activities found');
    await waitUntil(() => active(el)?.id === 'chip-days-tue', 'focus did not move back to the chip before');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    await waitForAnnouncement(el, 'Removed filter: Tuesday. 70 activities found');
    expect(el.shadowRoot!.querySelector('.chips'), 'no chips left').to.equal(null);
    await waitUntil(() => active(el)?.id === 'results-title', 'focus did not go to the count when the last chip went');
    await expect(el).to.be.accessible();
  });

  it('counts in the language’s plural forms', async () => {
    const el = await withAnswers({ days: ['sun'], access: ['hearing-loop'] });
    expect(count(el)).to.equal('1 activity found');
  });

  it('when nothing matches, names each chip to remove and how many it would show, and never leaves a dead end', async () => {
    const el = await withAnswers({ days: ['sun'], times: ['evening'] });
    expect(count(el)).to.equal('No activities found');
    const text = el.shadowRoot!.querySelector('.no-match')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('No activities match all of your answers.');
    const offers = [...el.shadowRoot!.querySelectorAll('.no-match button')].map((b) => b.textContent!.trim());
    expect(offers, 'most results first').to.deep.equal(['Remove Sunday to see 12 activities', 'Remove Evening (after 5pm) to see 2 activities']);
    await expect(el).to.be.accessible();

    const offer = await tabTo(el, (n) => n.textContent!.trim() === 'Remove Sunday to see 12 activities', 'the offer to remove Sunday');
    expect(offer.localName).to.equal('button');
    await sendKeys({ press: 'Enter' });
    await waitForAnnouncement(el, 'Removed filter: Sunday. 12 activities found');
    expect(chipTexts(el)).to.deep.equal(['Evening (after 5pm)']);
    await expect(el).to.be.accessible();
  });

  it('offers to remove every answer’s filter when no one chip is to blame', async () => {
    const el = await withAnswers({ days: ['sun'], times: ['evening'] });
    // A search that also matches nothing alone: no single chip brings results back.
    await tabTo(el, byId('finder-search'), 'the search box');
    await sendKeys({ type: 'xylophone' });
    await waitUntil(() => el.shadowRoot!.querySelector('.no-match .button'), 'no way on');
    const all = el.shadowRoot!.querySelector<HTMLButtonElement>('.no-match .button')!;
    expect(all.textContent!.trim()).to.equal('Remove all the filters from your answers');
    await expect(el).to.be.accessible();
    all.click();
    await waitUntil(() => !el.shadowRoot!.querySelector('.chips'), 'chips stayed');
    expect(el.shadowRoot!.textContent).to.contain('Try fewer or different words');
  });

  it('keeps the chips and the filter form in step, and keeps a removed chip removed when the same answers come again', async () => {
    const el = await withAnswers({ days: ['tue'], times: ['morning'] });
    el.shadowRoot!.querySelector<HTMLButtonElement>('#chip-days-tue')!.click();
    await waitUntil(() => chipTexts(el).length === 1, 'chip not removed');
    el.goals = goals({ days: ['tue'], times: ['morning'] });
    await el.updateComplete;
    expect(chipTexts(el)).to.deep.equal(['Morning (before midday)']);

    // Unticking a value in the filter form takes its chip away too.
    el.shadowRoot!.querySelector<HTMLDetailsElement>('.filters')!.open = true;
    await el.updateComplete;
    [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="filter-times"]')].find((i) => i.value === 'morning')!.click();
    await waitUntil(() => !el.shadowRoot!.querySelector('.chips'), 'the chip stayed after unticking');
    expect(count(el)).to.equal('70 activities found');

    // New answers replace the old answers' filters.
    el.goals = goals({ days: ['wed'], maxMiles: 3 });
    await el.updateComplete;
    expect(chipTexts(el)).to.deep.equal(['Wednesday', 'Within 3 miles']);
  });
});
