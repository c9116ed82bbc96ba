import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import '../../../src/elements/check-in/define.ts';
import type { WaymarkCheckIn } from '../../../src/elements/check-in/check-in.ts';
import { settled } from '../../helpers/settled.ts';
import { waitUntil } from '../../helpers/wait.ts';
import { startWorker, worker } from '../../helpers/msw.ts';

// <waymark-check-in> against a fake inbox (msw): every state through axe, the whole check-in by
// keyboard alone, and what it sends.

const TOKEN = 'k'.repeat(43);
const ENDPOINT = 'https://inbox.example/referrals';
const URL = `https://inbox.example/check-ins/${TOKEN}`;
const config = { service: { name: 'Ashby Vale Social Prescribing', phone: '01632 960000' }, referral: { endpoint: ENDPOINT } };
const CONTEXT = {
  referralId: '3b241101-e2bb-4255-8caf-4136c566a962',
  afterWeeks: 12,
  plan: [{ id: 'walk', name: 'Health walks' }],
  baseline: { wellbeing: { lifeSatisfaction: 3, worthwhile: 4, happiness: 4, anxiety: 8 }, loneliness: 'often-always', workConfidence: 2, workGoals: [] },
  expiresAt: '2099-01-01T00:00:00.000Z',
};
const problem = (status: number, type: string) => HttpResponse.json({ type: `urn:waymark:problem:${type}`, title: type, status }, { status });

const shadow = (el: WaymarkCheckIn) => el.shadowRoot!;
/** The page's heading, without the "(optional)" every check-in question carries. */
const heading = (el: WaymarkCheckIn) => shadow(el).querySelector('[data-step-heading]')?.textContent!.replace(/\s+/g, ' ').replace(' (optional)', '').trim();
const text = (el: WaymarkCheckIn) => shadow(el).textContent!.replace(/\s+/g, ' ');
function focused(el: WaymarkCheckIn): HTMLElement | null {
  return shadow(el).activeElement as HTMLElement | null;
}

async function checkIn(token = TOKEN) {
  const el = await fixture<WaymarkCheckIn>(html`<waymark-check-in .config=${config} token=${token}></waymark-check-in>`);
  await settled(el);
  return el;
}

async function headingIs(el: WaymarkCheckIn, wanted: string | RegExp) {
  await waitUntil(() => { const h = heading(el) ?? ''; return typeof wanted === 'string' ? h === wanted : wanted.test(h); }, `heading ${String(wanted)} (it is "${heading(el)}")`);
}

/** Tab until focus is on the wanted control, as a keyboard user would. */
async function tabTo(el: WaymarkCheckIn, matches: (a: HTMLElement) => boolean, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const a = focused(el);
    if (a && matches(a)) return;
  }
  throw new Error(`never reached it; focus on ${focused(el)?.outerHTML}`);
}
const button = (label: string) => (a: HTMLElement) => a.tagName === 'BUTTON' && a.textContent!.replace(/\s+/g, ' ').trim() === label;
const input = (id: string) => (a: HTMLElement) => a.id === id;

