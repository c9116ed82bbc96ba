// "Print a booklet" (issue 20): the activities found, grouped by need area and day, in place of
// the list, ready to print; every state through axe, by keyboard.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { WaymarkFinder } from '../../../src/elements/finder/finder.ts';
import { startWorker, worker } from '../../helpers/msw.ts';
import { waitUntil } from '../../helpers/wait.ts';
import demo from '../../../demo/data/activities.json';
import { shiftTab } from '../goals/helpers.ts';
import { active, byText, DIRECTORY, mount, resultNames, serveDemo, tabTo, waitForAnnouncement } from './helpers.ts';

const textOf = (el: Node | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const root = (finder: WaymarkFinder) => finder.shadowRoot!;
const bookletButton = (finder: WaymarkFinder) => root(finder).querySelector<HTMLButtonElement>('.booklet-open');

/** Opens the booklet by keyboard, as a person would, and waits for its title to take focus. */
async function openBooklet(finder: WaymarkFinder) {
  await tabTo(finder, byText('Print a booklet'), 'the "Print a booklet" button');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => textOf(active(finder)) === 'Activities near you', `focus on the booklet's title, not ${textOf(active(finder))}`);
}

/** The booklet as "area / day: names", the shape a reader scans. */
function outline(finder: WaymarkFinder): string[] {
  return [...root(finder).querySelectorAll('.booklet__section')].flatMap((section) =>
    [...section.querySelectorAll('.booklet__day')].map((day) => {
      const names = [...day.nextElementSibling!.querySelectorAll('.booklet__name')].map(textOf);
      return `${textOf(section.querySelector('.booklet__area'))} / ${textOf(day)}: ${names.join(', ')}`;
    }),
  );
}

