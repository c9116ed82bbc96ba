import { delay, http, HttpResponse } from 'msw';
import { problemDescription } from '../../src/core/text/problem-text.ts';
import activities from '../data/activities.json';
import outcodes from '../data/outcodes.json';
import { Referral } from '../../src/core/model/referral.ts';
import { parseWith } from '../../src/core/model/problems.ts';
import { apiState, nextReference } from './api-state.ts';

const OUTCODES = outcodes as Record<string, { outcode: string; latitude: number; longitude: number }>;

/** Applies the failure mode chosen in the demo control. Returns a response to send instead, if any. */
async function failureFor(): Promise<Response | undefined> {
  apiState.attempts += 1;
  switch (apiState.mode) {
    case 'slow':
      await delay(6000);
      return undefined;
    case 'fails-503':
      return HttpResponse.json({ message: 'Service unavailable' }, { status: 503 });
    case 'fails-then-works':
      return apiState.attempts % 3 === 0 ? undefined : HttpResponse.json({ message: 'Service unavailable' }, { status: 503 });
    case 'busy-429':
      return HttpResponse.json({ message: 'Too many requests' }, { status: 429, headers: { 'Retry-After': '2' } });
    case 'offline':
      return HttpResponse.error();
    default:
      return undefined;
  }
}

function stored(key: string | null) {
  return key ? apiState.received.get(key) : undefined;
}

function store(key: string, referral: unknown, format: string) {
  const reference = nextReference();
  apiState.received.set(key, { reference, referral, format });
  apiState.changed();
  return reference;
}

/**
 * The demo check-in link's token (demo/index.html links to /check-in.html#<this>): a check-in
 * twelve weeks after a referral with two activities in its plan. Any other token is unknown.
 */
export const DEMO_CHECK_IN_TOKEN = 'demo-check-in-link-for-ashby-vale-000000000';
const demoCheckIn = {
  referralId: '3b241101-e2bb-4255-8caf-4136c566a962',
  afterWeeks: 12,
  plan: [
    { id: 'av-health-walks', name: 'Health Walks in Vale Park' },
    { id: 'av-vale-voices-choir', name: 'Vale Voices Community Choir' },
  ],
  baseline: {
    wellbeing: { lifeSatisfaction: 4, worthwhile: 5, happiness: 4, anxiety: 7 },
    loneliness: 'often-always',
    employmentStatus: 'looking-for-work',
    workConfidence: 3,
    workGoals: ['find-work'],
  },
  expiresAt: '2099-01-01T00:00:00.000Z',
};
const unknownLink = () => HttpResponse.json({ type: 'urn:waymark:problem:check-in-not-found', title: 'This link does not work', status: 404 }, { status: 404 });

export const handlers = [
  // The inbox's check-in link, as GET /check-ins/{token} and POST /check-ins/{token} answer it.
  http.get('/api/check-ins/:token', async ({ params }) => {
    await delay(150);
    return params.token === DEMO_CHECK_IN_TOKEN ? HttpResponse.json(demoCheckIn) : unknownLink();
  }),
  http.post('/api/check-ins/:token', async ({ params }) => {
    const failure = await failureFor();
    if (failure) return failure;
    return params.token === DEMO_CHECK_IN_TOKEN ? HttpResponse.json({ reference: 'CI-DEMO' }, { status: 201 }) : unknownLink();
  }),

  http.get('/api/directory/activities.json', async () => {
    await delay(150);
    return HttpResponse.json(activities);
  }),

  // postcodes.io's shape: { status, result }. Only outward codes ever reach it.
  http.get('/api/postcodes/outcodes/:outcode', async ({ params }) => {
    await delay(100);
    const result = OUTCODES[String(params.outcode).toUpperCase()];
    return result
      ? HttpResponse.json({ status: 200, result })
      : HttpResponse.json({ status: 404, error: 'Outcode not found' }, { status: 404 });
  }),

  // Waymark JSON: checked with the same schema the form builds it with.
  http.post('/api/referrals', async ({ request }) => {
    const failure = await failureFor();
    if (failure) return failure;
    const key = request.headers.get('Idempotency-Key');
    const again = stored(key);
    if (again) return HttpResponse.json({ reference: again.reference }, { status: 200 });
    const body: unknown = await request.json().catch(() => undefined);
    const parsed = parseWith(Referral, body);
    if (!parsed.ok) {
      return HttpResponse.json(
        { errors: parsed.problems.map((p) => ({ field: p.path, message: problemDescription(p) })) },
        { status: 422 },
      );
    }
    if (key !== parsed.value.id) {
      return HttpResponse.json({ errors: [{ field: 'id', message: 'must equal the Idempotency-Key header' }] }, { status: 422 });
    }
    return HttpResponse.json({ reference: store(key, parsed.value, 'json') }, { status: 201 });
  }),

  // Form-to-email services and automation webhooks.
  http.post('/api/referrals-form', async ({ request }) => {
    const failure = await failureFor();
    if (failure) return failure;
    const form = Object.fromEntries(new URLSearchParams(await request.text()));
    const key = request.headers.get('Idempotency-Key') ?? form.id ?? crypto.randomUUID();
    const again = stored(key);
    return HttpResponse.json({ reference: again?.reference ?? store(key, form, 'form') }, { status: again ? 200 : 201 });
  }),

  // A FHIR server's transaction endpoint: the base URL itself.
  http.post('/api/fhir', async ({ request }) => {
    const failure = await failureFor();
    if (failure) return failure;
    const bundle = (await request.json().catch(() => undefined)) as { resourceType?: string; type?: string; entry?: unknown[] } | undefined;
    if (bundle?.resourceType !== 'Bundle' || bundle.type !== 'transaction' || !Array.isArray(bundle.entry)) {
      return HttpResponse.json(
        { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'invalid', diagnostics: 'Expected a transaction Bundle' }] },
        { status: 400 },
      );
    }
    const key = request.headers.get('Idempotency-Key') ?? crypto.randomUUID();
    const reference = stored(key)?.reference ?? store(key, bundle, 'fhir');
    return HttpResponse.json({
      resourceType: 'Bundle',
      type: 'transaction-response',
      entry: bundle.entry.map((_, i) => ({
        response: { status: '201 Created', location: i === 1 ? `ServiceRequest/${reference}/_history/1` : undefined },
      })),
    });
  }),
];
