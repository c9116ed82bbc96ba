import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.ts';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/elements/request-call/define.ts';
import '../../src/elements/goals/define.ts';
import '../../src/elements/finder/define.ts';
import '../../src/elements/journey/define.ts';
import type { WaymarkElement } from '../../src/platform/waymark-element.ts';
import type { WaymarkJourney } from '../../src/elements/journey/journey.ts';
import activities from '../../demo/data/activities.json';
import { startWorker, worker } from '../helpers/msw.ts';
import { settled } from '../helpers/settled.ts';

// Kiosk mode is the same on every element: one session for the page, a warning, then a reset that
// forgets the DOM, state and storage; never while a send is on its way, and nothing from before
// the reset reaches the next person.
const KIOSK = { enabled: true, idleSeconds: 5, countdownSeconds: 3 };
const config = {
  service: { name: 'Ashby Vale Connect', phone: '01632 960000', legalBasis: 'public-task' },
  directory: { src: '/kiosk-test/activities.json' },
  referral: { endpoint: '/kiosk-test/referrals', maxAttempts: 1, timeoutMs: 20000 },
  postcodeLookup: 'https://lookup.example',
  kiosk: KIOSK,
};

const shadow = (el: Element) => el.shadowRoot!;
const input = (el: Element, id: string) => shadow(el).getElementById(id) as HTMLInputElement;
const allText = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ');

async function typeInto(el: Element, id: string, value: string) {
  input(el, id).focus();
  await sendKeys({ type: value });
}

async function idleReset(el: WaymarkElement) {
  const dialog = () => shadow(el).querySelector<HTMLDialogElement>('dialog.idle-dialog');
  await waitUntil(() => dialog()?.open, 'the warning never opened', { timeout: 9000 });
  await waitUntil(() => !dialog()?.open, 'the reset never came', { timeout: 6000 });
  await el.updateComplete;
}

/** A referral service whose replies wait for the test to release them. */
function gatedService() {
  const received: unknown[] = [];
  const gates: (() => void)[] = [];
  worker.use(
    http.post('/kiosk-test/referrals', async ({ request }) => {
      received.push(await request.json());
      await new Promise<void>((resolve) => gates.push(resolve));
      return HttpResponse.json({ reference: `KI-${received.length}` }, { status: 201 });
    }),
  );
  return { received, release: () => gates.shift()?.() };
}

