import { expect, oneEvent } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import { startWorker, worker } from '../../helpers/msw.ts';
import type { ReferralFailedDetail } from '../../../src/events.ts';
import { activate, config, fillByKeyboard, focused, mount, service, shadow, text } from './helpers.ts';

// The replies of an inbox that follows the IETF Idempotency-Key draft: never field errors, always
// a clear failure with the service's phone number.
describe('<waymark-request-call> Idempotency-Key replies', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  async function failWith(reply: () => Response | Promise<Response>, cfg = config()) {
    const received = service([reply]);
    const el = await mount(cfg);
    await fillByKeyboard(el);
    const failed = oneEvent(el, 'waymark-referral-failed');
    await activate(el, 'Send request');
    const reason = ((await failed) as CustomEvent<ReferralFailedDetail>).detail.reason;
    await el.updateComplete;
    return { el, reason, received };
  }

  it('shows a 422 problem reply (key used with another body) as "may not have been sent" with the phone number, not as field errors', async function () {
    this.timeout(30000);
    const { el, reason, received } = await failWith(() =>
      HttpResponse.json(
        { type: 'https://inbox.example/problems/idempotency-key-reused', title: 'This key was used for a different request', status: 422 },
        { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );
    expect(reason).to.equal('conflict');
    expect(received).to.have.length(1);
    expect(focused(el)?.classList.contains('failure')).to.equal(true);
    expect(text(el)).to.contain('Your request may not have been sent');
    expect(text(el)).to.contain('Please call us');
    expect(shadow(el).querySelector('.failure a[href="tel:01632960000"]')?.textContent).to.equal('01632 960000');
    expect(shadow(el).querySelector('.error-summary'), 'no error summary').to.equal(null);
    expect(shadow(el).querySelector('.failure button'), 'Try again would send the same thing').to.equal(null);
    expect(shadow(el).querySelector('[data-step-heading]')!.textContent).to.contain('Check your answers');
    await expect(el).to.be.accessible();
  });

  it('shows a 409 (still being processed) as "may not have been sent", with Try again and the phone number', async function () {
    this.timeout(30000);
    const { el, reason } = await failWith(() => HttpResponse.json({ title: 'A request with this key is being processed', status: 409 }, { status: 409 }));
    expect(reason).to.equal('in-progress');
    expect(text(el)).to.contain('Your request may not have been sent');
    expect(text(el)).to.contain('still dealing with your request');
    expect(shadow(el).querySelector('.failure button')?.textContent).to.equal('Try again');
    expect(shadow(el).querySelector('.failure a[href="tel:01632960000"]')).not.to.equal(null);
    expect(shadow(el).querySelector('.error-summary')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps a 422 with an errors list on the fields', async function () {
    this.timeout(30000);
    const { el, reason } = await failWith(() => HttpResponse.json({ errors: [{ field: 'contact.phone', message: 'We cannot call this number' }] }, { status: 422 }));
    expect(reason).to.equal('invalid');
    expect(shadow(el).querySelector('.error-summary')!.textContent).to.contain('We cannot call this number');
    expect(shadow(el).getElementById('phone-error')!.textContent).to.contain('We cannot call this number');
  });

  it('says a request that timed out "may not have been sent"', async function () {
    this.timeout(30000);
    const { el } = await failWith(() => new Promise<Response>(() => undefined), config({ referral: { timeoutMs: 1000 } }));
    expect(text(el)).to.contain('Your request may not have been sent');
    expect(text(el)).not.to.contain('Your request has not been sent');
  });
});
