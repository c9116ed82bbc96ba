import { html, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse, type DefaultBodyType, type StrictRequest } from 'msw';
import '../../../src/elements/request-call/define.ts';
import type { WaymarkRequestCall } from '../../../src/elements/request-call/request-call.ts';
import type { StepDetail } from '../../../src/events.ts';
import { settled } from '../../helpers/settled.ts';
import { worker } from '../../helpers/msw.ts';
import { forgetAll } from '../../../src/state/device-storage.ts';
import { waitUntil } from '../../helpers/wait.ts';

export const ENDPOINT = '/test-api/request-call';

export function config(overrides: { service?: Record<string, unknown>; referral?: Record<string, unknown>; kiosk?: Record<string, unknown> } = {}) {
  return {
    service: {
      name: 'Ashby Vale Connect',
      phone: '01632 960000',
      privacyNoticeUrl: 'https://practice.example/privacy',
      callBackWithin: 'within 2 working days',
      legalBasis: 'consent',
      ...overrides.service,
    },
    // A busy test machine can take over a second to pass one mocked reply through the service
    // worker: only a test about timeouts gives a short timeout (and a service that never answers).
    referral: { endpoint: ENDPOINT, maxAttempts: 1, timeoutMs: 15000, ...overrides.referral },
    ...(overrides.kiosk ? { kiosk: overrides.kiosk } : {}),
  };
}

export async function mount(cfg: unknown = config()) {
  // A referral kept by an earlier test would be offered again ("not sent yet: send it now?").
  forgetAll();
  const el = await fixture<WaymarkRequestCall>(html`<waymark-request-call .config=${cfg}></waymark-request-call>`);
  await settled(el);
  return el;
}

export const shadow = (el: WaymarkRequestCall) => el.shadowRoot!;
export const focused = (el: WaymarkRequestCall) => shadow(el).activeElement as HTMLElement | null;
export const heading = (el: WaymarkRequestCall) => shadow(el).querySelector('[data-step-heading]')?.textContent!.replace(/\s+/g, ' ').trim();
export const text = (el: WaymarkRequestCall) => shadow(el).textContent!.replace(/\s+/g, ' ');

export async function press(el: WaymarkRequestCall, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
  await el.updateComplete;
}

export async function type(el: WaymarkRequestCall, value: string): Promise<void> {
  await sendKeys({ type: value });
  await el.updateComplete;
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
export async function tabTo(el: WaymarkRequestCall, matches: (active: HTMLElement) => boolean, max = 60): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const active = focused(el);
    if (active && matches(active)) return active;
  }
  throw new Error(`Never reached the element after ${max} presses of Tab; focus is on ${focused(el)?.outerHTML}`);
}

export const isId = (id: string) => (a: HTMLElement) => a.id === id;
export const isButton = (label: string) => (a: HTMLElement) => a.tagName === 'BUTTON' && a.textContent!.replace(/\s+/g, ' ').trim() === label;

export async function tabToAndType(el: WaymarkRequestCall, id: string, value: string): Promise<void> {
  await tabTo(el, isId(id));
  await type(el, value);
}

export async function activate(el: WaymarkRequestCall, label: string): Promise<void> {
  await tabTo(el, isButton(label));
  await press(el, 'Enter');
}

/** Fills and passes "About you" by keyboard. */
export async function fillAboutYou(el: WaymarkRequestCall): Promise<void> {
  await tabToAndType(el, 'fullName', 'Sam Taylor');
  await tabToAndType(el, 'dateOfBirth', '12');
  await press(el, 'Tab');
  await type(el, '4');
  await press(el, 'Tab');
  await type(el, '1970');
  await tabToAndType(el, 'postcode', 'av1 3qt');
  // Enter in a text box submits its form, as in any GOV.UK form.
  await press(el, 'Enter');
}

/** Fills and passes the three pages by keyboard, arriving at "check your answers". */
export async function fillByKeyboard(el: WaymarkRequestCall, options: { consent?: boolean } = {}): Promise<void> {
  await fillAboutYou(el);

  await tabToAndType(el, 'phone', '07700 900 123');
  await tabTo(el, isId('methods'));
  await press(el, 'Space');
  await tabTo(el, isId('voicemailOk'));
  await press(el, 'Space'); // yes
  await tabTo(el, isId('textOk'));
  await press(el, 'ArrowRight'); // no
  await activate(el, 'Continue');

  if (options.consent !== false) {
    await tabTo(el, isId('consent'));
    await press(el, 'Space');
  }
  await activate(el, 'Continue');
}

export interface Received {
  key: string | null;
  body: DefaultBodyType;
}

/** A referral service answering with the given replies in turn (the last repeats). */
export function service(replies: ((request: StrictRequest<DefaultBodyType>) => Response | Promise<Response>)[]) {
  const received: Received[] = [];
  worker.use(
    http.post(ENDPOINT, async ({ request }) => {
      received.push({ key: request.headers.get('Idempotency-Key'), body: await request.clone().json().catch(() => null) });
      return (replies[received.length - 1] ?? replies[replies.length - 1]!)(request);
    }),
  );
  return received;
}

export const created = (reference: string) => () => HttpResponse.json({ reference }, { status: 201 });

type Reply = (request: StrictRequest<DefaultBodyType>) => Response | Promise<Response>;

/** A reply the service holds back until `release()`: for what the form shows while a send is on its way. */
export function heldBack(reply: Reply): { reply: Reply; release: () => void } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return { reply: async (request) => (await gate, reply(request)), release };
}

/** Fills the form and sends it; returns once the service has the referral, whose 201 waits for `release()`. */
export async function sendHeldBack(reference: string) {
  const held = heldBack(created(reference));
  const received = service([held.reply]);
  const el = await mount(config({ referral: { timeoutMs: 20000 } }));
  await fillByKeyboard(el);
  await activate(el, 'Send request');
  await waitUntil(() => received.length === 1, 'request never arrived');
  return { el, received, release: held.release };
}

export function recordSteps(el: WaymarkRequestCall): StepDetail[] {
  const steps: StepDetail[] = [];
  el.addEventListener('waymark-step', (e) => steps.push(e.detail));
  return steps;
}
