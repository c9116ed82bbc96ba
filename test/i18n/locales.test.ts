import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
// Each element's own registration, not src/index.ts: this is about languages, not how the one script tag loads elements.
import '../../src/elements/urgent-help/define.ts';
import '../../src/elements/goals/define.ts';
import '../../src/elements/finder/define.ts';
import '../../src/elements/plan/define.ts';
import '../../src/elements/request-call/define.ts';
import '../../src/elements/journey/define.ts';
import { LOCALES } from '../../src/core/model/config.ts';
import { Activity } from '../../src/core/model/activity.ts';
import { switchLocale } from '../../src/i18n/localization.ts';
import activities from '../../demo/data/activities.json';
import { startWorker, worker } from '../helpers/msw.ts';
import { settled } from '../helpers/settled.ts';
import { waitUntil } from '../helpers/wait.ts';

/**
 * Words that are the same in every language, so seeing them in English is not a missed
 * translation: names of services and languages, and symbols.
 */
const SAME_IN_EVERY_LANGUAGE = new Set(['NHS 111', 'Samaritans', 'Shout', 'English', 'Cymraeg', 'Polski', 'اردو', 'العربية', 'বাংলা', 'A&E', 'NHS', '0', '10']);

/** Words that a language really shares with English (Welsh "Cost" is the Welsh word for cost). */
const SAME_WORD: Partial<Record<string, Set<string>>> = { cy: new Set(['Cost']), pl: new Set(['Online']) };

let englishSources: Set<string>;

/** Every English UI string with no placeholder, read from the XLIFF that `lit-localize extract` writes. */
async function loadEnglishSources(): Promise<Set<string>> {
  const xml = await (await fetch('/locales/cy.xlf')).text();
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const sources = [...doc.querySelectorAll('trans-unit > source')].filter((s) => s.children.length === 0).map((s) => s.textContent!.trim());
  return new Set(sources);
}

/** The text of every element with no element children, through nested shadow roots. */
function leafTexts(root: ShadowRoot): string[] {
  const out: string[] = [];
  const walk = (r: ShadowRoot | Element) => {
    for (const el of r.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      if (el.children.length === 0 && el.closest('[hidden]') === null) {
        const text = el.textContent!.replace(/\s+/g, ' ').trim();
        if (text) out.push(text);
      }
    }
  };
  walk(root);
  return out;
}

const config = {
  service: { name: 'Ashby Vale Social Prescribing', phone: '01632 960000', privacyNoticeUrl: 'https://example.org/privacy' },
  directory: { src: '/i18n-test/activities.json' },
  referral: { endpoint: '/i18n-test/referrals' },
  languages: { enabled: [...LOCALES], picker: true },
};

const plan = (activities.activities as unknown[]).slice(0, 2).map((a) => Activity.parse(a));

const ELEMENTS: [string, () => ReturnType<typeof html>][] = [
  ['waymark-urgent-help', () => html`<waymark-urgent-help .config=${config}></waymark-urgent-help>`],
  ['waymark-goals', () => html`<waymark-goals .config=${config}></waymark-goals>`],
  ['waymark-finder', () => html`<waymark-finder .config=${config}></waymark-finder>`],
  ['waymark-plan', () => html`<waymark-plan .config=${config} .activities=${plan}></waymark-plan>`],
  ['waymark-request-call', () => html`<waymark-request-call .config=${config}></waymark-request-call>`],
  ['waymark-journey', () => html`<waymark-journey .config=${config}></waymark-journey>`],
];

describe('every element in every language', () => {
  before(async () => {
    await startWorker();
    englishSources = await loadEnglishSources();
  });
  beforeEach(() => worker.use(http.get('/i18n-test/activities.json', () => HttpResponse.json(activities))));
  afterEach(async () => {
    worker.resetHandlers();
    await switchLocale('en');
  });

  for (const [tag, template] of ELEMENTS) {
    it(`${tag} switches between all six languages at runtime`, async function () {
      this.timeout(60000);
      const el = await fixture<HTMLElement>(template());
      await settled(el as never);
      const wrapper = () => el.shadowRoot!.querySelector<HTMLElement>('.waymark-root')!;
      if (tag === 'waymark-finder') await waitUntil(() => el.shadowRoot!.querySelector('.result'), 'results');
      // The plan's QR encoder loads on demand; compare the plan once it is complete.
      if (tag === 'waymark-plan') await waitUntil(() => el.shadowRoot!.querySelector('svg.qr'), 'QR code');
      const english = leafTexts(el.shadowRoot!).join(' | ');

      for (const locale of [...LOCALES.filter((l) => l !== 'en'), 'en']) {
        el.setAttribute('lang', locale);
        await waitUntil(() => wrapper().lang === locale, `${tag} in ${locale}`);
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(wrapper().dir, `${tag} dir in ${locale}`).to.equal(locale === 'ur' || locale === 'ar' ? 'rtl' : 'ltr');
        const texts = leafTexts(el.shadowRoot!);
        if (locale === 'en') {
          expect(texts.join(' | ')).to.equal(english);
        } else {
          const untranslated = texts.filter((t) => englishSources.has(t) && !SAME_IN_EVERY_LANGUAGE.has(t) && !SAME_WORD[locale]?.has(t));
          expect(untranslated, `${tag} has English left in ${locale}`).to.deep.equal([]);
          expect(texts.join(' | ')).not.to.equal(english);
        }
        await expect(el).to.be.accessible();
      }
    });
  }

  it('follows the page language when the element has none, and the element lang over the page', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="cy"><waymark-urgent-help .config=${config}></waymark-urgent-help></div>`);
    const el = host.querySelector('waymark-urgent-help')!;
    await settled(el as never);
    const wrapper = () => el.shadowRoot!.querySelector<HTMLElement>('.waymark-root')!;
    await waitUntil(() => wrapper().lang === 'cy', 'page language');
    el.setAttribute('lang', 'pl');
    await waitUntil(() => wrapper().lang === 'pl', 'element language wins');
  });

  it('offers a picker with each language in its own name, and switches when one is chosen', async () => {
    const el = await fixture<HTMLElement>(html`<waymark-urgent-help .config=${config}></waymark-urgent-help>`);
    await settled(el as never);
    const options = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.language-picker__option')];
    expect(options.map((o) => [o.lang, o.textContent!.trim()])).to.deep.equal([
      ['en', 'English'], ['cy', 'Cymraeg'], ['pl', 'Polski'], ['ur', 'اردو'], ['ar', 'العربية'], ['bn', 'বাংলা'],
    ]);
    options[1]!.click();
    await waitUntil(() => el.shadowRoot!.querySelector<HTMLElement>('.waymark-root')!.lang === 'cy', 'Welsh chosen');
    expect(el.shadowRoot!.querySelector('[aria-current="true"]')!.textContent!.trim()).to.equal('Cymraeg');
  });
});
