/// <reference types="node" />
// The JSON Schemas the build publishes must agree with the zod schemas the code uses.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { aReferral } from '../fixtures/referral.ts';
import { FollowUp } from '../../src/core/model/follow-up.ts';
import { ListingReport } from '../../src/core/model/listing-report.ts';
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

  it('publishes followUp: consent, the ways to send a check-in, and the interval', { timeout: TEST_TIMEOUT }, async () => {
    const validate = validator(await schema('referral.schema.json'));
    const contact = { phone: '07700900123', email: 'sam@example.com', methods: ['text', 'email'], bestDays: [], bestTimes: [], voicemailOk: false, textOk: true, interpreter: false };
    assert.equal(validate(aReferral({ contact, followUp: { consent: true, channels: ['text', 'email'], afterWeeks: 12 } })), true, JSON.stringify(validate.errors));
    assert.equal(validate(aReferral({ followUp: { consent: false, channels: [], afterWeeks: 12 } })), true, JSON.stringify(validate.errors));
    assert.equal(validate(aReferral({ contact, followUp: { consent: true, channels: ['post'], afterWeeks: 12 } })), false);
    assert.equal(validate(aReferral({ contact, followUp: { consent: true, channels: ['text'], afterWeeks: 0 } })), false);
    const docs = await readFile(new URL('../../docs/referral.md', import.meta.url), 'utf8');
    assert.ok(docs.includes('`followUp.channels`'), 'docs/referral.md shows followUp');
  });

  it('refuses one with a wrong schema version, a bad UUID or an unknown field', { timeout: TEST_TIMEOUT }, async () => {
    const validate = validator(await schema('referral.schema.json'));
    assert.equal(validate(aReferral({ schemaVersion: 2 })), false);
    assert.equal(validate(aReferral({ id: 'not-a-uuid' })), false);
    assert.equal(validate(aReferral({ surprise: true })), false);
  });
});

describe('dist/follow-up.schema.json', () => {
  const followUp = (extra: Record<string, unknown> = {}) => ({
    schemaVersion: 1,
    id: '7d3f0a52-9c1e-4b8a-a1d2-3e4f5a6b7c8d',
    referralId: '3b241101-e2bb-4255-8caf-4136c566a962',
    submittedAt: '2027-02-13T09:00:00.000Z',
    source: { widgetVersion: '0.1.0', locale: 'en' },
    // What is sent always holds its lists, empty or not (the schema publishes what is sent).
    workSteps: [],
    workGoals: [],
    activities: [],
    ...extra,
  });

  it('accepts a check-in the model accepts, and refuses what it refuses', { timeout: TEST_TIMEOUT }, async () => {
    const validate = validator(await schema('follow-up.schema.json'));
    const full = followUp({
      wellbeing: { lifeSatisfaction: 6, anxiety: 3 }, loneliness: 'never', employmentStatus: 'working', workSteps: ['applied'],
      workConfidence: 7, workGoals: ['find-work'], activities: [{ id: 'a', name: 'A', went: true, recommend: 'yes' }], gpVisits: 0,
    });
    for (const record of [followUp(), full]) {
      assert.equal(FollowUp.safeParse(record).success, true);
      assert.equal(validate(record), true, JSON.stringify(validate.errors));
    }
    for (const bad of [followUp({ workConfidence: 11 }), followUp({ workSteps: ['won-the-lottery'] }), followUp({ referralId: 'WM-1234' }), followUp({ name: 'Sam' })]) {
      assert.equal(FollowUp.safeParse(bad).success, false);
      assert.equal(validate(bad), false, JSON.stringify(bad));
    }
  });
});

describe('dist/listing-report.schema.json', () => {
  const report = (extra: Record<string, unknown> = {}) => ({
    schemaVersion: 1,
    id: '0b7c1d9e-4f2a-4c3b-9d8e-7f6a5b4c3d2e',
    activity: { id: 'av-knit', name: 'Knit and Natter' },
    reason: 'wrong-time',
    reportedAt: '2026-12-03T10:00:00.000Z',
    source: { widgetVersion: '0.1.0', locale: 'en' },
    ...extra,
  });

  it('accepts a report the model accepts, and refuses what it refuses (nothing about the person fits)', { timeout: TEST_TIMEOUT }, async () => {
    const validate = validator(await schema('listing-report.schema.json'));
    for (const good of [report(), report({ reason: 'other', note: 'Moved to the library' })]) {
      assert.equal(ListingReport.safeParse(good).success, true);
      assert.equal(validate(good), true, JSON.stringify(validate.errors));
    }
    for (const bad of [report({ reason: 'rude' }), report({ note: 'x'.repeat(301) }), report({ id: 'LR-1' }), report({ email: 'sam@example.com' }), report({ activity: { id: 'a', name: 'A', phone: '0' } })]) {
      assert.equal(ListingReport.safeParse(bad).success, false);
      assert.equal(validate(bad), false, JSON.stringify(bad));
    }
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
