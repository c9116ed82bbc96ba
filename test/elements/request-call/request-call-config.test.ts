import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { startWorker, worker } from '../../helpers/msw.ts';
import type { WaymarkRequestCall } from '../../../src/elements/request-call/request-call.ts';
import type { ConfigErrorDetail } from '../../../src/events.ts';
import { settled } from '../../helpers/settled.ts';
import { activate, config, created, ENDPOINT, fillByKeyboard, heading, isId, mount, press, service, shadow, tabTo, text } from './helpers.ts';
import { waitUntil } from '../../helpers/wait.ts';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const autocompleteOf = (el: WaymarkRequestCall, id: string) => shadow(el).getElementById(id)!.getAttribute('autocomplete');

function quietConsole() {
  const original = console.error;
  console.error = () => {};
  return () => (console.error = original);
}

describe('<waymark-request-call> setup', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('tells the site editor when no endpoint is set, and still offers the phone number', async () => {
    const restore = quietConsole();
    try {
      const el = document.createElement('waymark-request-call');
      el.config = { service: { name: 'Ashby Vale Connect', phone: '01632 960000' } };
      const heard = oneEvent(el, 'waymark-config-error');
      document.body.append(el);
      const event = (await heard) as CustomEvent<ConfigErrorDetail>;
      expect(event.detail.problems.map((p) => p.path)).to.deep.equal(['referral.endpoint']);
      await settled(el);
      expect(text(el)).to.contain('referral.endpoint');
      expect(shadow(el).querySelector('a[href="tel:01632960000"]')).not.to.equal(null);
      expect(shadow(el).querySelector('form')).to.equal(null);
      await expect(el).to.be.accessible();
      el.remove();
    } finally {
      restore();
    }
  });

  it('gives every personal field its autocomplete token, so autofill works', async () => {
    const el = await mount();
    expect(autocompleteOf(el, 'fullName')).to.equal('name');
    expect(autocompleteOf(el, 'preferredName')).to.equal('nickname');
    expect(autocompleteOf(el, 'dateOfBirth')).to.equal('bday-day');
    expect(autocompleteOf(el, 'dateOfBirth-month')).to.equal('bday-month');
    expect(autocompleteOf(el, 'dateOfBirth-year')).to.equal('bday-year');
    expect(autocompleteOf(el, 'postcode')).to.equal('postal-code');
    await fillByKeyboard(el);
    await activate(el, 'Back');
    await activate(el, 'Back');
    expect(autocompleteOf(el, 'phone')).to.equal('tel');
    expect(autocompleteOf(el, 'email')).to.equal('email');
  });

  it('turns autocomplete off in kiosk mode, so the next person is not offered these details', async () => {
    const el = await fixture<WaymarkRequestCall>(html`<waymark-request-call kiosk .config=${config()}></waymark-request-call>`);
    await settled(el);
    for (const id of ['fullName', 'preferredName', 'dateOfBirth', 'dateOfBirth-month', 'dateOfBirth-year', 'postcode', 'gpPractice', 'nhsNumber']) {
      expect(autocompleteOf(el, id), id).to.equal('off');
    }
    expect(shadow(el).querySelector('form')!.getAttribute('autocomplete')).to.equal('off');
    const fromConfig = await mount(config({ kiosk: { enabled: true } }));
    expect(autocompleteOf(fromConfig, 'fullName')).to.equal('off');
  });

  it('marks only the date box with the problem, and links the summary to it', async () => {
    const el = await mount();
    await tabTo(el, isId('dateOfBirth'));
    await press(el, 'Tab', 2);
    await press(el, '1');
    await activate(el, 'Continue');
    const summary = [...shadow(el).querySelectorAll('.error-summary a')].map((a) => a.textContent);
    expect(summary).to.include('Date of birth must include a day, month and year');
    expect(shadow(el).getElementById('dateOfBirth')!.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(el).getElementById('dateOfBirth-year')!.getAttribute('aria-invalid')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('puts urgent help before the form and warns that the message is not for urgent help', async () => {
    const el = await mount();
    const urgent = shadow(el).querySelector('details.urgent')!;
    const form = shadow(el).querySelector('form')!;
    expect(urgent.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(urgent.querySelector('a[href="tel:999"]')).not.to.equal(null);
    await fillByKeyboard(el);
    await activate(el, 'Back');
    expect(shadow(el).getElementById('message-hint')!.textContent).to.contain('Do not use this to ask for urgent help');
    expect(shadow(el).getElementById('message')!.getAttribute('aria-describedby')).to.contain('message-hint');
  });

  it('asks a separate consent question when consent is the basis, and links the privacy notice in a new tab', async () => {
    const el = await mount();
    await fillByKeyboard(el, { consent: false });
    expect(heading(el)).to.equal('Anything else');
    expect(text(el)).to.contain('Tick the box to say we can use your information');
    const link = shadow(el).querySelector<HTMLAnchorElement>('a[target="_blank"]')!;
    expect(link.getAttribute('href')).to.equal('https://practice.example/privacy');
    expect(link.textContent).to.contain('opens in a new tab');
    await expect(el).to.be.accessible();
  });

  it('states how information is used, with no consent question, under another legal basis', async () => {
    const received = service([created('AV-4001')]);
    const el = await mount(config({ service: { legalBasis: 'public-task' } }));
    await fillByKeyboard(el, { consent: false });
    expect(heading(el)).to.equal('Check your answers before sending your request');
    await activate(el, 'Back');
    expect(shadow(el).getElementById('consent')).to.equal(null);
    expect(text(el)).to.contain('as part of our work for the NHS');
    await activate(el, 'Continue');
    await activate(el, 'Send request');
    await waitUntil(() => received.length === 1);
    expect((received[0]!.body as Body).consent).to.deep.equal({ basis: 'public-task', privacyNoticeUrl: 'https://practice.example/privacy' });
  });

  it('refuses a privacy notice link that is not https, naming it for the site editor', async () => {
    const el = await mount(config({ service: { privacyNoticeUrl: 'http://practice.example/privacy' } }));
    expect(text(el)).to.contain('service.privacyNoticeUrl');
    expect(shadow(el).querySelector('a[href^="http:"]')).to.equal(null);
    expect(shadow(el).querySelector('a[href="tel:01632960000"]')).not.to.equal(null);
  });

  it('links a privacy notice given as a path on the site, resolved against the page (issue 15: it was dropped on http)', async () => {
    const el = await mount(config({ service: { privacyNoticeUrl: '/privacy.html' } }));
    await fillByKeyboard(el, { consent: false });
    const link = shadow(el).querySelector<HTMLAnchorElement>('a[target="_blank"]');
    expect(link, 'the privacy notice link').not.to.equal(null);
    expect(link!.getAttribute('href')).to.equal(new URL('/privacy.html', document.baseURI).href);
    expect(location.protocol, 'the test page is http, as the demo was').to.equal('http:');
    await expect(el).to.be.accessible();
  });

  it('tells the site editor, once, why a privacy notice was not linked', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      // Passes the config's address check (no spaces), but a direction control could disguise it.
      const el = await mount(config({ service: { privacyNoticeUrl: '/privacy\u202e.html' } }));
      await fillByKeyboard(el, { consent: false });
      await activate(el, 'Continue');
      expect(shadow(el).querySelector('a[target="_blank"]')).to.equal(null);
      const said = warnings.filter((w) => w.includes('service.privacyNoticeUrl'));
      expect(said).to.have.length(1);
      expect(said[0]).to.match(/direction characters .*so the consent page shows no privacy notice link/);
    } finally {
      console.warn = original;
    }
  });

  it('sends the goals result and the plan it was given', async () => {
    const received = service([created('AV-4002')]);
    const el = await mount();
    el.goals = { needAreas: [{ id: 'loneliness', score: 2, reasons: [] }], workPathway: 'indirect', workGoals: ['volunteer'], preferences: { modes: [], days: [], times: [] }, crisis: false, answers: [] };
    el.plan = [{ id: 'av-walking', name: 'Walking for health' }];
    await fillByKeyboard(el);
    await activate(el, 'Send request');
    await waitUntil(() => received.length === 1);
    const body = received[0]!.body as Body;
    expect(body.goals.workPathway).to.equal('indirect');
    expect(body.plan).to.deep.equal([{ id: 'av-walking', name: 'Walking for health' }]);
  });

  it('takes the endpoint and referral-format from attributes, and posts FHIR', async () => {
    let bundle: Body | undefined;
    worker.use(
      http.post('/test-api/fhir', async ({ request }) => {
        bundle = (await request.json()) as Body;
        return HttpResponse.json({ resourceType: 'Bundle', type: 'transaction-response', entry: [{}, { response: { location: 'ServiceRequest/sr-9/_history/1' } }] });
      }),
    );
    const el = await fixture<WaymarkRequestCall>(
      html`<waymark-request-call endpoint="/test-api/fhir" referral-format="fhir" .config=${{ service: { legalBasis: 'consent' } }}></waymark-request-call>`,
    );
    await settled(el);
    await fillByKeyboard(el);
    await activate(el, 'Send request');
    await waitUntil(() => heading(el) === 'Request sent');
    expect(text(el)).to.contain('sr-9');
    expect(bundle!.type).to.equal('transaction');
    expect(bundle!.entry.map((e: Body) => e.resource.resourceType)).to.deep.equal(['Patient', 'ServiceRequest']);
  });

  it('loads its config from config-src', async () => {
    worker.use(http.get('/test-request-call-config.json', () => HttpResponse.json(config())));
    const el = await fixture<WaymarkRequestCall>(html`<waymark-request-call config-src="/test-request-call-config.json"></waymark-request-call>`);
    await settled(el);
    expect(heading(el)).to.equal('About you');
    expect(ENDPOINT).to.equal(el.resolvedConfig?.referral.endpoint);
  });
});