async function fillRequestCall(el: Element) {
  await typeInto(el, 'fullName', 'Kiosk Person Alpha');
  await typeInto(el, 'dateOfBirth', '1');
  await typeInto(el, 'dateOfBirth-month', '2');
  await typeInto(el, 'dateOfBirth-year', '1960');
  await typeInto(el, 'postcode', 'AV2 1AB');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => input(el, 'phone'), 'contact page');
  await typeInto(el, 'phone', '07700 900456');
  for (const id of ['methods', 'voicemailOk', 'textOk']) input(el, id).click();
  shadow(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  await waitUntil(() => shadow(el).querySelector('form button[type="submit"]') && !input(el, 'phone'), 'anything-else page');
  shadow(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  await waitUntil(() => shadow(el).querySelector('.send'), 'check your answers');
}

describe('kiosk mode on every element', () => {
  before(startWorker);
  beforeEach(() => worker.use(http.get('/kiosk-test/activities.json', () => HttpResponse.json(activities))));
  afterEach(() => worker.resetHandlers());

  it('warns, then clears a lone request-call, goals and finder: one session, nothing left in the DOM or storage', async function () {
    this.timeout(30000);
    const page = await fixture<HTMLDivElement>(html`<div>
      <waymark-request-call .config=${config}></waymark-request-call>
      <waymark-goals .config=${config}></waymark-goals>
      <waymark-finder .config=${config}></waymark-finder>
    </div>`);
    const [call, goals, finder] = ['waymark-request-call', 'waymark-goals', 'waymark-finder'].map((t) => page.querySelector(t) as WaymarkElement);
    for (const el of [call!, goals!, finder!]) await settled(el);
    await waitUntil(() => shadow(finder!).querySelector('#finder-postcode'), 'finder loaded');

    await typeInto(call!, 'fullName', 'Kiosk Person Alpha');
    shadow(goals!).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await typeInto(finder!, 'finder-postcode', 'AV2 1AB');
    await Promise.all([call!, goals!, finder!].map((el) => el.updateComplete));
    expect(input(call!, 'fullName').value).to.equal('Kiosk Person Alpha');
    expect(input(finder!, 'finder-postcode').getAttribute('autocomplete'), 'no autofill in kiosk mode').to.equal('off');

    const dialogs = () => [call!, goals!, finder!].filter((el) => shadow(el).querySelector('dialog.idle-dialog'));
    await waitUntil(() => shadow(call!).querySelector<HTMLDialogElement>('dialog.idle-dialog')?.open, 'the warning never opened', { timeout: 9000 });
    expect(dialogs(), 'one dialog for the page').to.have.length(1);
    await expect(call!).to.be.accessible();
    await idleReset(call!);

    expect(input(call!, 'fullName').value).to.equal('');
    expect(allText(call!)).not.to.contain('Kiosk Person Alpha');
    expect(shadow(goals!).querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).to.equal(false);
    expect(JSON.stringify((goals as unknown as { answers: unknown }).answers)).to.equal('{}');
    await waitUntil(() => shadow(finder!).querySelector('#finder-postcode'), 'finder back');
    expect(input(finder!, 'finder-postcode').value).to.equal('');
    expect(localStorage.length + sessionStorage.length).to.equal(0);
  });

  it('never times out while a send is on its way: the outcome shows first, and clears later', async function () {
    this.timeout(40000);
    const service = gatedService();
    const call = await fixture<WaymarkElement>(html`<waymark-request-call .config=${config}></waymark-request-call>`);
    await settled(call);
    await fillRequestCall(call);
    shadow(call).querySelector<HTMLButtonElement>('.send button')!.click();
    await waitUntil(() => service.received.length === 1, 'sent');
    // Well past idle + countdown (8 s): still sending, no warning, nothing cleared.
    await new Promise((r) => setTimeout(r, 9500));
    expect(shadow(call).querySelector<HTMLDialogElement>('dialog.idle-dialog')!.open).to.equal(false);
    expect(shadow(call).querySelector('.send button')!.textContent!.trim()).to.equal('Sending…');
    service.release();
    await waitUntil(() => allText(call).includes('KI-1'), 'the reference is shown');
    // Then the next person's session: the confirmation is cleared after the idle time.
    await idleReset(call);
    expect(allText(call)).not.to.contain('KI-1');
  });

  it('"Finish and clear" during a send: the late reply never reaches the next session', async function () {
    this.timeout(30000);
    const service = gatedService();
    const journey = await fixture<WaymarkJourney>(html`<waymark-journey .config=${{ ...config, kiosk: { ...KIOSK, idleSeconds: 600 } }}></waymark-journey>`);
    await settled(journey);
    [...shadow(journey).querySelectorAll('button')].find((b) => b.textContent!.includes('Skip this and ask for a call'))!.click();
    await waitUntil(() => shadow(journey).querySelector('waymark-request-call')?.shadowRoot?.getElementById('fullName'), 'form');
    const call = shadow(journey).querySelector('waymark-request-call')!;
    await fillRequestCall(call);
    shadow(call).querySelector<HTMLButtonElement>('.send button')!.click();
    await waitUntil(() => service.received.length === 1, 'sent');
    expect((journey as unknown as { busy: boolean }).busy).to.equal(true);

    shadow(journey).querySelector<HTMLButtonElement>('.kiosk-bar__finish')!.click();
    await journey.updateComplete;
    [...shadow(journey).querySelectorAll<HTMLButtonElement>('.clear-dialog button')].find((b) => b.textContent!.includes('Yes, clear everything'))!.click();
    await journey.updateComplete;
    expect(journey.state.step).to.equal('goals');
    service.release();
    await new Promise((r) => setTimeout(r, 500));
    await journey.updateComplete;
    expect(journey.state.step, 'the old reply did not move the new session').to.equal('goals');
    expect(allText(journey)).not.to.contain('KI-1');
    expect(shadow(journey).querySelector('.progress__count')!.textContent).to.equal('Step 1 of 5');
  });
});