async function continueByKeyboard(el: WaymarkCheckIn) {
  await tabTo(el, button('Continue'));
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

describe('<waymark-check-in>', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('loading, then the first question; both clean', async () => {
    worker.use(http.get(URL, async () => { await delay(300); return HttpResponse.json(CONTEXT); }));
    const el = await fixture<WaymarkCheckIn>(html`<waymark-check-in .config=${config} token=${TOKEN}></waymark-check-in>`);
    await waitUntil(() => text(el).includes('Loading your questions'), 'the loading state');
    await expect(el).to.be.accessible();
    await headingIs(el, 'Overall, how satisfied are you with your life nowadays?');
    expect(text(el)).to.contain('Question 1 of 11');
    await expect(el).to.be.accessible();
  });

  for (const [name, reply, title] of [
    ['an expired link (410)', () => problem(410, 'check-in-expired'), 'This link has expired'],
    ['a used link (410)', () => problem(410, 'check-in-used'), 'This link has already been used'],
    ['an unknown link (404)', () => problem(404, 'check-in-not-found'), 'This link does not work'],
    ['a reply it cannot read', () => HttpResponse.json({ referralId: 'nope' }), 'Sorry, we cannot show your questions right now'],
  ] as const) {
    it(`${name}: says so plainly, with the phone number; clean`, async () => {
      worker.use(http.get(URL, reply));
      const el = await checkIn();
      await headingIs(el, title);
      expect(shadow(el).querySelector('a[href="tel:01632960000"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  it('no token in the page address: the unknown link message, without asking the inbox', async () => {
    let asked = false;
    worker.use(http.get('https://inbox.example/check-ins/*', () => { asked = true; return HttpResponse.json(CONTEXT); }));
    const el = await fixture<WaymarkCheckIn>(html`<waymark-check-in .config=${config}></waymark-check-in>`);
    await settled(el);
    await headingIs(el, 'This link does not work');
    expect(asked).to.equal(false);
  });

  it('the whole check-in by keyboard: filled, a GP-visits error, a failed send that keeps the answers, then sent with "Then and now"; each state clean', async () => {
    worker.use(http.get(URL, () => HttpResponse.json(CONTEXT)));
    const sent: { key: string | null; body: Record<string, unknown> }[] = [];
    let failNext = true;
    worker.use(http.post(URL, async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      sent.push({ key: request.headers.get('Idempotency-Key'), body });
      if (failNext) { failNext = false; return problem(422, 'whatever'); }
      return HttpResponse.json({ reference: 'CI-12345678' }, { status: 201 });
    }));
    const el = await checkIn();
    await headingIs(el, 'Overall, how satisfied are you with your life nowadays?');
    // A 0-10 scale is one tab stop; arrow keys move along it.
    await tabTo(el, input('lifeSatisfaction'));
    await sendKeys({ press: 'ArrowRight' });
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await continueByKeyboard(el);
    await headingIs(el, /worthwhile/);
    await continueByKeyboard(el); // skipped: left out, never guessed
    await headingIs(el, /happy/);
    await continueByKeyboard(el);
    await headingIs(el, /anxious/);
    await tabTo(el, input('anxiety'));
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await continueByKeyboard(el);
    await headingIs(el, 'How often do you feel lonely?');
    await tabTo(el, (a) => a.id.startsWith('loneliness'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await continueByKeyboard(el);
    await headingIs(el, 'What is your work situation at the moment?');
    expect(text(el)).to.contain('I prefer not to say');
    await tabTo(el, (a) => a.id.startsWith('employmentStatus'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await continueByKeyboard(el);
    await headingIs(el, /have you done any of these/);
    await tabTo(el, (a) => a.id === 'workSteps-1');
    await sendKeys({ press: 'Space' });
    await continueByKeyboard(el);
    await headingIs(el, 'Would you like help with anything to do with work now?');
    await tabTo(el, (a) => a.id === 'workGoals');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await continueByKeyboard(el);
    await headingIs(el, /How confident/);
    await tabTo(el, input('workConfidence'));
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowRight' });
    await continueByKeyboard(el);
    await headingIs(el, 'Did you go to Health walks?');
    await tabTo(el, input('went-walk'));
    await sendKeys({ press: 'Space' });
    await continueByKeyboard(el);
    await headingIs(el, 'Would you recommend Health walks to someone else?');
    await tabTo(el, input('recommend-walk'));
    await sendKeys({ press: 'Space' });
    await continueByKeyboard(el);
    await headingIs(el, /see a GP/);
    await tabTo(el, input('gpVisits'));
    await sendKeys({ type: 'two' });
    await continueByKeyboard(el);
    await waitUntil(() => shadow(el).querySelector('.error-summary'), 'the error summary');
    expect(text(el)).to.contain('Enter the number of times as a number, like 2');
    await expect(el).to.be.accessible();
    const box = shadow(el).querySelector<HTMLInputElement>('#gpVisits')!;
    box.focus();
    box.select();
    await sendKeys({ type: '2' });
    await continueByKeyboard(el);
    await headingIs(el, 'Send your answers');
    await expect(el).to.be.accessible();
    await tabTo(el, button('Send my answers'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(el).includes('Your answers have not been sent yet'), 'the failure');
    await expect(el).to.be.accessible();
    await tabTo(el, button('Try again'));
    await sendKeys({ press: 'Enter' });
    await headingIs(el, 'Thank you. Your answers have been sent');
    expect(sent).to.have.length(2);
    expect(sent[0]!.key).to.equal(sent[1]!.key, 'the same Idempotency-Key on every attempt');
    expect(sent[1]!.body).to.deep.include({
      referralId: CONTEXT.referralId,
      wellbeing: { lifeSatisfaction: 7, anxiety: 2 },
      loneliness: 'occasionally',
      employmentStatus: 'looking-for-work',
      workSteps: ['updated-cv'],
      workConfidence: 5,
      workGoals: ['find-work'],
      activities: [{ id: 'walk', name: 'Health walks', went: true, recommend: 'yes' }],
      gpVisits: 2,
    });
    const rows = [...shadow(el).querySelectorAll('.then-and-now tbody tr')].map((r) => [...r.querySelectorAll('th, td')].slice(0, 4).map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
    expect(rows).to.deep.equal([
      ['How satisfied you are with your life', '3 out of 10', '7 out of 10', 'Better than before'],
      ['How anxious you felt', '8 out of 10', '2 out of 10', 'Better than before'],
      ['How often you feel lonely', 'Often or always', 'Occasionally', 'Better than before'],
      ['How confident you feel about work', '2 out of 10', '5 out of 10', 'Better than before'],
    ]);
    // Help with work, offered: this service has no directory, so the places that help anywhere.
    expect(text(el)).to.contain('Help with work, if you want it');
    expect(text(el)).to.contain('Jobcentre Plus');
    expect(shadow(el).querySelector('a[href="tel:08001217479"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('a low score now: kind words and urgent help, no judgement', async () => {
    worker.use(http.get(URL, () => HttpResponse.json({ ...CONTEXT, plan: [] })));
    worker.use(http.post(URL, () => HttpResponse.json({ reference: 'CI-1' }, { status: 201 })));
    const el = await checkIn();
    await headingIs(el, /satisfied/);
    shadow(el).querySelector<HTMLInputElement>('#lifeSatisfaction-2')!.click();
    await el.updateComplete;
    for (let i = 0; i < 10; i++) {
      shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await el.updateComplete;
    }
    await headingIs(el, 'Send your answers');
    shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await headingIs(el, 'Thank you. Your answers have been sent');
    expect(text(el)).to.contain('Not as good as before. Things go up and down, and that is OK.');
    expect(text(el)).to.contain('help is there now');
    expect(shadow(el).querySelector('a[href^="tel:"]')).to.exist;
    expect(text(el), 'no help with work offered: not asked for, confidence not risen').not.to.contain('Help with work');
    await expect(el).to.be.accessible();
  });

  /** Clicks Continue until the heading matches (skipping every question on the way). */
  async function skipTo(el: WaymarkCheckIn, wanted: string | RegExp) {
    await waitUntil(() => shadow(el).querySelector('button[type="submit"]'), 'the first question');
    for (let i = 0; i < 20; i++) {
      const h = heading(el) ?? '';
      if (typeof wanted === 'string' ? h === wanted : wanted.test(h)) return;
      shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await el.updateComplete;
    }
    throw new Error(`never reached ${String(wanted)}; at "${heading(el)}"`);
  }

  it('"I prefer not to say" about work: no more work questions, and nothing about work offered', async () => {
    worker.use(http.get(URL, () => HttpResponse.json(CONTEXT)));
    let body: Record<string, unknown> | undefined;
    worker.use(http.post(URL, async ({ request }) => { body = (await request.json()) as Record<string, unknown>; return HttpResponse.json({ reference: 'CI-1' }, { status: 201 }); }));
    const el = await checkIn();
    await skipTo(el, 'What is your work situation at the moment?');
    shadow(el).querySelector<HTMLInputElement>('#employmentStatus-7')!.click();
    await el.updateComplete;
    shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await headingIs(el, 'Did you go to Health walks?');
    await skipTo(el, 'Send your answers');
    shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await headingIs(el, 'Thank you. Your answers have been sent');
    expect(body).to.deep.include({ employmentStatus: 'prefer-not-to-say', workSteps: [], workGoals: [] });
    expect(text(el)).not.to.contain('Help with work');
  });

  it('help with work from the service\'s own directory (its work-direct activities) and its own list; loading then loaded, both clean', async () => {
    const directory = {
      activities: [
        { id: 'walk', name: 'Health walks', needAreas: ['physical-activity'], pathways: ['work-indirect'] },
        { id: 'work-well', name: 'Work Well coaching', summary: 'A work coach at your surgery.', pathways: ['work-direct'], contact: { phone: '01632 960111' } },
      ],
    };
    let fetched = 0;
    worker.use(
      http.get(URL, () => HttpResponse.json({ ...CONTEXT, plan: [] })),
      http.post(URL, () => HttpResponse.json({ reference: 'CI-1' }, { status: 201 })),
      http.get('https://dir.example/directory.json', async () => { fetched++; await delay(400); return HttpResponse.json(directory); }),
    );
    const withDirectory = { ...config, directory: { src: 'https://dir.example/directory.json' }, workSupport: [{ id: 'ips', name: 'Ashby Vale IPS service', call: '01632 960222' }] };
    const el = await fixture<WaymarkCheckIn>(html`<waymark-check-in .config=${withDirectory} token=${TOKEN}></waymark-check-in>`);
    await settled(el);
    await skipTo(el, 'Would you like help with anything to do with work now?');
    expect(fetched, 'nothing fetched before it is offered').to.equal(0);
    shadow(el).querySelector<HTMLInputElement>('#workGoals-1')!.click();
    await el.updateComplete;
    await skipTo(el, 'Send your answers');
    shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await headingIs(el, 'Thank you. Your answers have been sent');
    await waitUntil(() => text(el).includes('Loading places that can help with work'), 'loading the service\'s own');
    await expect(el).to.be.accessible();
    await waitUntil(() => text(el).includes('Work Well coaching'), 'the work-direct activity');
    expect(text(el)).to.contain('Help with work from Ashby Vale Social Prescribing');
    expect(text(el)).not.to.contain('Health walks');
    expect(text(el)).to.contain('Ashby Vale IPS service');
    expect(text(el), 'the service\'s list replaces Waymark\'s').not.to.contain('Jobcentre Plus');
    expect(shadow(el).querySelector('a[href="tel:01632960111"]')).to.exist;
    expect(fetched).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('each question is a browser history entry: Back and Forward move between questions, and say which in waymark-step', async () => {
    worker.use(http.get(URL, () => HttpResponse.json(CONTEXT)));
    const steps: { element: string; step: string; number: number }[] = [];
    const listener = (e: Event) => steps.push((e as CustomEvent).detail);
    document.addEventListener('waymark-step', listener);
    try {
      // An entry of this test page's own, so a Back the element did not write stays on the page (and fails plainly).
      history.pushState({}, '');
      const el = await checkIn();
      await headingIs(el, /satisfied/);
      shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await headingIs(el, /worthwhile/);
      await new Promise((r) => setTimeout(r, 50));
      history.back();
      await headingIs(el, /satisfied/);
      history.forward();
      await headingIs(el, /worthwhile/);
      expect(steps.slice(0, 2)).to.deep.equal([{ element: 'waymark-check-in', step: 'lifeSatisfaction', number: 1 }, { element: 'waymark-check-in', step: 'worthwhile', number: 2 }]);
    } finally {
      document.removeEventListener('waymark-step', listener);
    }
  });
});
