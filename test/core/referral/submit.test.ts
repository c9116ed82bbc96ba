import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { referralErrorText } from '../../../src/words/referral-errors.ts';
import { submitReferral, type SubmitOptions } from '../../../src/core/referral/submit.ts';
import { startWorker, worker } from '../../helpers/msw.ts';
import { referral } from './helpers.ts';

/**
 * Each test posts to an address of its own. A request an earlier test gave up on (a 50 ms
 * timeout) can still reach msw late on a busy machine; at a shared address the next test's
 * service would count it as its own.
 */
let endpoint = '/test-api/referrals';
let tests = 0;

interface Seen {
  key: string | null;
  contentType: string | null;
  body: string;
}

/**
 * A referral service that stores each referral once per Idempotency-Key, answering with the
 * given replies in turn (the last one repeats).
 */
function service(replies: (() => Response | Promise<Response>)[]) {
  const seen: Seen[] = [];
  const stored = new Map<string, string>();
  worker.use(
    http.post(endpoint, async ({ request }) => {
      const body = await request.text();
      const key = request.headers.get('Idempotency-Key');
      seen.push({ key, contentType: request.headers.get('Content-Type'), body });
      const reply = await (replies[seen.length - 1] ?? replies[replies.length - 1]!)();
      if (reply.status >= 200 && reply.status < 300 && key && !stored.has(key)) stored.set(key, body);
      return reply;
    }),
  );
  return { seen, stored };
}

/**
 * The real timeout on the first attempt only: later attempts wait as long as the reply takes, so
 * a busy machine cannot time out the try that is meant to succeed.
 */
function firstAttemptOnly(): (ms: number) => AbortSignal {
  let attempt = 0;
  return (ms) => (++attempt === 1 ? AbortSignal.timeout(ms) : new AbortController().signal);
}

/** Records the waits instead of waiting, so backoff is checked without slowing the tests. */
function options(overrides: Partial<SubmitOptions> = {}) {
  const waits: number[] = [];
  const attempts: number[] = [];
  const opts: SubmitOptions = {
    endpoint,
    format: 'json',
    // Tests about timeouts set their own; a mocked reply can take seconds on a busy machine.
    timeoutMs: 15000,
    maxAttempts: 4,
    sleep: async (ms) => void waits.push(ms),
    random: () => 0.5,
    now: () => Date.parse('2026-11-21T10:00:00Z'),
    onAttempt: (n) => void attempts.push(n),
    ...overrides,
  };
  return { opts, waits, attempts };
}

