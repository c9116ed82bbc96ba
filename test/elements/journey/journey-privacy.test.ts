import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/journey/define.ts';
import '../../../src/elements/finder/define.ts';
import type { WaymarkJourney } from '../../../src/elements/journey/journey.ts';
import activities from '../../../demo/data/activities.json';
import { startWorker, worker } from '../../helpers/msw.ts';
import { settled } from '../../helpers/settled.ts';
import { hasSavedProgress } from '../../../src/state/saved-progress.ts';

const config = {
  service: { name: 'Ashby Vale Social Prescribing', phone: '01632 960000', legalBasis: 'public-task' },
  directory: { src: '/privacy-test/activities.json' },
  referral: { endpoint: '/privacy-test/referrals', maxAttempts: 1 },
};

const shadow = (el: Element) => el.shadowRoot!;
const button = (root: ShadowRoot, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent!.includes(text))!;

describe('saved progress keeps its promises', () => {
  before(startWorker);
  beforeEach(() => {
    localStorage.clear();
    worker.use(
      http.get('/privacy-test/activities.json', () => HttpResponse.json(activities)),
      http.post('/privacy-test/referrals', () => HttpResponse.json({ reference: 'PR-0001' }, { status: 201 })),
    );
  });
  afterEach(() => {
    worker.resetHandlers();
    localStorage.clear();
  });

  it('is forgotten once the referral is sent, and the hint says so', async function () {
    this.timeout(30000);
    const el = await fixture<WaymarkJourney>(html`<waymark-journey .config=${config}></waymark-journey>`);
    await settled(el);
    expect(shadow(el).getElementById('save-progress-hint')!.textContent).to.contain('or until you send your request');
    shadow(el).querySelector<HTMLInputElement>('#save-progress')!.click();
    await el.updateComplete;
    expect(hasSavedProgress()).to.equal(true);

    button(shadow(el), 'Skip this and ask for a call').click();
    await waitUntil(() => shadow(el).querySelector('waymark-request-call')?.shadowRoot?.getElementById('fullName'), 'form', { timeout: 8000 });
    const call = shadow(el).querySelector('waymark-request-call')!;
    const type = async (id: string, value: string) => {
      (shadow(call).getElementById(id) as HTMLInputElement).focus();
      await sendKeys({ type: value });
    };
    await type('fullName', 'Sam Taylor');
    await type('dateOfBirth', '12');
    await type('dateOfBirth-month', '4');
    await type('dateOfBirth-year', '1970');
    await type('postcode', 'AV1 3QT');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(call).getElementById('phone'), 'contact page');
    await type('phone', '07700 900123');
    for (const id of ['methods', 'voicemailOk', 'textOk']) (shadow(call).getElementById(id) as HTMLInputElement).click();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !shadow(call).getElementById('phone'), 'anything else');
    shadow(call).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await waitUntil(() => shadow(call).querySelector('.send'), 'check answers');
    shadow(call).querySelector<HTMLButtonElement>('.send button')!.click();
    await waitUntil(() => el.state.step === 'confirmation', 'sent');
    await el.updateComplete;

    expect(hasSavedProgress()).to.equal(false);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('waymark'))).to.deep.equal([]);
    expect(shadow(el).querySelector<HTMLInputElement>('#save-progress')!.checked).to.equal(false);
  });

  it('runs out on every element: a lone finder deletes expired progress when it starts', async () => {
    localStorage.setItem('waymark:progress:v2', JSON.stringify({ version: 2, expiresAt: Date.now() - 1000, topics: [], workPathway: 'none', workGoals: [], plan: [] }));
    localStorage.setItem('waymark:progress:v1', JSON.stringify({ version: 1, expiresAt: Date.now() + 1e6, goals: { answers: [{ value: 'my husband hits me' }] }, plan: [] }));
    await fixture(html`<waymark-finder .config=${config}></waymark-finder>`);
    expect(localStorage.getItem('waymark:progress:v2')).to.equal(null);
    expect(localStorage.getItem('waymark:progress:v1'), 'the old format, which kept free text, is deleted on sight').to.equal(null);
  });
});
