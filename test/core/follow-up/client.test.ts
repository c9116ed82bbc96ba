import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { checkInUrl, openCheckIn, sendCheckIn, tokenFromHash } from '../../../src/core/follow-up/client.ts';
import { FollowUp } from '../../../src/core/model/follow-up.ts';
import { startWorker, worker } from '../../helpers/msw.ts';

const TOKEN = 'a'.repeat(43);
const URL = checkInUrl('https://inbox.example/referrals', TOKEN, 'https://practice.example/check-in');
const CONTEXT = { referralId: '3b241101-e2bb-4255-8caf-4136c566a962', afterWeeks: 12, plan: [], baseline: { workGoals: [] }, expiresAt: '2027-03-01T00:00:00.000Z' };
const problem = (status: number, type: string) => HttpResponse.json({ type: `urn:waymark:problem:${type}`, title: type, status }, { status, headers: { 'Content-Type': 'application/problem+json' } });
const RECORD = FollowUp.parse({ schemaVersion: 1, id: '0f8fad5b-d9cb-469f-a165-70867728950e', referralId: CONTEXT.referralId, submittedAt: '2027-02-20T10:00:00.000Z', source: { widgetVersion: '0.1.0', locale: 'en' } });
const noWait = { sleep: async () => {} };

describe('the check-in client (core/follow-up/client.ts)', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('takes the token from the fragment only when it can be one, and asks beside the referral endpoint', () => {
    expect(tokenFromHash(`#${TOKEN}`)).to.equal(TOKEN);
    expect(tokenFromHash('#WM-ABCD-EFGH')).to.equal(undefined);
    expect(tokenFromHash('')).to.equal(undefined);
    expect(URL).to.equal(`https://inbox.example/check-ins/${TOKEN}`);
    // A relative endpoint is the page's own site (a service's proxy, or the demo's mock).
    expect(checkInUrl('/api/referrals', TOKEN, 'https://practice.example/check-in.html')).to.equal(`https://practice.example/api/check-ins/${TOKEN}`);
  });

  it('opens a link through the schema; says expired, used or unknown; a reply it cannot read is a failure', async () => {
    worker.use(http.get(URL, () => HttpResponse.json(CONTEXT)));
    expect(await openCheckIn(URL)).to.deep.equal({ kind: 'open', context: CONTEXT });
    for (const [reply, kind] of [[problem(410, 'check-in-expired'), 'expired'], [problem(410, 'check-in-used'), 'used'], [problem(404, 'check-in-not-found'), 'unknown'], [HttpResponse.json({ referralId: 'not a uuid' }), 'failed'], [new HttpResponse('oops', { status: 500 }), 'failed']] as const) {
      worker.resetHandlers();
      worker.use(http.get(URL, () => reply.clone()));
      expect((await openCheckIn(URL)).kind).to.equal(kind);
    }
  });

  it('sends once with the record id as Idempotency-Key, trying again after a 503, never after a 410', async () => {
    const keys: (string | null)[] = [];
    let calls = 0;
    worker.use(http.post(URL, ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key'));
      return ++calls === 1 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json({ reference: 'CI-0F8FAD5B' }, { status: 201 });
    }));
    expect(await sendCheckIn(URL, RECORD, noWait)).to.deep.equal({ kind: 'sent', reference: 'CI-0F8FAD5B' });
    expect(keys).to.deep.equal([RECORD.id, RECORD.id]);
    worker.resetHandlers();
    calls = 0;
    worker.use(http.post(URL, () => (calls++, problem(410, 'check-in-used'))));
    expect(await sendCheckIn(URL, RECORD, noWait)).to.deep.equal({ kind: 'used' });
    expect(calls).to.equal(1);
    worker.resetHandlers();
    worker.use(http.post(URL, () => HttpResponse.json({ nothing: true }, { status: 201 })));
    expect(await sendCheckIn(URL, RECORD, noWait)).to.deep.equal({ kind: 'failed' });
  });
});
