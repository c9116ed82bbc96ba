// Directory text is the service's, in whatever language it was written; the page around it may be
// Arabic or Urdu. Each piece gets dir="auto" (issue 15): English text in the Arabic layout keeps
// its full stop at its end, not flipped to the front (".and feel better").
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/elements/finder/define.ts';
import '../../src/elements/plan/define.ts';
import type { WaymarkFinder } from '../../src/elements/finder/finder.ts';
import { Activity } from '../../src/core/model/activity.ts';
import { switchLocale } from '../../src/i18n/localization.ts';
import { startWorker, worker } from '../helpers/msw.ts';
import { settled } from '../helpers/settled.ts';
import { waitUntil } from '../helpers/wait.ts';

const SUMMARY = 'A 10-week art course to help you relax and feel better.';
const art = {
  id: 'art', name: 'Art for Wellbeing (Ashby Vale)', summary: SUMMARY, description: 'Paint, draw and chat.\nAll materials provided.',
  organisation: { name: 'Vale Arts Ltd.' }, contact: { name: 'Sam (tutor).', phone: '01632 960111' },
  locations: [{ name: 'Old School', address: 'Mill Lane, Ashby Vale.', accessibility: ['Step-free entrance.'] }],
  cost: { free: false, description: '£2 a week.' },
};
const config = { directory: { src: '/direction-test/activities.json' }, service: { name: 'Ashby Vale Connect', phone: '01632 960000' } };

/** Left edges of the first and last character of `el`'s text, as laid out. */
function ends(el: Element): { first: number; last: number } {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
  const node = walker.nextNode() as Text;
  const text = node.textContent!;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  const at = (i: number) => {
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    return range.getBoundingClientRect().left;
  };
  return { first: at(start), last: at(end - 1) };
}

/** English text ending in a full stop reads left to right: the stop is to the right of the first letter. */
function expectReadsLeftToRight(el: Element | null | undefined, what: string) {
  expect(el, what).to.exist;
  expect(el!.closest('[dir="rtl"]'), `${what} is inside the right-to-left layout`).to.exist;
  const { first, last } = ends(el!);
  expect(last, `${what}: "${el!.textContent!.trim()}" keeps its last character at its end`).to.be.greaterThan(first);
}

describe('directory text in a right-to-left page (issue 15)', () => {
  before(startWorker);
  beforeEach(() => worker.use(http.get('/direction-test/activities.json', () => HttpResponse.json({ activities: [art] }))));
  afterEach(async () => {
    worker.resetHandlers();
    await switchLocale('en');
  });

  it('the finder: each result and its details keep English punctuation in place, and pass axe', async () => {
    const el = await fixture<WaymarkFinder>(html`<waymark-finder lang="ar" .config=${config}></waymark-finder>`);
    await settled(el);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('.result') && root.querySelector<HTMLElement>('.waymark-root')?.dir === 'rtl', 'an Arabic result');
    expectReadsLeftToRight(root.querySelector('.result__summary'), 'the summary');
    expectReadsLeftToRight(root.querySelector('.result__name'), 'the name');
    expectReadsLeftToRight(root.querySelector('.result__org'), 'the organisation');
    await expect(el).to.be.accessible();

    root.querySelector<HTMLButtonElement>('.details-button')!.click();
    await waitUntil(() => root.querySelector('.details'), 'the details');
    expectReadsLeftToRight(root.querySelector('.details__lead'), 'the summary in the details');
    const paragraphs = [...root.querySelectorAll('.details p')].filter((p) => p.textContent!.trim() === 'Paint, draw and chat.');
    expectReadsLeftToRight(paragraphs[0], 'a paragraph of the description');
    const access = [...root.querySelectorAll('.details li')].find((li) => li.textContent!.trim() === 'Step-free entrance.');
    expectReadsLeftToRight(access, 'an accessibility note');
    const contact = [...root.querySelectorAll('.contact-list li')].find((li) => li.textContent!.trim() === 'Sam (tutor).');
    expectReadsLeftToRight(contact, 'the contact name');
    await expect(el).to.be.accessible();
  });

  it('the plan: names and facts keep English punctuation in place', async () => {
    const el = await fixture<HTMLElement>(html`<waymark-plan lang="ar" .config=${config} .activities=${[Activity.parse(art)]}></waymark-plan>`);
    await settled(el as never);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('.plan-item') && root.querySelector<HTMLElement>('.waymark-root')?.dir === 'rtl', 'an Arabic plan');
    expectReadsLeftToRight(root.querySelector('.plan-item h3'), 'the name');
    expectReadsLeftToRight(root.querySelector('.plan-item__org'), 'the organisation');
    const cost = [...root.querySelectorAll('.plan-item dd')].find((dd) => dd.textContent!.trim() === '£2 a week.');
    expectReadsLeftToRight(cost, 'the cost');
    await expect(el).to.be.accessible();
  });
});
