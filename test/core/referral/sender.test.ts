import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { ReferralSender } from '../../../src/core/referral/sender.ts';
import type { SubmitOptions } from '../../../src/core/referral/submit.ts';
import { startWorker, worker } from '../../helpers/msw.ts';
import { referral } from './helpers.ts';

const options: SubmitOptions = { endpoint: '/test-api/sender', format: 'json', timeoutMs: 2000, maxAttempts: 2, sleep: async () => {} };

describe('ReferralSender', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('sends once however many times it is asked while a send is on its way', async () => {
    let calls = 0;
    worker.use(
      http.post('/test-api/sender', async () => {
        calls++;
        await delay(100);
        return HttpResponse.json({ reference: 'AV-1' }, { status: 201 });
      }),
    );
    const sender = new ReferralSender();
    const r = referral();
    const first = sender.send(r, options);
    expect(sender.busy).to.equal(true);
    const second = sender.send(r, options);
    const third = sender.send(r, options);
    expect(second).to.equal(first);
    const results = await Promise.all([first, second, third]);
    expect(calls).to.equal(1);
    expect(results.every((x) => x.ok && x.reference === 'AV-1')).to.equal(true);
    expect(sender.busy).to.equal(false);
  });

  it('returns the same success for a referral already sent, without sending again', async () => {
    let calls = 0;
    worker.use(http.post('/test-api/sender', () => (calls++, HttpResponse.json({ reference: 'AV-2' }, { status: 201 }))));
    const sender = new ReferralSender();
    const r = referral();
    await sender.send(r, options);
    const again = await sender.send(r, options);
    expect(again).to.deep.include({ ok: true, reference: 'AV-2' });
    expect(calls).to.equal(1);
  });

  it('lets the person try again after a failure', async () => {
    let calls = 0;
    worker.use(
      http.post('/test-api/sender', () => (++calls <= 2 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json({ reference: 'AV-3' }, { status: 201 }))),
    );
    const sender = new ReferralSender();
    const r = referral();
    expect((await sender.send(r, options)).ok).to.equal(false);
    expect(await sender.send(r, options)).to.deep.include({ ok: true, reference: 'AV-3' });
    expect(calls).to.equal(3);
  });
});
