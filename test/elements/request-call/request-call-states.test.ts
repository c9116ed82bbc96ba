import { expect, oneEvent } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import { startWorker, worker } from '../../helpers/msw.ts';
import type { ReferralFailedDetail } from '../../../src/events.ts';
import { activate, config, created, fillByKeyboard, focused, heading, heldBack, isButton, mount, press, sendHeldBack, service, shadow, tabTo, text, type } from './helpers.ts';
import { waitUntil } from '../../helpers/wait.ts';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const sendButton = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLButtonElement>('.send button')!;

describe('<waymark-request-call> states', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('shows "sending" with a busy button that keeps focus, and a second press sends nothing more', async function () {
    this.timeout(30000);
    const { el, received, release } = await sendHeldBack('AV-3001');
    expect(sendButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(sendButton(el).textContent!.trim()).to.equal('Sending…');
    expect(focused(el)).to.equal(sendButton(el));
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain('Sending your request');
    await expect(el).to.be.accessible();

    await press(el, 'Enter');
    await press(el, 'Enter');
    release();
    await waitUntil(() => heading(el) === 'Request sent', 'never confirmed');
    expect(received).to.have.length(1);
  });

  it('keeps the answers after a 503, says so, and "Try again" sends the same referral with the same key', async function () {
    this.timeout(30000);
    const received = service([() => new HttpResponse(null, { status: 503 }), created('AV-3002')]);
    const el = await mount();
    await fillByKeyboard(el);
    const failed = oneEvent(el, 'waymark-referral-failed');
    await activate(el, 'Send request');
    expect(((await failed) as CustomEvent<ReferralFailedDetail>).detail).to.deep.equal({ reason: 'server' });
    await el.updateComplete;

    expect(focused(el)?.classList.contains('failure')).to.equal(true);
    expect(text(el)).to.contain('Your request has not been sent');
    expect(text(el)).to.contain('Your answers are still here');
    expect(text(el)).to.contain('Sam Taylor');
    expect(shadow(el).querySelector('.failure a[href="tel:01632960000"]')?.textContent).to.equal('01632 960000');
    expect(text(el)).not.to.contain('Request sent');
    await expect(el).to.be.accessible();

    await tabTo(el, isButton('Try again'));
    await press(el, 'Enter');
    await waitUntil(() => heading(el) === 'Request sent', 'never confirmed');
    expect(received.map((r) => r.key)).to.deep.equal([(received[0]!.body as Body).id, (received[0]!.body as Body).id]);
    expect(JSON.stringify(received[1]!.body)).to.equal(JSON.stringify(received[0]!.body));
  });

  it('retries a 503 by itself, telling the person it is trying again, and stores one referral', async function () {
    this.timeout(30000);
    const stored = new Set<string>();
    // The third reply waits until the test has read the status: with full jitter the last backoff
    // can be near 0 ms, and the confirmation would otherwise replace the status before it is read.
    const third = heldBack((request) => (stored.add(request.headers.get('Idempotency-Key')!), created('AV-3003')()));
    const received = service([() => new HttpResponse(null, { status: 503 }), () => new HttpResponse(null, { status: 503 }), third.reply]);
    const el = await mount(config({ referral: { maxAttempts: 3 } }));
    await fillByKeyboard(el);
    await activate(el, 'Send request');
    // The first retry waits up to 1 s (full jitter).
    await waitUntil(() => received.length === 2, 'no retry');
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.match(/Trying again \([23] of 3\)/);
    third.release();
    await waitUntil(() => heading(el) === 'Request sent', 'never confirmed');
    expect(received).to.have.length(3);
    expect(new Set(received.map((r) => r.key)).size).to.equal(1);
    expect(stored.size).to.equal(1);
  });

  it('says "check you are online" when the network fails', async function () {
    this.timeout(30000);
    service([() => HttpResponse.error()]);
    const el = await mount();
    await fillByKeyboard(el);
    const failed = oneEvent(el, 'waymark-referral-failed');
    await activate(el, 'Send request');
    expect(((await failed) as CustomEvent<ReferralFailedDetail>).detail.reason).to.equal('offline');
    await el.updateComplete;
    expect(text(el)).to.contain('Check you are online');
    expect(shadow(el).querySelector('.failure button')?.textContent).to.equal('Try again');
    await expect(el).to.be.accessible();
  });

  it('gives up on a service that does not answer in time', async function () {
    this.timeout(30000);
    service([() => new Promise<Response>(() => undefined)]);
    const el = await mount(config({ referral: { timeoutMs: 1000 } }));
    await fillByKeyboard(el);
    const failed = oneEvent(el, 'waymark-referral-failed');
    await activate(el, 'Send request');
    expect(((await failed) as CustomEvent<ReferralFailedDetail>).detail.reason).to.equal('timeout');
    await el.updateComplete;
    expect(text(el)).to.contain('took too long');
    expect(text(el)).to.contain('Sam Taylor');
  });

  it('fails plainly on a 400 and offers the phone number, not another try', async function () {
    this.timeout(30000);
    const received = service([() => HttpResponse.json({ error: 'nope' }, { status: 400 })]);
    const el = await mount();
    await fillByKeyboard(el);
    const failed = oneEvent(el, 'waymark-referral-failed');
    await activate(el, 'Send request');
    expect(((await failed) as CustomEvent<ReferralFailedDetail>).detail.reason).to.equal('rejected');
    await el.updateComplete;
    expect(text(el)).to.contain('could not accept your request');
    expect(shadow(el).querySelector('.failure button')).to.equal(null);
    expect(shadow(el).querySelector('.failure a[href^="tel:"]')).not.to.equal(null);
    expect(received).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('takes a 422 back to the field it names, and sends the correction as a new referral', async function () {
    this.timeout(30000);
    const received = service([
      () => HttpResponse.json({ errors: [{ field: 'person.postcode', message: 'We only cover Ashby Vale. Check your postcode.' }] }, { status: 422 }),
      created('AV-3004'),
    ]);
    const el = await mount();
    await fillByKeyboard(el);
    const failed = oneEvent(el, 'waymark-referral-failed');
    await activate(el, 'Send request');
    expect(((await failed) as CustomEvent<ReferralFailedDetail>).detail.reason).to.equal('invalid');
    await el.updateComplete;
    await el.updateComplete;

    expect(heading(el)).to.equal('About you');
    expect(focused(el)?.classList.contains('error-summary')).to.equal(true);
    expect(shadow(el).querySelector('.error-summary')!.textContent).to.contain('We only cover Ashby Vale');
    expect(shadow(el).getElementById('postcode-error')!.textContent).to.contain('We only cover Ashby Vale');
    expect((shadow(el).getElementById('fullName') as HTMLInputElement).value).to.equal('Sam Taylor');
    await expect(el).to.be.accessible();

    await tabTo(el, (a) => a.tagName === 'A' && a.textContent!.includes('Ashby Vale'));
    await press(el, 'Enter');
    expect(focused(el)?.id).to.equal('postcode');
    await press(el, 'End');
    await press(el, 'Backspace', 'av1 3qt'.length);
    await type(el, 'av1 4qt');
    await press(el, 'Enter');
    expect(heading(el)).to.equal('Check your answers before sending your request');

    await activate(el, 'Send request');
    await waitUntil(() => heading(el) === 'Request sent', 'never confirmed');
    expect(received).to.have.length(2);
    expect(received[1]!.key).not.to.equal(received[0]!.key);
    expect((received[1]!.body as Body).person.postcode).to.equal('AV1 4QT');
  });

  it('forgets the person after success', async function () {
    this.timeout(30000);
    service([created('AV-3005')]);
    const el = await mount();
    await fillByKeyboard(el);
    await activate(el, 'Send request');
    await waitUntil(() => heading(el) === 'Request sent', 'never confirmed');
    expect(text(el)).not.to.contain('Sam Taylor');
    expect(shadow(el).querySelectorAll('input')).to.have.length(0);
    expect(JSON.stringify((el as unknown as { draft: unknown }).draft)).not.to.contain('Sam');
    expect(el.goals).to.equal(undefined);
  });
});
