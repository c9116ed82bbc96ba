import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse, passthrough } from 'msw';
import '../../src/elements/finder/define.ts';
import '../../src/elements/plan/define.ts';
import '../../src/elements/request-call/define.ts';
import { Activity } from '../../src/core/model/activity.ts';
import type { WaymarkFinder } from '../../src/elements/finder/finder.ts';
import type { WaymarkPlan } from '../../src/elements/plan/plan.ts';
import type { WaymarkRequestCall } from '../../src/elements/request-call/request-call.ts';
import { followUpQuestion } from '../../src/elements/request-call/follow-up.ts';
import { config as requestCallConfig } from '../elements/request-call/helpers.ts';
import { activeLocale, switchLocale, useMessages } from '../../src/i18n/localization.ts';
import activities from '../../demo/data/activities.json';
import { startWorker, worker } from '../helpers/msw.ts';
import { settled } from '../helpers/settled.ts';
import { CONFIG, DIRECTORY, serveDemo } from '../elements/finder/helpers.ts';
import { waitUntil } from '../helpers/wait.ts';

// Each language is split by element (scripts/split-locales.ts); an element loads `common` and
// its own part. Which parts this page has fetched, from the browser's own record of requests.
const fetched: string[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const part = /\/i18n\/generated\/([a-z]+\/[\w-]+)\.ts/.exec(entry.name)?.[1];
    if (part) fetched.push(part);
  }
}).observe({ type: 'resource' });
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** The plain translated strings of a generated part (those without placeholders). */
async function strings(locale: string, part: string): Promise<Set<string>> {
  const { templates } = (await import(`../../src/i18n/generated/${locale}/${part}.ts`)) as { templates: Record<string, unknown> };
  return new Set(Object.values(templates).filter((t): t is string => typeof t === 'string'));
}

/** The text of every element with no element children, through nested shadow roots. */
function leafTexts(root: ShadowRoot): string[] {
  const out: string[] = [];
  const walk = (r: ShadowRoot | Element) => {
    for (const el of r.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      const text = el.children.length === 0 ? el.textContent!.replace(/\s+/g, ' ').trim() : '';
      if (text) out.push(text);
    }
  };
  walk(root);
  return out;
}

const shows = (el: HTMLElement, wanted: Set<string>) => leafTexts(el.shadowRoot!).filter((t) => wanted.has(t));

const plan = (activities.activities as unknown[]).slice(0, 2).map((a) => Activity.parse(a));

describe('languages in parts', () => {
  before(startWorker);
  beforeEach(() => serveDemo());
  afterEach(() => worker.resetHandlers());
  after(() => switchLocale('en'));

  it('a Welsh finder alone fetches only the common and finder parts, and shows both in Welsh', async () => {
    const el = await fixture<WaymarkFinder>(html`<waymark-finder lang="cy" directory-src=${DIRECTORY} .config=${CONFIG}></waymark-finder>`);
    await settled(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.waymark-root')?.getAttribute('lang') === 'cy', 'Welsh');
    await waitUntil(() => el.shadowRoot!.querySelector('.result'), 'results');
    const [own, common] = [await strings('cy', 'finder'), await strings('cy', 'common')];
    await waitUntil(() => shows(el, own).length > 0 && shows(el, common).length > 0, 'Welsh from both parts');
    expect(shows(el, own), 'from the finder part').not.to.be.empty;
    expect(shows(el, common), 'from the common part').not.to.be.empty;
    await settle();
    expect([...new Set(fetched)].sort()).to.deep.equal(['cy/common', 'cy/finder']);
  });

  it('an element added after Welsh is on loads its own part then, and re-renders in Welsh', async () => {
    await switchLocale('cy');
    await settle();
    expect(fetched, 'the plan part before any plan is on the page').not.to.include('cy/plan');

    // Hold the part back until the plan has rendered, so it has to re-render when it comes.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    worker.use(http.get(/\/i18n\/generated\/cy\/plan\.ts/, async () => {
      await held;
      return passthrough();
    }));
    const el = await fixture<WaymarkPlan>(html`<waymark-plan lang="cy" .config=${CONFIG} .activities=${plan}></waymark-plan>`);
    await settled(el);
    // The QR encoder loads on demand and re-renders the plan; let that happen first.
    await waitUntil(() => el.shadowRoot!.querySelector('svg.qr'), 'QR code');
    const heading = () => el.shadowRoot!.querySelector('h2')!.textContent!.trim();
    expect(heading(), 'before its part has arrived').to.equal('My plan');
    expect(shows(el, await strings('cy', 'common')), 'common is already Welsh').not.to.be.empty;

    release();
    await waitUntil(() => heading() === 'Fy nghynllun', 'the plan in Welsh');
    expect(fetched).to.include('cy/plan');
    expect(shows(el, await strings('cy', 'plan'))).not.to.be.empty;
  });

  it('a part that fails to load leaves its strings in English, breaks nothing, and is tried again', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      worker.use(http.get(/\/i18n\/generated\/pl\/plan\.ts/, () => HttpResponse.error()));
      const el = await fixture<WaymarkPlan>(html`<waymark-plan lang="pl" .config=${CONFIG} .activities=${plan}></waymark-plan>`);
      await settled(el);
      await waitUntil(() => el.shadowRoot!.querySelector('.waymark-root')?.getAttribute('lang') === 'pl', 'Polish');
      await useMessages('plan');
      await el.updateComplete;
      expect(warnings.some(([first]) => String(first).startsWith('[waymark] could not load the plan messages in pl'))).to.equal(true);
      expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('My plan');
      // The common part still arrived: the rest of the page is in Polish.
      expect(shows(el, await strings('pl', 'common'))).not.to.be.empty;

      // The next element that asks tries again (Chromium does not keep a failed import() failed).
      worker.resetHandlers();
      await useMessages('plan');
      await waitUntil(() => el.shadowRoot!.querySelector('h2')!.textContent!.trim() === 'Mój plan', 'Polish after a retry');
    } finally {
      console.warn = warn;
    }
  });

  it('a Welsh form loads the check-in words only when its service asks how people are getting on', async () => {
    const mount = async (cfg: unknown) => {
      const el = await fixture<WaymarkRequestCall>(html`<waymark-request-call lang="cy" .config=${cfg}></waymark-request-call>`);
      await settled(el);
      await waitUntil(() => el.shadowRoot!.querySelector('.waymark-root')?.getAttribute('lang') === 'cy', 'Welsh');
      await waitUntil(() => fetched.includes('cy/request-call'), 'the request-call part');
      await settle();
    };
    await mount(requestCallConfig());
    expect(fetched, 'no check-ins, no check-in words').not.to.include('cy/request-call-check-in');

    await mount({ ...requestCallConfig(), followUp: { enabled: true, afterWeeks: 12 } });
    await waitUntil(() => fetched.includes('cy/request-call-check-in'), 'the check-in part');
    await waitUntil(() => followUpQuestion(12) === "Gawn ni ofyn sut rydych chi'n dod ymlaen ymhen tua 12 wythnos?", 'the question in Welsh');
  });

  it('the language asked for last wins, even when it is the one on show and another is still loading', async () => {
    await switchLocale('en');
    const welsh = switchLocale('cy');
    await switchLocale('en');
    await welsh;
    expect(activeLocale()).to.equal('en');
  });
});
