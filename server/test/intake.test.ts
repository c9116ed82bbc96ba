import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { toFormBody } from '../../src/core/referral/form-encode.ts';
import type { ServiceRequest } from 'fhir/r4';
import { toFhirBundle } from '../../src/core/referral/fhir.ts';
import type { Db } from '../store/db.ts';
import { newDb, storeKinds } from './helpers/stores.ts';
import { postJson, rowCount, testApp, type TestApp } from './helpers/app.ts';
import { REFERENCE, newReferral } from './helpers/referral.ts';

for (const kind of storeKinds()) {
  describe(`intake on ${kind}`, { timeout: 120_000 }, () => {
    let db: Db;
    let app: TestApp;
    let dispose: () => Promise<void>;
    before(async () => {
      ({ db, dispose } = await newDb(kind));
      app = testApp(db);
    });
    after(() => dispose?.());

    it('GET /healthz names the store', async () => {
      const res = await app.request('/healthz');
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { ok: true, store: kind });
    });

    it('stores a JSON referral and answers 201 with a short readable reference', async () => {
      const referral = newReferral();
      const res = await postJson(app, referral, referral.id);
      assert.equal(res.status, 201);
      const { reference } = (await res.json()) as { reference: string };
      assert.match(reference, REFERENCE);
      assert.equal(await rowCount(db, 'referral_id = $1', [referral.id]), 1);
    });

    it('a repeat with the same key and body replays the same reference and stores one row', async () => {
      const referral = newReferral();
      const first = await postJson(app, referral, referral.id);
      // The same content with other spacing is the same body.
      const again = await postJson(app, JSON.stringify(referral, null, 2), referral.id);
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
      assert.deepEqual(await again.json(), await first.json());
      assert.equal(await rowCount(db, 'referral_id = $1', [referral.id]), 1);
    });

    it('a reused key with a different body is a 422 problem with no field errors, and stores nothing', async () => {
      const referral = newReferral();
      await postJson(app, referral, referral.id);
      const changed = { ...referral, contact: { ...referral.contact, phone: '07700900999' } };
      const res = await postJson(app, changed, referral.id);
      assert.equal(res.status, 422);
      assert.equal(res.headers.get('Content-Type'), 'application/problem+json');
      const body = (await res.json()) as Record<string, unknown>;
      assert.equal(body.status, 422);
      assert.match(String(body.type), /idempotency-key-reused/);
      assert.equal(body.errors, undefined);
      assert.equal(await rowCount(db, 'referral_id = $1', [referral.id]), 1);
      const [row] = await db.query<{ phone: string }>("SELECT document->'contact'->>'phone' AS phone FROM referrals WHERE referral_id = $1", [referral.id]);
      assert.equal(row!.phone, referral.contact.phone);
    });

    it('a different key for a referral id already stored with other content is refused the same way', async () => {
      const referral = newReferral();
      await postJson(app, referral, referral.id);
      const res = await postJson(app, { ...referral, plan: [] }, randomUUID());
      assert.equal(res.status, 422);
      assert.equal((await res.json() as { errors?: unknown }).errors, undefined);
    });

    it('answers 422 with field errors named by Referral path, from the core schema', async () => {
      const referral = newReferral();
      const bad = { ...referral, person: { ...referral.person, postcode: 'not a postcode' }, contact: { ...referral.contact, methods: [] } };
      const res = await postJson(app, bad, referral.id);
      assert.equal(res.status, 422);
      assert.equal(res.headers.get('Content-Type'), 'application/json');
      const { errors } = (await res.json()) as { errors: { field: string; message: string }[] };
      assert.deepEqual(errors.map((e) => e.field).sort(), ['contact.methods', 'person.postcode']);
      for (const e of errors) assert.match(e.message, /^This answer .+\.$/);
      assert.equal(await rowCount(db, 'referral_id = $1', [referral.id]), 0);
    });

    it('a JSON referral needs an Idempotency-Key (400), and valid JSON (400)', async () => {
      const referral = newReferral();
      assert.equal((await postJson(app, referral, undefined)).status, 400);
      assert.equal((await postJson(app, '{"schemaVersion":', referral.id)).status, 400);
      assert.equal(await rowCount(db, 'referral_id = $1', [referral.id]), 0);
    });

    it('takes the form format, keyed by the id field; a repeat replays its reference', async () => {
      const referral = newReferral({ contact: { phone: '07700900123', methods: ['call', 'text'], bestDays: ['mon'], bestTimes: [], voicemailOk: false, textOk: true, interpreter: false } });
      const send = () => app.request('/referrals', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: toFormBody(referral).toString() });
      const first = await send();
      assert.equal(first.status, 201);
      const again = await send();
      assert.deepEqual(await again.json(), await first.json());
      const [row] = await db.query<{ format: string; methods: string[] }>("SELECT format, document->'contact'->'methods' AS methods FROM referrals WHERE referral_id = $1", [referral.id]);
      assert.equal(row!.format, 'form');
      assert.deepEqual(row!.methods, ['call', 'text']);
    });

    it('takes the FHIR transaction Bundle and answers a transaction-response with the ServiceRequest location', async () => {
      const referral = newReferral();
      const bundle = toFhirBundle(referral);
      const send = () => app.request('/fhir', { method: 'POST', headers: { 'Content-Type': 'application/fhir+json' }, body: JSON.stringify(bundle) });
      const res = await send();
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('Content-Type'), 'application/fhir+json');
      const reply = (await res.json()) as { resourceType: string; type: string; entry: { response: { status: string; location: string } }[] };
      assert.equal(reply.type, 'transaction-response');
      assert.equal(reply.entry.length, (bundle.entry as unknown[]).length);
      const location = reply.entry[1]!.response.location;
      assert.match(location, /^ServiceRequest\/WM-[A-Z2-9]{4}-[A-Z2-9]{4}\/_history\/1$/);
      assert.equal(reply.entry[0]!.response.status, '201 Created');
      // Every attempt sends the same bundle (conditional creates): the same reply, one row.
      assert.deepEqual(await (await send()).json(), reply);
      assert.equal(await rowCount(db, 'referral_id = $1', [referral.id]), 1);
    });

    it('refuses a FHIR bundle that is not a Waymark referral with a 422 OperationOutcome', async () => {
      const bundle = toFhirBundle(newReferral());
      (bundle.entry![1]!.resource as ServiceRequest).code = { coding: [{ system: 'http://snomed.info/sct', code: '1234' }] };
      const res = await app.request('/fhir', { method: 'POST', headers: { 'Content-Type': 'application/fhir+json' }, body: JSON.stringify(bundle) });
      assert.equal(res.status, 422);
      const outcome = (await res.json()) as { resourceType: string; issue: { expression: string[] }[] };
      assert.equal(outcome.resourceType, 'OperationOutcome');
      assert.match(outcome.issue[0]!.expression[0]!, /^entry\[1\]\.resource\.code\.coding/);
    });

    it('answers an unknown content type with 415 and an oversized body with 413, storing nothing', async () => {
      const before = await rowCount(db);
      const text = await app.request('/referrals', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' });
      assert.equal(text.status, 415);
      assert.equal(text.headers.get('Content-Type'), 'application/problem+json');
      const referral = newReferral({ contact: { phone: '07700900123', methods: ['call'], voicemailOk: true, textOk: false, interpreter: false, message: 'x'.repeat(1000) } });
      const huge = JSON.stringify({ ...referral, padding: 'x'.repeat(70 * 1024) });
      const res = await postJson(app, huge, referral.id);
      assert.equal(res.status, 413);
      assert.equal(await rowCount(db), before);
    });

    it('answers a body that is not JSON with a 400 problem, on both JSON routes, storing nothing', async () => {
      const before = await rowCount(db);
      for (const [path, type] of [['/referrals', 'application/json'], ['/fhir', 'application/fhir+json']] as const) {
        const res = await app.request(path, { method: 'POST', headers: { 'Content-Type': type, 'Idempotency-Key': randomUUID() }, body: '{"id": ' });
        assert.equal(res.status, 400, path);
        assert.equal(res.headers.get('Content-Type'), 'application/problem+json', path);
        assert.equal(((await res.json()) as { type: string }).type, 'urn:waymark:problem:malformed-json', path);
      }
      assert.equal(await rowCount(db), before);
    });

    it('rate-limits each client with 429 and Retry-After', async () => {
      let clock = 0;
      const limited = testApp(db, { config: { ratePerMinute: 2 }, now: () => clock });
      const statuses = [];
      for (let i = 0; i < 3; i++) {
        const referral = newReferral();
        const res = await postJson(limited, referral, referral.id);
        statuses.push(res.status);
        if (res.status === 429) {
          assert.equal(res.headers.get('Retry-After'), '30');
          assert.equal(res.headers.get('Content-Type'), 'application/problem+json');
        }
      }
      assert.deepEqual(statuses, [201, 201, 429]);
      clock += 30_000;
      const referral = newReferral();
      assert.equal((await postJson(limited, referral, referral.id)).status, 201);
    });

    it('allows configured origins only: a preflight and a post from elsewhere are refused before storing', async () => {
      const allowed = await app.request('/referrals', { method: 'OPTIONS', headers: { Origin: 'https://practice.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' } });
      assert.equal(allowed.status, 204);
      assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), 'https://practice.example');
      assert.match(allowed.headers.get('Access-Control-Allow-Headers')!, /Idempotency-Key/);
      const referral = newReferral();
      const ok = await postJson(app, referral, referral.id, { Origin: 'https://practice.example' });
      assert.equal(ok.headers.get('Access-Control-Allow-Origin'), 'https://practice.example');
      const preflight = await app.request('/referrals', { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
      assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), null);
      const other = newReferral();
      const form = await app.request('/referrals', { method: 'POST', headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' }, body: toFormBody(other).toString() });
      assert.equal(form.status, 403);
      assert.equal(await rowCount(db, 'referral_id = $1', [other.id]), 0);
    });

    it('draws a new reference when one is taken', async () => {
      const taken = ['WM-AAAA-AAAA', 'WM-AAAA-AAAA', 'WM-BBBB-BBBB'];
      const colliding = testApp(db, { newReference: () => taken.shift()! });
      const a = newReferral();
      const b = newReferral();
      assert.deepEqual(await (await postJson(colliding, a, a.id)).json(), { reference: 'WM-AAAA-AAAA' });
      assert.deepEqual(await (await postJson(colliding, b, b.id)).json(), { reference: 'WM-BBBB-BBBB' });
    });

    it('100 concurrent requests with one key store one row, and every reply carries the same reference', async () => {
      const referral = newReferral();
      const replies = await Promise.all(Array.from({ length: 100 }, () => postJson(app, referral, referral.id)));
      const bodies = (await Promise.all(replies.map((r) => r.json()))) as { reference?: string }[];
      assert.deepEqual([...new Set(replies.map((r) => r.status))], [201]);
      const references = new Set(bodies.map((b) => b.reference));
      assert.equal(references.size, 1);
      assert.match([...references][0]!, REFERENCE);
      assert.equal(await rowCount(db, 'referral_id = $1', [referral.id]), 1);
    });

    for (const format of ['json', 'fhir'] as const) {
      it(`a ${format} referral that supersedes another marks the older one superseded`, async () => {
        const older = newReferral();
        const newer = newReferral({ supersedes: older.id, plan: [] });
        const send = (r: typeof older) =>
          format === 'json'
            ? postJson(app, r, r.id)
            : app.request('/fhir', { method: 'POST', headers: { 'Content-Type': 'application/fhir+json' }, body: JSON.stringify(toFhirBundle(r)) });
        assert.equal((await send(older)).status, format === 'json' ? 201 : 200);
        assert.equal((await send(newer)).status, format === 'json' ? 201 : 200);
        const rows = await db.query<{ id: string; status: string; superseded_by: string | null }>(
          'SELECT referral_id::text AS id, status, superseded_by::text AS superseded_by FROM referrals WHERE referral_id IN ($1, $2) ORDER BY referrals.id',
          [older.id, newer.id],
        );
        assert.deepEqual(rows, [
          { id: older.id, status: 'superseded', superseded_by: newer.id },
          { id: newer.id, status: 'new', superseded_by: null },
        ]);
      });
    }

    it('unknown paths are a 404 problem', async () => {
      const res = await app.request('/nothing-here');
      assert.equal(res.status, 404);
      assert.equal(res.headers.get('Content-Type'), 'application/problem+json');
    });
  });
}
