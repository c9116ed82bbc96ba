import { expect } from '@open-wc/testing';
import { startWorker, worker } from '../../helpers/msw.ts';
import { active, announced, byId, byText, mount, resultNames, sendKeys, serveDemo, tabTo, waitForAnnouncement } from './helpers.ts';
import { waitUntil } from '../../helpers/wait.ts';

describe('<waymark-finder>: search and filters by keyboard', () => {
  before(startWorker);
  beforeEach(() => serveDemo());
  afterEach(() => worker.resetHandlers());

  it('lists the directory A to Z, 20 at a time, and announces the count from a live region that was there from the start', async () => {
    const el = await mount();
    expect(resultNames(el)).to.have.length(20);
    expect(resultNames(el)[0]).to.equal('Arts on Prescription');
    await waitForAnnouncement(el, '70 activities found');
    expect(el.shadowRoot!.querySelector('.results__title')!.textContent).to.contain('70 activities found');
    await expect(el).to.be.accessible();
  });

  it('finds "café" and "cafe" alike, in any word order, as a person types', async () => {
    const el = await mount();
    await tabTo(el, byId('finder-search'), 'the search box');
    await sendKeys({ type: 'cafe memo' });
    await waitUntil(() => resultNames(el).length === 1, 'search did not narrow');
    expect(resultNames(el)).to.deep.equal(['Westbury Memory Café']);
    await waitForAnnouncement(el, '1 activity found');
    await expect(el).to.be.accessible();
  });

  it('says clearly when nothing matches', async () => {
    const el = await mount();
    await tabTo(el, byId('finder-search'), 'the search box');
    await sendKeys({ type: 'xylophone' });
    await waitForAnnouncement(el, 'No activities found');
    expect(el.shadowRoot!.textContent).to.contain('Try fewer or different words');
    await expect(el).to.be.accessible();
  });

  it('moves focus to the result count when the person presses Search', async () => {
    const el = await mount();
    await tabTo(el, byId('finder-search'), 'the search box');
    await sendKeys({ type: 'walk' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.id === 'results-title', 'focus did not move to the results');
    expect(active(el)!.textContent).to.match(/\d+ activities found/);
  });

  it('opens the filters and narrows to free activities on a Tuesday, by keyboard', async () => {
    const el = await mount();
    await tabTo(el, byText('Filter results'), 'the filters');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('details.filters')!.hasAttribute('open'), 'filters did not open');
    await expect(el).to.be.accessible();

    // Tuesday is the second day in the days group (ids: filter-days, filter-days-1, …).
    await tabTo(el, byId('filter-days-1'), 'Tuesday');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => el.shadowRoot!.querySelector('.filters__summary')!.textContent!.includes('1 chosen'), 'day not applied');

    await tabTo(el, byId('filter-cost'), 'the free-only box');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => el.shadowRoot!.querySelector('.filters__summary')!.textContent!.includes('2 chosen'), 'free only not applied');
    await waitForAnnouncement(el, /^\d+ activities found/);
    const names = resultNames(el);
    expect(names.length).to.be.greaterThan(0);
    expect(names.length).to.be.lessThan(20);
    for (const card of el.shadowRoot!.querySelectorAll('.result')) {
      expect(card.textContent).to.match(/Free/);
      expect(card.textContent).to.match(/Tuesday|Monday to Friday|Every day/);
    }
    await expect(el).to.be.accessible();

    await tabTo(el, byText('Clear filters'), 'Clear filters');
    await sendKeys({ press: 'Enter' });
    await waitForAnnouncement(el, '70 activities found');
    expect(active(el)?.classList.contains('filters__summary')).to.equal(true);
  });

  it('explains an age that is not a number, and ignores it until it is', async () => {
    const el = await mount();
    await tabTo(el, byText('Filter results'), 'the filters');
    await sendKeys({ press: 'Enter' });
    await tabTo(el, byId('filter-age'), 'the age box');
    await sendKeys({ type: 'ten' });
    await waitUntil(() => el.shadowRoot!.querySelector('#filter-age-error'), 'no age error');
    expect(el.shadowRoot!.querySelector('#filter-age-error')!.textContent).to.contain('Enter your age as a number');
    expect(el.shadowRoot!.querySelector('#filter-age')!.getAttribute('aria-describedby')).to.contain('filter-age-error');
    expect(resultNames(el)).to.have.length(20);
    await expect(el).to.be.accessible();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '16' });
    await waitUntil(() => !el.shadowRoot!.querySelector('#filter-age-error'), 'age error stayed');
    await waitUntil(() => !announced(el).startsWith('70'), 'age filter not applied');
  });

  it('puts the goals from the needs attribute first, saying why', async () => {
    const el = await mount({ needs: 'money-debt' });
    const first = el.shadowRoot!.querySelector('.result')!;
    expect(first.querySelector('.tag')!.textContent).to.equal('Matches: money and debt');
    expect(resultNames(el).slice(0, 12)).to.include.members(['Vale Money Line', 'Vale Advice Centre', 'Ashby Vale Food Bank']);
    await expect(el).to.be.accessible();
  });

  it('never pushes work to the top after "not right now"', async () => {
    const el = await mount();
    el.goals = {
      needAreas: [{ id: 'work', score: 9, reasons: [] }, { id: 'loneliness', score: 3, reasons: [] }],
      workPathway: 'direct',
      workGoals: ['not-now'],
      preferences: { modes: [], days: [], times: [] },
      crisis: false,
      answers: [],
    };
    await el.updateComplete;
    const tags = [...el.shadowRoot!.querySelectorAll('.result')].slice(0, 5).map((r) => r.querySelector('.tag')?.textContent);
    expect(tags.every((t) => t === 'Matches: feeling lonely')).to.equal(true);
  });
});
