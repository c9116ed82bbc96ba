// "Checked March 2026" on each card (issue 20, part B): the month a listing was last checked, in
// the person's language, and a kind "check before you go" once it is over a year old.
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/finder/define.ts';
import type { WaymarkFinder } from '../../../src/elements/finder/finder.ts';
import { switchLocale } from '../../../src/i18n/localization.ts';
import { startWorker, worker } from '../../helpers/msw.ts';
import { settled } from '../../helpers/settled.ts';
import { waitUntil } from '../../helpers/wait.ts';

const SRC = '/finder-checked/activities.json';
const config = { directory: { src: SRC }, service: { name: 'Ashby Vale Connect', phone: '01632 960000' } };

/** `YYYY-MM-15` some whole months before today (the 15th, so no month is short of it). */
function monthsAgo(months: number): string {
  const d = new Date();
  d.setUTCDate(15);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

const activity = (id: string, name: string, lastChecked?: string) => ({
  id, name, contact: { phone: '01632 960111' }, modes: ['in-person'], ...(lastChecked ? { lastChecked } : {}),
});
const recent = monthsAgo(1);
const old = monthsAgo(14);
const activities = [activity('recent', 'Walk and Talk', recent), activity('old', 'Knit and Natter', old), activity('unknown', 'Men’s Shed')];

function card(el: WaymarkFinder, name: string): HTMLElement {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.result')].find((r) => r.querySelector('.result__name')!.textContent!.trim() === name)!;
}
const checkedText = (el: WaymarkFinder, name: string) => card(el, name).querySelector('.checked')?.textContent!.replace(/\s+/g, ' ').trim();
const englishMonth = (iso: string) => new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));

async function mount(lang = 'en'): Promise<WaymarkFinder> {
  const el = await fixture<WaymarkFinder>(html`<waymark-finder lang=${lang} .config=${config}></waymark-finder>`);
  await settled(el);
  await waitUntil(() => el.shadowRoot!.querySelectorAll('.result').length === 3, 'three results');
  return el;
}

describe('<waymark-finder>: when each listing was checked', () => {
  before(startWorker);
  beforeEach(() => worker.use(http.get(SRC, () => HttpResponse.json({ activities }))));
  afterEach(async () => {
    worker.resetHandlers();
    await switchLocale('en');
  });

  it('says the month a recent listing was checked, warns kindly on an old one, and says nothing when unknown', async function () {
    this.timeout(20000);
    const el = await mount();
    expect(checkedText(el, 'Walk and Talk')).to.equal(`Checked ${englishMonth(recent)}`);
    expect(card(el, 'Walk and Talk').querySelector('.stale')).to.equal(null);
    expect(checkedText(el, 'Knit and Natter')).to.equal(
      `Checked ${englishMonth(old)}. That was over a year ago. Please contact them before you go, to check it is still on.`,
    );
    expect(card(el, 'Knit and Natter').querySelector('.checked')!.classList.contains('stale')).to.equal(true);
    expect(card(el, 'Men’s Shed').querySelector('.checked')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('names the month in the person’s language: Polish through Intl, Welsh through Waymark’s own words', async function () {
    this.timeout(20000);
    const pl = await mount('pl');
    const polishMonth = new Intl.DateTimeFormat('pl', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${recent}T12:00:00Z`));
    await waitUntil(() => checkedText(pl, 'Walk and Talk')?.includes(polishMonth), `Polish month ${polishMonth}`);
    expect(checkedText(pl, 'Walk and Talk')).not.to.contain('Checked');
    await expect(pl).to.be.accessible();

    const cy = await mount('cy');
    const welsh = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
    const month = welsh[new Date(`${recent}T12:00:00Z`).getUTCMonth()]!;
    await waitUntil(() => checkedText(cy, 'Walk and Talk')?.includes(`${month} ${recent.slice(0, 4)}`), `Welsh month ${month}`);
    await expect(cy).to.be.accessible();
  });
});
