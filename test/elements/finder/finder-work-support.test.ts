import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { startWorker, worker } from '../../helpers/msw.ts';
import { waitUntil } from '../../helpers/wait.ts';
import type { GoalsResult } from '../../../src/core/model/goals.ts';
import type { GapDetail } from '../../../src/events.ts';
import { CONFIG, mount, sendKeys, serveDemo, tabTo, byId } from './helpers.ts';
import demo from '../../../demo/data/activities.json';

const NO_WORK_SUPPORT = '/finder-test/no-work-support.json';

function wantsWorkHelp(workGoals: GoalsResult['workGoals'] = ['find-work']): GoalsResult {
  return {
    needAreas: [{ id: 'work', score: 3, reasons: [] }],
    workPathway: workGoals.includes('not-now') ? 'none' : 'direct',
    workGoals,
    preferences: { modes: [], days: [], times: [] },
    crisis: false,
    answers: [],
  };
}

/** Listens on the document, as a host page counting gaps would. */
function gapEvents(): GapDetail[] {
  const seen: GapDetail[] = [];
  document.addEventListener('waymark-gap', (e) => seen.push((e as CustomEvent<GapDetail>).detail));
  return seen;
}

const section = (el: HTMLElement) => el.shadowRoot!.querySelector('.work-support');

describe('<waymark-finder>: other places to get help with work', () => {
  before(startWorker);
  beforeEach(() => {
    serveDemo();
    // The demo directory without any employment support.
    const activities = demo.activities.filter((a) => !a.needAreas.includes('work') && !('pathways' in a && (a.pathways as string[]).includes('work-direct')));
    worker.use(http.get(NO_WORK_SUPPORT, () => HttpResponse.json({ activities })));
  });
  afterEach(() => worker.resetHandlers());

  it('lists national routes with phone numbers when someone asked for help with work and none is near, and counts the gap once, anonymously', async () => {
    const seen = gapEvents();
    const el = await mount({ src: NO_WORK_SUPPORT });
    el.goals = wantsWorkHelp();
    await el.updateComplete;
    await waitUntil(() => section(el), 'no list of work support');
    const text = section(el)!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Other places to get help with work');
    expect(text).to.contain('Jobcentre Plus');
    const call = [...section(el)!.querySelectorAll('a')].find((a) => a.textContent === 'Call 0800 121 7479')!;
    expect(call.getAttribute('href')).to.equal('tel:08001217479');
    await waitUntil(() => seen.length === 1, 'no gap event');
    expect(seen[0]).to.deep.equal({ element: 'waymark-finder', gap: 'work-support' });

    // Searching and filtering are not new gaps.
    await tabTo(el, byId('finder-search'), 'the search box');
    await sendKeys({ type: 'walk' });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 200));
    expect(seen).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('shows the service’s own list instead of Waymark’s', async () => {
    const el = await mount({
      src: NO_WORK_SUPPORT,
      config: { ...CONFIG, workSupport: [{ id: 'ips', name: 'Vale IPS Service', description: 'Help to find work', call: '01632 960123' }] },
    });
    el.goals = wantsWorkHelp(['stay-or-return']);
    await waitUntil(() => section(el), 'no list of work support');
    const text = section(el)!.textContent!;
    expect(text).to.contain('Vale IPS Service');
    expect(text).not.to.contain('Jobcentre Plus');
    await expect(el).to.be.accessible();
  });

  it('shows nothing extra when employment support is near, or when the person said "not right now"', async () => {
    const seen = gapEvents();
    const near = await mount();
    near.goals = wantsWorkHelp();
    await near.updateComplete;
    expect(section(near)).to.equal(null);

    const notNow = await mount({ src: NO_WORK_SUPPORT });
    notNow.goals = wantsWorkHelp(['not-now']);
    await notNow.updateComplete;
    expect(section(notNow)).to.equal(null);
    expect(seen).to.deep.equal([]);
  });
});
