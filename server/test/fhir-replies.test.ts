import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Bundle, ServiceRequest } from 'fhir/r4';
import { toFhirBundle } from '../../src/core/referral/fhir.ts';
import { exportChunks } from '../export/export.ts';
import type { Db } from '../store/db.ts';
import { referralsSince } from '../store/referrals.ts';
import { r4Problems } from '../../test/e2e/fhir/validate-r4.ts';
import { goals } from '../../test/core/referral/helpers.ts';
import { newDb } from './helpers/stores.ts';
import { postJson, testApp, type TestApp } from './helpers/app.ts';
import { newReferral } from './helpers/referral.ts';

// What the inbox says in FHIR, checked by an independent R4 validator (Medplum's): the
// transaction-response to POST /fhir and the bundles `export --format fhir` writes.
describe('the inbox speaks valid FHIR R4', { timeout: 120_000 }, () => {
  let db: Db;
  let app: TestApp;
  let dispose: () => Promise<void>;
  before(async () => {
    ({ db, dispose } = await newDb('pglite'));
    app = testApp(db);
  });
  after(() => dispose?.());

  it('the transaction-response and every exported bundle, superseded ones included', async () => {
    const older = newReferral({ goals });
    const reply = await app.request('/fhir', { method: 'POST', headers: { 'Content-Type': 'application/fhir+json' }, body: JSON.stringify(toFhirBundle(older)) });
    assert.deepEqual(r4Problems((await reply.json()) as Bundle), []);
    const newer = newReferral({ supersedes: older.id });
    assert.equal((await postJson(app, newer, newer.id)).status, 201);

    let text = '';
    for await (const chunk of exportChunks(referralsSince(db, undefined), 'fhir')) text += chunk;
    const bundles = text.trim().split('\n').map((line) => JSON.parse(line) as Bundle);
    assert.equal(bundles.length, 2);
    for (const bundle of bundles) assert.deepEqual(r4Problems(bundle), []);
    const statuses = bundles.map((b) => b.entry!.map((e) => e.resource!).find((r): r is ServiceRequest => r.resourceType === 'ServiceRequest')?.status);
    assert.deepEqual(statuses, ['revoked', 'active']);
  });
});