describe('<waymark-finder> "Print a booklet"', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('shows every activity found under each of its need areas, by day, with its facts; axe clean; Back returns to the button', async function () {
    // Axe over a booklet of the whole demo directory (about 250 entries) takes a while under load.
    this.timeout(90_000);
    serveDemo();
    const finder = await mount();
    expect(bookletButton(finder), 'offered when activities are found').to.exist;
    await expect(finder).to.be.accessible();
    await openBooklet(finder);
    expect(root(finder).querySelector('.results'), 'in place of the list').to.equal(null);
    await expect(finder).to.be.accessible();

    // Need areas in the vocabulary's order, with the finder's own names for them.
    const areas = [...root(finder).querySelectorAll('.booklet__area')].map(textOf);
    expect(areas.slice(0, 3)).to.deep.equal(['Feeling lonely', 'Feeling low or worried', 'Being more active']);
    expect(areas).to.have.length(16);
    // Each activity under every need area it has, and once a day it runs (or under other times).
    const activities = demo.activities as { name: string; needAreas: string[]; schedule?: { days?: string[] }[] }[];
    const listed = [...root(finder).querySelectorAll('.booklet__name')].map(textOf);
    const expected = activities.reduce((sum, a) => {
      const days = new Set((a.schedule ?? []).flatMap((s) => s.days ?? []));
      return sum + a.needAreas.length * Math.max(days.size, 1);
    }, 0);
    expect(listed).to.have.length(expected);
    for (const a of activities) expect(listed, a.name).to.include(a.name.replace(/\s+/g, ' ').trim());

    const lonely = outline(finder).filter((line) => line.startsWith('Feeling lonely / '));
    expect(lonely.map((line) => line.split(':')[0])).to.deep.equal(
      ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Other times, or ask for times']
        .map((day) => `Feeling lonely / ${day}`)
        .filter((d) => lonely.some((line) => line.startsWith(`${d}:`))),
    );
    expect(lonely.at(-1)).to.contain('Phone Friends');
    const phoneFriends = [...root(finder).querySelectorAll('.booklet__item')].find((item) => textOf(item.querySelector('.booklet__name')) === 'Phone Friends')!;
    const facts = Object.fromEntries([...phoneFriends.querySelectorAll('dt')].map((dt) => [textOf(dt), textOf(dt.nextElementSibling)]));
    expect(facts).to.deep.equal({ When: 'One call a week, at a time that suits you', Where: 'By phone', Cost: 'Free', Phone: '01632 960112' });
    expect(phoneFriends.querySelector('a[href^="tel:"]'), 'its phone, to tap').to.exist;
    // On an http page (this test's) a phone could not open a link safely: no QR codes.
    expect(root(finder).querySelectorAll('svg.qr')).to.have.length(0);

    root(finder).querySelector<HTMLElement>('#booklet-title')!.focus();
    await shiftTab();
    expect(textOf(active(finder)), 'Back comes just before the title').to.equal('Back to activities');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(finder) === bookletButton(finder), 'focus back on "Print a booklet"');
  });

  it('holds only the activities found: a search makes a booklet of its results', async () => {
    serveDemo();
    const finder = await mount();
    const search = root(finder).querySelector<HTMLInputElement>('#finder-search')!;
    search.focus();
    await sendKeys({ type: 'walk' });
    await waitForAnnouncement(finder, /activit(y|ies) found/);
    await waitUntil(() => resultNames(finder).length > 0 && resultNames(finder).length < 20, 'the search narrowed the list');
    const found = resultNames(finder);
    await openBooklet(finder);
    expect([...new Set([...root(finder).querySelectorAll('.booklet__name')].map(textOf))].sort()).to.deep.equal([...found].sort());
  });

  it('"Print this booklet" prints the page', async () => {
    serveDemo();
    const finder = await mount();
    await openBooklet(finder);
    const print = window.print;
    let printed = 0;
    // The browser's print dialog would block the test: count the asks instead.
    window.print = () => void printed++;
    try {
      await tabTo(finder, byText('Print this booklet'), 'Print this booklet');
      await sendKeys({ press: 'Enter' });
      expect(printed).to.equal(1);
    } finally {
      window.print = print;
    }
  });

  it('says "someone will meet you" only for an activity whose directory says so', async () => {
    const base = { description: 'A group.', needAreas: ['loneliness'], schedule: [{ days: ['tue'], opens: '10:00' }], contact: { phone: '01632 960123' } };
    worker.use(
      http.get(DIRECTORY, () =>
        HttpResponse.json({
          activities: [
            { ...base, id: 'met', name: 'Met at the door', firstVisit: { someoneMeetsYou: true } },
            { ...base, id: 'alone', name: 'No one meets you', firstVisit: { someoneMeetsYou: false, bringSomeone: true } },
          ],
        }),
      ),
    );
    const finder = await mount();
    await openBooklet(finder);
    const items = [...root(finder).querySelectorAll('.booklet__item')];
    expect(items.map((item) => [textOf(item.querySelector('.booklet__name')), textOf(item.querySelector('.booklet__meets'))])).to.deep.equal([
      ['Met at the door', 'Someone will meet you when you arrive.'],
      ['No one meets you', ''],
    ]);
    await expect(finder).to.be.accessible();
  });

  it('is not offered when the directory is empty, or nothing matches: axe clean', async () => {
    worker.use(http.get(DIRECTORY, () => HttpResponse.json({ activities: [] })));
    const finder = await mount();
    expect(textOf(root(finder).querySelector('#results-title'))).to.equal('No activities found');
    expect(bookletButton(finder)).to.equal(null);
    await expect(finder).to.be.accessible();
  });

  it('is not offered when the directory failed to load: axe clean', async () => {
    worker.use(http.get(DIRECTORY, () => new HttpResponse(null, { status: 503 })));
    const finder = await mount();
    expect(root(finder).querySelector('.failed')).to.exist;
    expect(bookletButton(finder)).to.equal(null);
    await expect(finder).to.be.accessible();
  });
});

describe('<waymark-finder> opened from a booklet\'s QR code', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('starts filtered to the need area its address names', async () => {
    serveDemo();
    const before = location.href;
    history.replaceState(history.state, '', `${location.pathname}?waymark-need-area=money-debt`);
    try {
      const finder = await mount();
      const inArea = (demo.activities as { name: string; needAreas: string[] }[]).filter((a) => a.needAreas.includes('money-debt'));
      expect(textOf(root(finder).querySelector('#results-title'))).to.equal(`${inArea.length} activities found`);
      expect(textOf(root(finder).querySelector('.filters__summary'))).to.contain('1 chosen');
    } finally {
      history.replaceState(history.state, '', before);
    }
  });
});