describe('submitting a referral', () => {
  before(startWorker);
  beforeEach(() => (endpoint = `/test-api/referrals/${++tests}`));
  afterEach(() => worker.resetHandlers());

  it('sends JSON with the Idempotency-Key and returns the reference on a 201', async () => {
    const { seen, stored } = service([() => HttpResponse.json({ reference: 'AV-1042' }, { status: 201 })]);
    const r = referral();
    const { opts } = options();
    const result = await submitReferral(r, opts);
    expect(result).to.deep.equal({ ok: true, reference: 'AV-1042', attempts: 1 });
    expect(seen).to.have.length(1);
    expect(seen[0]!.key).to.equal(r.id);
    expect(seen[0]!.contentType).to.equal('application/json');
    expect(JSON.parse(seen[0]!.body)).to.deep.equal(JSON.parse(JSON.stringify(r)));
    expect(stored.size).to.equal(1);
  });

  it('retries two 503s with backoff, then stores one referral, the same key every time', async () => {
    const { seen, stored } = service([
      () => new HttpResponse(null, { status: 503 }),
      () => new HttpResponse(null, { status: 503 }),
      () => HttpResponse.json({ reference: 'AV-1043' }, { status: 201 }),
    ]);
    const r = referral();
    const { opts, waits, attempts } = options();
    const result = await submitReferral(r, opts);
    expect(result).to.deep.equal({ ok: true, reference: 'AV-1043', attempts: 3 });
    expect(seen.map((s) => s.key)).to.deep.equal([r.id, r.id, r.id]);
    expect(new Set(seen.map((s) => s.body)).size).to.equal(1);
    expect(stored.size).to.equal(1);
    expect(attempts).to.deep.equal([1, 2, 3]);
    // Full jitter with random() = 0.5: half of 1 s, then half of 2 s.
    expect(waits).to.deep.equal([500, 1000]);
  });

  it('waits as long as a 429 Retry-After asks', async () => {
    service([
      () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '7' } }),
      () => HttpResponse.json({ reference: 'AV-1044' }, { status: 201 }),
    ]);
    const { opts, waits } = options();
    const result = await submitReferral(referral(), opts);
    expect(result.ok).to.equal(true);
    expect(waits).to.deep.equal([7000]);
  });

  it('reads a Retry-After given as an HTTP date', async () => {
    service([
      () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': 'Sat, 21 Nov 2026 10:00:04 GMT' } }),
      () => HttpResponse.json({ reference: 'AV-1045' }, { status: 201 }),
    ]);
    const { opts, waits } = options();
    expect((await submitReferral(referral(), opts)).ok).to.equal(true);
    expect(waits).to.deep.equal([4000]);
  });

  it('hands control back instead of waiting when Retry-After is longer than the cap', async () => {
    const { seen } = service([() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '3600' } })]);
    const { opts, waits } = options();
    const result = await submitReferral(referral(), opts);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.reason).to.equal('server');
    expect(result.status).to.equal(429);
    expect(seen).to.have.length(1);
    expect(waits).to.deep.equal([]);
  });

  it('gives up after maxAttempts of server errors, saying so', async () => {
    const { seen } = service([() => new HttpResponse(null, { status: 500 })]);
    const { opts, waits } = options({ maxAttempts: 3 });
    const result = await submitReferral(referral(), opts);
    expect(result).to.deep.include({ ok: false, reason: 'server', attempts: 3, status: 500 });
    expect(seen).to.have.length(3);
    expect(waits).to.have.length(2);
  });

  it('times out each attempt and retries with the same key', async () => {
    const { seen } = service([
      () => new Promise<Response>(() => undefined),
      () => HttpResponse.json({ reference: 'AV-1046' }, { status: 201 }),
    ]);
    const { opts } = options({ timeoutMs: 600, timeout: firstAttemptOnly() });
    const result = await submitReferral(referral(), opts);
    expect(result).to.deep.equal({ ok: true, reference: 'AV-1046', attempts: 2 });
    expect(seen[0]!.key).to.equal(seen[1]!.key);
  });

  it('treats a reply whose body stalls past the timeout as a timeout, not a broken service', async () => {
    const encoder = new TextEncoder();
    const stalled = () =>
      new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(encoder.encode('{"reference":'));
          await delay(3000);
          controller.enqueue(encoder.encode('"too-late"}'));
          controller.close();
        },
      });
    service([
      () => new HttpResponse(stalled(), { status: 201, headers: { 'Content-Type': 'application/json' } }),
      () => HttpResponse.json({ reference: 'AV-1047' }, { status: 201 }),
    ]);
    const { opts } = options({ timeoutMs: 600, timeout: firstAttemptOnly() });
    expect(await submitReferral(referral(), opts)).to.deep.equal({ ok: true, reference: 'AV-1047', attempts: 2 });
  });

  it('reports a timeout when every attempt runs out of time', async () => {
    service([
      async () => {
        await delay(1000);
        return HttpResponse.json({ reference: 'too-late' }, { status: 201 });
      },
    ]);
    const { opts } = options({ timeoutMs: 50, maxAttempts: 2 });
    const result = await submitReferral(referral(), opts);
    expect(result).to.deep.include({ ok: false, reason: 'timeout', attempts: 2 });
  });

  it('reports offline when the network fails on every attempt', async () => {
    const { seen } = service([() => HttpResponse.error()]);
    const { opts } = options({ maxAttempts: 3 });
    const result = await submitReferral(referral(), opts);
    expect(result).to.deep.include({ ok: false, reason: 'offline', attempts: 3 });
    expect(seen).to.have.length(3);
  });

  it('maps 422 field errors onto the form fields, without retrying', async () => {
    const { seen } = service([
      () =>
        HttpResponse.json(
          {
            errors: [
              { field: 'person.postcode', message: 'We do not cover this postcode. Call us to find your local service.' },
              { field: 'contact.phone' },
              { field: 'person.dateOfBirth', message: 'Check your date of birth' },
              { field: 'somethingElse', message: 'Something is not right' },
            ],
          },
          { status: 422 },
        ),
    ]);
    const { opts } = options();
    const result = await submitReferral(referral(), opts);
    expect(seen).to.have.length(1);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.reason).to.equal('invalid');
    expect(result.fieldErrors).to.deep.equal([
      { code: 'service.message', text: 'We do not cover this postcode. Call us to find your local service.', field: 'postcode' },
      { code: 'service.check-answer', field: 'phone' },
      { code: 'service.message', text: 'Check your date of birth', field: 'dateOfBirth', parts: ['day', 'month', 'year'] },
      { code: 'service.message', text: 'Something is not right', field: '' },
    ]);
    expect(result.fieldErrors.map(referralErrorText)).to.deep.equal([
      'We do not cover this postcode. Call us to find your local service.',
      'Check this answer',
      'Check your date of birth',
      'Something is not right',
    ]);
  });

  it('never shows a 422 without an errors list as field errors: the Idempotency-Key draft\'s "key reused with another body"', async () => {
    const { seen } = service([
      () =>
        HttpResponse.json(
          { type: 'https://example.org/idempotency-key-reused', title: 'Idempotency-Key is already used with a different request', status: 422 },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    ]);
    const result = await submitReferral(referral(), options().opts);
    expect(result).to.deep.include({ ok: false, reason: 'conflict', fieldErrors: [], status: 422, mayHaveArrived: true, attempts: 1 });
    expect(seen).to.have.length(1);
  });

  it('treats a 422 it cannot read at all the same way, never as field errors', async () => {
    service([() => new HttpResponse('<html>nope</html>', { status: 422 })]);
    const result = await submitReferral(referral(), options().opts);
    expect(result).to.deep.include({ ok: false, reason: 'conflict', fieldErrors: [] });
  });

  it('retries a 409 (an earlier try with this key is still being processed), then says it may have arrived', async () => {
    const { seen } = service([() => HttpResponse.json({ type: 'about:blank', title: 'Conflict', status: 409 }, { status: 409 })]);
    const { opts, waits } = options({ maxAttempts: 3 });
    const result = await submitReferral(referral(), opts);
    expect(result).to.deep.include({ ok: false, reason: 'in-progress', status: 409, attempts: 3, fieldErrors: [], mayHaveArrived: true });
    expect(seen).to.have.length(3);
    expect(new Set(seen.map((s) => s.key)).size).to.equal(1);
    expect(waits).to.have.length(2);
  });

  it('takes the stored answer once the 409 clears', async () => {
    service([() => new HttpResponse(null, { status: 409 }), () => HttpResponse.json({ reference: 'AV-1048' }, { status: 200 })]);
    expect(await submitReferral(referral(), options().opts)).to.deep.equal({ ok: true, reference: 'AV-1048', attempts: 2 });
  });

  it('never follows a redirect, and never calls one a success', async () => {
    const { seen } = service([() => new HttpResponse(null, { status: 301, headers: { Location: '/thanks.html' } })]);
    let followed = 0;
    worker.use(http.get('/thanks.html', () => (followed++, HttpResponse.json({ reference: 'MADE-UP' }))));
    const result = await submitReferral(referral(), options({ format: 'form' }).opts);
    expect(result).to.deep.include({ ok: false, reason: 'redirected', attempts: 1, mayHaveArrived: true });
    expect(seen).to.have.length(1);
    expect(followed).to.equal(0);
  });

  it('says plainly when the service certainly does not have it (a 400), and when it may (a timeout after a 503)', async () => {
    service([() => HttpResponse.json({ error: 'bad request' }, { status: 400 })]);
    expect(await submitReferral(referral(), options().opts)).to.deep.include({ mayHaveArrived: false });
    worker.resetHandlers();
    service([() => new HttpResponse(null, { status: 503 }), async () => (await delay(1000), new HttpResponse(null, { status: 503 }))]);
    const result = await submitReferral(referral(), options({ timeoutMs: 100, maxAttempts: 2 }).opts);
    expect(result).to.deep.include({ ok: false, reason: 'timeout', mayHaveArrived: true });
    worker.resetHandlers();
    service([() => new HttpResponse(null, { status: 503 })]);
    expect(await submitReferral(referral(), options({ maxAttempts: 2 }).opts)).to.deep.include({ reason: 'server', mayHaveArrived: false });
  });

  it('gives the Retry-After it was told with the failure, so "Try again" can wait it out', async () => {
    service([() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '60' } })]);
    const result = await submitReferral(referral(), options().opts);
    expect(result).to.deep.include({ ok: false, reason: 'server', retryAfterMs: 60000, attempts: 1 });
  });

  it('sends with keepalive while the body fits the browser\'s 64 KB limit, and without it when it does not', async () => {
    const modes: boolean[] = [];
    worker.use(
      http.post(endpoint, ({ request }) => {
        modes.push(request.keepalive);
        return HttpResponse.json({ reference: 'AV-1049' }, { status: 201 });
      }),
    );
    expect((await submitReferral(referral(), options().opts)).ok).to.equal(true);
    const long = referral({ contact: { phone: '07700900123', methods: ['call'], voicemailOk: true, textOk: false, interpreter: false, message: 'x'.repeat(2000) }, plan: Array.from({ length: 600 }, (_, i) => ({ id: `a-${i}`, name: 'An activity with a long name '.repeat(4) })) });
    expect((await submitReferral(long, options().opts)).ok).to.equal(true);
    expect(modes).to.deep.equal([true, false]);
  });

  it('fails plainly on a 400, without retrying', async () => {
    const { seen } = service([() => HttpResponse.json({ error: 'bad request' }, { status: 400 })]);
    const result = await submitReferral(referral(), options().opts);
    expect(result).to.deep.include({ ok: false, reason: 'rejected', status: 400, attempts: 1 });
    expect(seen).to.have.length(1);
  });

  it('never calls a 2xx without a reference a success', async () => {
    service([() => HttpResponse.json({ ok: true }, { status: 200 })]);
    const result = await submitReferral(referral(), options().opts);
    expect(result).to.deep.include({ ok: false, reason: 'server', status: 200 });
  });

  describe('as FHIR', () => {
    // First in this block: once the mapping has loaded, the page keeps it.
    it('fails as offline, with nothing sent, when the FHIR mapping\'s code does not arrive; the next try fetches it', async () => {
      const { seen } = service([() => HttpResponse.json({ resourceType: 'Bundle', type: 'transaction-response', entry: [{}, { resource: { resourceType: 'ServiceRequest', id: 'sr-76' } }] })]);
      let fetched = 0;
      worker.use(http.get(/\/src\/core\/referral\/fhir\.ts/, () => (++fetched, HttpResponse.error())));
      const lost = await submitReferral(referral(), options({ format: 'fhir' }).opts);
      expect(lost).to.deep.include({ ok: false, reason: 'offline', mayHaveArrived: false, attempts: 0 });
      expect(fetched).to.equal(1);
      expect(seen).to.have.length(0);
      worker.resetHandlers();
      service([() => HttpResponse.json({ resourceType: 'Bundle', type: 'transaction-response', entry: [{}, { resource: { resourceType: 'ServiceRequest', id: 'sr-76' } }] })]);
      expect(await submitReferral(referral(), options({ format: 'fhir' }).opts)).to.deep.equal({ ok: true, reference: 'sr-76', attempts: 1 });
    });

    it('posts a transaction Bundle and reads the ServiceRequest id from the transaction-response', async () => {
      const { seen } = service([
        () =>
          HttpResponse.json(
            {
              resourceType: 'Bundle',
              type: 'transaction-response',
              entry: [
                { response: { status: '201 Created', location: 'Patient/p1/_history/1' } },
                { response: { status: '201 Created', location: 'https://fhir.example/R4/ServiceRequest/sr-77/_history/1' } },
              ],
            },
            { status: 200 },
          ),
      ]);
      const result = await submitReferral(referral(), options({ format: 'fhir' }).opts);
      expect(result).to.deep.equal({ ok: true, reference: 'sr-77', attempts: 1 });
      expect(seen[0]!.contentType).to.equal('application/fhir+json');
      expect(seen[0]!.key).to.equal(null);
      const bundle = JSON.parse(seen[0]!.body);
      expect(bundle.resourceType).to.equal('Bundle');
      expect(bundle.type).to.equal('transaction');
    });

    it('falls back to the Location header', async () => {
      service([() => new HttpResponse(null, { status: 201, headers: { Location: 'ServiceRequest/sr-78' } })]);
      const result = await submitReferral(referral(), options({ format: 'fhir' }).opts);
      expect(result).to.deep.equal({ ok: true, reference: 'sr-78', attempts: 1 });
    });

    it('retries a 503 with the very same bundle', async () => {
      const { seen } = service([
        () => new HttpResponse(null, { status: 503 }),
        () => HttpResponse.json({ resourceType: 'Bundle', type: 'transaction-response', entry: [{}, { resource: { resourceType: 'ServiceRequest', id: 'sr-79' } }] }),
      ]);
      const result = await submitReferral(referral(), options({ format: 'fhir' }).opts);
      expect(result).to.deep.include({ ok: true, reference: 'sr-79' });
      expect(seen[0]!.body).to.equal(seen[1]!.body);
    });
  });

  describe('as a form post', () => {
    it('sends url-encoded fields without custom headers, and makes a reference from the id', async () => {
      const { seen } = service([() => new HttpResponse('Thanks!', { status: 200, headers: { 'Content-Type': 'text/html' } })]);
      const r = referral();
      const result = await submitReferral(r, options({ format: 'form' }).opts);
      expect(result).to.deep.equal({ ok: true, reference: '3B241101', attempts: 1 });
      expect(seen[0]!.contentType).to.equal('application/x-www-form-urlencoded');
      expect(seen[0]!.key).to.equal(null);
      expect(new URLSearchParams(seen[0]!.body).get('id')).to.equal(r.id);
    });

    it('uses the reference a form service gives', async () => {
      service([() => HttpResponse.json({ reference: 'F-9' })]);
      const result = await submitReferral(referral(), options({ format: 'form' }).opts);
      expect(result).to.deep.include({ ok: true, reference: 'F-9' });
    });

    it('does not resend after a lost connection, which may have delivered it: the person decides', async () => {
      const { seen } = service([() => HttpResponse.error()]);
      const result = await submitReferral(referral(), options({ format: 'form' }).opts);
      expect(result).to.deep.include({ ok: false, reason: 'offline', attempts: 1 });
      expect(seen).to.have.length(1);
    });

    it('does resend after a 503, which says it was not taken', async () => {
      const { seen } = service([() => new HttpResponse(null, { status: 503 }), () => new HttpResponse(null, { status: 204 })]);
      const result = await submitReferral(referral(), options({ format: 'form' }).opts);
      expect(result).to.deep.include({ ok: true, attempts: 2 });
      expect(seen).to.have.length(2);
    });
  });
});
