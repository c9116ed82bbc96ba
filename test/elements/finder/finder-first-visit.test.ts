import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { startWorker, worker } from '../../helpers/msw.ts';
import { DIRECTORY, mount, resultNames } from './helpers.ts';
import demo from '../../../demo/data/activities.json';
import { waitUntil } from '../../helpers/wait.ts';

// Issue 16: what the directory knows of a first visit is on the card, and what it does not know is
// not said. The demo's first two activities, one given a first visit and one left without.
const [withVisit, without] = demo.activities.slice(0, 2).map((a) => ({ ...a }));
const directory = {
  activities: [
    { ...withVisit, firstVisit: { someoneMeetsYou: true, bringSomeone: true, gettingThere: 'Bus 21 stops outside.' } },
    without,
  ],
};

function card(el: HTMLElement, name: string): HTMLElement {
  const cards = [...el.shadowRoot!.querySelectorAll<HTMLElement>('li')];
  const found = cards.find((c) => c.querySelector('h3, h2')?.textContent?.includes(name));
  if (!found) throw new Error(`no card for ${name}`);
  return found;
}

describe('<waymark-finder>: the first visit on the card', () => {
  before(startWorker);
  beforeEach(() => worker.use(http.get(DIRECTORY, () => HttpResponse.json(directory))));
  afterEach(() => worker.resetHandlers());

  it('says someone will meet you, you can bring someone and how to get there; says nothing where the directory does not', async function () {
    this.timeout(30000);
    const el = await mount();
    expect(resultNames(el)).to.have.members([withVisit!.name, without!.name]);
    const told = card(el, withVisit!.name).textContent!.replace(/\s+/g, ' ');
    expect(told).to.contain('Your first visit');
    expect(told).to.contain('Someone will meet you when you arrive. You can bring someone with you. Getting there: Bus 21 stops outside.');
    const silent = card(el, without!.name).textContent!;
    expect(silent).not.to.contain('Your first visit');
    expect(silent).not.to.contain('Please come on your own');
    await expect(el).to.be.accessible();
  });

  it('says it again in the details, under its own heading', async function () {
    this.timeout(30000);
    const el = await mount();
    card(el, withVisit!.name).querySelector<HTMLButtonElement>('.details-button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.details'), 'details open');
    const details = el.shadowRoot!.querySelector('.details')!;
    const heading = [...details.querySelectorAll('h3, h4')].find((h) => h.textContent === 'Your first visit');
    expect(heading, 'a heading for the first visit').to.exist;
    expect(details.textContent!.replace(/\s+/g, ' ')).to.contain('Someone will meet you when you arrive. You can bring someone with you. Getting there: Bus 21 stops outside.');
    await expect(el).to.be.accessible();
  });
});
