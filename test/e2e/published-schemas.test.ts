/// <reference types="node" />
// The JSON Schemas the build publishes must agree with the zod schemas the code uses.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { aReferral } from '../fixtures/referral.ts';
import { workGoals } from '../core/referral/helpers.ts';
import { TEST_TIMEOUT } from './harness.ts';

async function schema(name: string) {
  return JSON.parse(await readFile(new URL(`../../dist/${name}`, import.meta.url), 'utf8'));
}

function validator(json: object) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv.compile(json);
}

describe('dist/referral.schema.json', () => {
  it('accepts a referral the model accepts', { timeout: TEST_TIMEOUT }, async () => {
    const validate = validator(await schema('referral.schema.json'));
    assert.equal(validate(aReferral()), true, JSON.stringify(validate.errors));
  });

  it('publishes supersedes: optional, a UUID', { timeout: TEST_TIMEOUT }, async () => {
    const validate = validator(await schema('referral.schema.json'));
    assert.equal(validate(aReferral({ supersedes: '9a4c1b2e-5d6f-4a8b-9c0d-1e2f3a4b5c6d' })), true, JSON.stringify(validate.errors));
    assert.equal(validate(aReferral({ supersedes: 'earlier' })), false);
  });

  it('publishes the work answers and "someone to go with you", optional, and refuses values outside their lists', { timeout: TEST_TIMEOUT }, async () => {
    const validate = validator(await schema('referral.schema.json'));
    const goals = { ...workGoals, timeSincePaidWork: '1-to-2-years', workConfidence: 7 };
    assert.equal(validate(aReferral({ goals, firstVisit: { someoneToGoWith: true } })), true, JSON.stringify(validate.errors));
    assert.equal(validate(aReferral({ goals: { ...goals, workConfidence: 11 } })), false);
    assert.equal(validate(aReferral({ goals: { ...goals, timeSincePaidWork: 'ages' } })), false);
    assert.equal(validate(aReferral({ firstVisit: { someoneToGoWith: 'maybe' } })), false);
    const docs = await readFile(new URL('../../docs/referral.md', import.meta.url), 'utf8');
    for (const field of ['goals.timeSincePaidWork', 'goals.fitNote', 'goals.workAffectingHealth', 'goals.workConfidence', 'firstVisit.someoneToGoWith']) {
      assert.ok(docs.includes(`\`${field}\``), `docs/referral.md shows ${field}`);
    }
  });

  it('refuses one with a wrong schema version, a bad UUID or an unknown field', { timeout: TEST_TIMEOUT }, async () => {
    const validate = validator(await schema('referral.schema.json'));
    assert.equal(validate(aReferral({ schemaVersion: 2 })), false);
    assert.equal(validate(aReferral({ id: 'not-a-uuid' })), false);
    assert.equal(validate(aReferral({ surprise: true })), false);
  });
});

describe('dist/directory.schema.json', () => {
  it('accepts the demo directory', { timeout: TEST_TIMEOUT }, async () => {
    const validate = validator(await schema('directory.schema.json'));
    const data = JSON.parse(await readFile(new URL('../../demo/data/activities.json', import.meta.url), 'utf8'));
    assert.equal(validate(data), true, JSON.stringify(validate.errors?.slice(0, 3)));
    assert.equal(validate({ activities: [{ id: 'x', name: 'X', nextDates: [{ date: '2027-01-12', starts: '10:00' }], firstVisit: { someoneMeetsYou: true, gettingThere: 'Bus 12' } }] }), true, JSON.stringify(validate.errors));
    assert.equal(validate({ activities: [{ id: 'x', name: 'X', nextDates: [{ date: '12/01/2027' }] }] }), false);
  });
});
