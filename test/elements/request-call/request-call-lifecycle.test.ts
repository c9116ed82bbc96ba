import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { HttpResponse } from 'msw';
import { startWorker, worker } from '../../helpers/msw.ts';
import type { ReferralFailedDetail } from '../../../src/events.ts';
import { activate, config, created, fillByKeyboard, focused, heading, isButton, mount, press, sendHeldBack, service, shadow, tabTo, text, type } from './helpers.ts';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const stall = () => new Promise<Response>(() => undefined);
const changeButton = (el: HTMLElement, what: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.summary-list__actions button')].find((b) => b.textContent!.includes(what))!;

describe('<waymark-request-call> the referral id, editing and waits', () => {
  before(startWorker);
  afterEach(() => {
    worker.resetHandlers();
    sessionStorage.clear();
  });

  it('sends changed answers after a send that may have arrived under a new key that supersedes the old one', async function () {
    this.timeout(30000);
    const received = service([stall, created('AV-5001')]);
    const el = await mount(config({ referral: { timeoutMs: 1000 } }));
    await fillByKeyboard(el);
    const failed = oneEvent(el, 'waymark-referral-failed');
    await activate(el, 'Send request');
    expect(((await failed) as CustomEvent<ReferralFailedDetail>).detail.reason).to.equal('timeout');
    await el.updateComplete;
    expect(text(el)).to.contain('may not have been sent');

    // The person corrects their phone number and sends again.
    await activate(el, 'Change phone number');
    expect(focused(el)?.id).to.equal('phone');
    await press(el, 'End');
    await press(el, 'Backspace', 3);
    await type(el, '999');
    await press(el, 'Enter');
    expect(heading(el)).to.equal('Check your answers before sending your request');
    await activate(el, 'Send request');
    await waitUntil(() => heading(el) === 'Request sent', 'never confirmed');

    expect(received).to.have.length(2);
    const [first, second] = received.map((r) => r.body as Body);
    expect(received[1]!.key, 'a new Idempotency-Key').not.to.equal(received[0]!.key);
    expect(second!.id).to.equal(received[1]!.key);
    expect(second!.supersedes, 'says which one it replaces').to.equal(first!.id);
    expect(first!.contact.phone).to.equal('07700900123');
    expect(second!.contact.phone).to.equal('07700900999');
  });

  it('keeps the same key, and sends no supersedes, when "Try again" sends unchanged answers', async function () {
    this.timeout(30000);
    const received = service([() => new HttpResponse(null, { status: 500 }), created('AV-5002')]);
    const el = await mount();
    await fillByKeyboard(el);
    await activate(el, 'Send request');
    await waitUntil(() => shadow(el).querySelector('.failure'), 'no failure');
    await activate(el, 'Try again');
    await waitUntil(() => heading(el) === 'Request sent', 'never confirmed');
    expect(received[1]!.key).to.equal(received[0]!.key);
    expect((received[1]!.body as Body).supersedes).to.equal(undefined);
  });

  it('does not let answers change while a send is on its way', async function () {
    this.timeout(30000);
    const { el, release } = await sendHeldBack('AV-5003');

    const change = changeButton(el, 'phone number');
    expect(change.getAttribute('aria-disabled')).to.equal('true');
    await tabTo(el, (a) => a === change);
    await press(el, 'Enter');
    expect(heading(el), 'still on check your answers').to.equal('Check your answers before sending your request');
    expect(shadow(el).getElementById('phone')).to.equal(null);
    expect(shadow(el).querySelector('.back-link'), 'no Back while sending').to.equal(null);
    await expect(el).to.be.accessible();

    release();
    await waitUntil(() => heading(el) === 'Request sent', 'never confirmed');
  });

  it('waits out a long Retry-After when "Try again" is pressed, showing how long, then sends', async function () {
    this.timeout(30000);
    const received = service([() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '6' } }), created('AV-5004')]);
    const el = await mount();
    await fillByKeyboard(el);
    await activate(el, 'Send request');
    await waitUntil(() => shadow(el).querySelector('.failure'), 'no failure');
    expect(text(el)).to.contain('The service asked us to wait 6 seconds before we try again');
    await expect(el).to.be.accessible();

    await activate(el, 'Try again');
    await el.updateComplete;
    expect(received, 'not sent at once').to.have.length(1);
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain('The service asked us to wait');
    expect(shadow(el).querySelector('.send-wait')!.textContent).to.match(/Sending in [1-6] seconds?/);
    expect(changeButton(el, 'phone number').getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    await new Promise((r) => setTimeout(r, 1000));
    expect(received, 'still waiting a second later').to.have.length(1);
    await waitUntil(() => heading(el) === 'Request sent', 'never sent after the wait', { timeout: 10000 });
    expect(received).to.have.length(2);
    expect(received[1]!.key).to.equal(received[0]!.key);
  });

  it('shows a redirect as "may not have been sent" with the phone number, never as sent', async function () {
    this.timeout(30000);
    service([() => new HttpResponse(null, { status: 301, headers: { Location: '/thanks.html' } })]);
    const el = await mount(config({ referral: { format: 'form' } }));
    await fillByKeyboard(el);
    const failed = oneEvent(el, 'waymark-referral-failed');
    await activate(el, 'Send request');
    expect(((await failed) as CustomEvent<ReferralFailedDetail>).detail.reason).to.equal('redirected');
    await el.updateComplete;
    expect(text(el)).not.to.contain('Request sent');
    expect(text(el)).to.contain('Your request may not have been sent');
    expect(shadow(el).querySelector('.failure a[href="tel:01632960000"]')).not.to.equal(null);
  });

  it('keeps an unsent referral in this tab, and after a reload offers to send it under the same key', async function () {
    this.timeout(30000);
    const received = service([() => HttpResponse.error(), created('AV-5005')]);
    const first = await mount();
    await fillByKeyboard(first);
    await activate(first, 'Send request');
    await waitUntil(() => shadow(first).querySelector('.failure'), 'no failure');
    const kept = JSON.parse(sessionStorage.getItem('waymark:unsent:v1')!);
    expect(kept.referral.id).to.equal(received[0]!.key);
    expect(localStorage.length, 'nothing in localStorage').to.equal(0);
    first.remove();

    // "Reload": a new element on the same tab. mount() clears storage, so put the record back.
    sessionStorage.setItem('waymark:unsent:v1', JSON.stringify(kept));
    const el = await fixture(html`<waymark-request-call .config=${config()}></waymark-request-call>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.resume'), 'no offer to send it');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('.resume h2')!.textContent).to.equal('Your request has not been sent yet: send it now?');
    expect(el.shadowRoot!.activeElement?.classList.contains('resume')).to.equal(true);
    expect(text(el as never)).to.contain('Sam Taylor');
    await expect(el).to.be.accessible();

    await tabTo(el as never, isButton('Send it now'));
    await press(el as never, 'Enter');
    await waitUntil(() => heading(el as never) === 'Request sent', 'never confirmed');
    expect(received).to.have.length(2);
    expect(received[1]!.key, 'the same Idempotency-Key').to.equal(received[0]!.key);
    expect(JSON.stringify(received[1]!.body)).to.equal(JSON.stringify(received[0]!.body));
    expect(sessionStorage.getItem('waymark:unsent:v1'), 'forgotten once sent').to.equal(null);
  });

  it('deletes a kept referral when asked, and never keeps one in kiosk mode', async function () {
    this.timeout(30000);
    service([() => HttpResponse.error()]);
    const kiosk = await mount(config({ kiosk: { enabled: true, idleSeconds: 3600, countdownSeconds: 30 } }));
    await fillByKeyboard(kiosk);
    await activate(kiosk, 'Send request');
    await waitUntil(() => shadow(kiosk).querySelector('.failure'), 'no failure');
    expect(sessionStorage.getItem('waymark:unsent:v1')).to.equal(null);
    kiosk.remove();

    const el = await mount();
    await fillByKeyboard(el);
    await activate(el, 'Send request');
    await waitUntil(() => shadow(el).querySelector('.failure'), 'no failure');
    el.remove();
    const fresh = await fixture(html`<waymark-request-call .config=${config()}></waymark-request-call>`);
    await waitUntil(() => fresh.shadowRoot!.querySelector('.resume'), 'no offer');
    await tabTo(fresh as never, isButton('Delete it'));
    await press(fresh as never, 'Enter');
    expect(sessionStorage.getItem('waymark:unsent:v1')).to.equal(null);
    expect(heading(fresh as never)).to.equal('About you');
    expect((fresh.shadowRoot!.getElementById('fullName') as HTMLInputElement).value).to.equal('');
  });

  it('forgets a kept referral that is past its time', async function () {
    this.timeout(30000);
    sessionStorage.setItem('waymark:unsent:v1', JSON.stringify({ version: 1, expiresAt: Date.now() - 1, referral: {} }));
    const el = await fixture(html`<waymark-request-call .config=${config()}></waymark-request-call>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(sessionStorage.getItem('waymark:unsent:v1')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.resume')).to.equal(null);
  });
});
