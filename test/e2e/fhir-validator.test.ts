/// <reference types="node" />
// Every FHIR bundle Waymark can make passes an independent FHIR R4 validator (Medplum's; see
// fhir/validate-r4.ts). In Node: the R4 definitions are 9 MB of JSON, read once per run. The
// bundles are built the way the widget builds them (a draft through buildReferral, goals through
// the default questionnaire's scoring), and then from any referral the schema accepts, which is
// also what the inbox may turn into FHIR on export.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Bundle, Observation, QuestionnaireResponse, ServiceRequest } from 'fhir/r4';
import { followUpToFhir } from '../../src/core/follow-up/fhir.ts';
import { toFhirBundle } from '../../src/core/referral/fhir.ts';
import { buildReferral, type ReferralContext } from '../../src/core/referral/build.ts';
import { FollowUp, Referral, LEGAL_BASES, type GoalsResult } from '../../src/core/model/index.ts';
import { EMPLOYMENT_STATUSES, FIT_NOTE_ANSWERS, TIME_SINCE_PAID_WORK, WORK_GOALS, WORK_HEALTH_ANSWERS } from '../../src/core/vocabulary/lists.ts';
import { scoreAnswers, type Answers } from '../../src/core/questionnaire/index.ts';
import { defaultQuestionnaire } from '../../src/words/default-set.ts';
import { completeDraft, goals as someGoals, workGoals } from '../core/referral/helpers.ts';
import { aReferral } from '../fixtures/referral.ts';
import { SEED, PAYLOADS } from '../fuzz/arbitraries.ts';
import { r4Problems } from './fhir/validate-r4.ts';

const ID = '3b241101-e2bb-4255-8caf-4136c566a962';
const EARLIER = '9a4c1b2e-5d6f-4a8b-9c0d-1e2f3a4b5c6d';
const PLAN = [{ id: 'av-walking', name: 'Walking for health' }, { id: 'av-cafe', name: 'Community café, Tuesdays' }];

function context(extra: Partial<ReferralContext> = {}): ReferralContext {
  return {
    id: ID,
    submittedAt: '2026-11-21T10:15:00.000Z',
    page: 'https://practice.example/help',
    widgetVersion: '0.1.0',
    locale: 'en',
    kiosk: false,
    legalBasis: 'consent',
    today: new Date('2026-11-21T10:15:00Z'),
    ...extra,
  };
}

function built(draft = completeDraft(), extra: Partial<ReferralContext> = {}): Referral {
  const result = buildReferral(draft, context(extra));
  assert.ok(result.ok, `the referral builds: ${JSON.stringify(result)}`);
  return result.value;
}

/** Every question of the default set answered, as a person going the whole way through would. */
const EVERY_ANSWER: Answers = {
  'help-with': ['loneliness', 'work', 'something-else'],
  'something-else': 'Getting out of the house more',
  loneliness: 'some-of-the-time',
  'work-situation': 'off-sick',
  'work-help': ['stay-or-return', 'volunteer'],
  'take-part': ['group', 'in-person'],
  days: ['tue', 'thu'],
  times: ['morning'],
  distance: 'up-to-3',
  easier: ['step-free', 'language'],
  'easier-details': 'Someone who speaks Polish',
  wellbeing: true,
  'life-satisfaction': 4,
  worthwhile: 5,
  happiness: 3,
  anxiety: 8,
};

function journeyGoals(answers: Answers): GoalsResult {
  return scoreAnswers(defaultQuestionnaire(), answers, 'en');
}

function assertValid(referral: Referral): Bundle {
  const bundle = toFhirBundle(referral);
  assert.deepEqual(r4Problems(bundle), []);
  return bundle;
}

const types = (bundle: Bundle) => bundle.entry?.map((e) => e.resource?.resourceType) ?? [];
const followUpObservation = (bundle: Bundle) =>
  bundle.entry!.map((e) => e.resource as Observation).find((r) => r.resourceType === 'Observation' && r.code.coding?.[0]?.code === 'follow-up-consent')!;
/** The bundle's resources but the work Observations (tested on their own). */
const main = (bundle: Bundle) => types(bundle).filter((t) => t !== 'Observation');

describe('FHIR R4: every bundle Waymark makes passes an independent validator', { timeout: 120_000 }, () => {
  it('a lone request-a-call form: no goals, no plan', () => {
    const bundle = assertValid(built(completeDraft(), { plan: [] }));
    assert.deepEqual(types(bundle), ['Patient', 'ServiceRequest']);
  });

  it('a lone form with only what is required (no email, NHS number, language or message)', () => {
    const draft = completeDraft({ preferredName: '', nhsNumber: '', email: '', language: '', interpreter: false, message: '', methods: ['call'], bestDays: [], bestTimes: [] });
    assertValid(built(draft));
  });

  it('the whole journey: every default question answered, a plan, and the form', () => {
    const goals = journeyGoals(EVERY_ANSWER);
    assert.equal(goals.answers.length, Object.keys(EVERY_ANSWER).length, 'every answer is recorded');
    const bundle = assertValid(built(completeDraft({ assisted: true }), { goals, plan: PLAN }));
    assert.deepEqual(main(bundle), ['Patient', 'ServiceRequest', 'QuestionnaireResponse']);
    assert.ok(types(bundle).includes('Observation'), 'the work answers are coded');
  });

  it('a journey that says "not right now" to work and skips the optional questions', () => {
    const goals = journeyGoals({ 'help-with': ['mental-wellbeing'], 'work-help': ['not-now'], wellbeing: false });
    assertValid(built(completeDraft(), { goals, plan: PLAN.slice(0, 1) }));
  });

  it('goals with no answers recorded leave the QuestionnaireResponse out', () => {
    const bundle = assertValid(built(completeDraft(), { goals: { ...someGoals, answers: [] } }));
    assert.deepEqual(main(bundle), ['Patient', 'ServiceRequest']);
  });

  it('every work answer and "someone to go with you", as coded Observations, under each employment status', () => {
    for (const employmentStatus of ['working', 'off-sick', 'looking-for-work', 'unable-health', 'caring', 'studying', 'retired', 'prefer-not-to-say'] as const) {
      const bundle = assertValid(built(completeDraft({ someoneToGoWith: 'no' }), { goals: { ...workGoals, employmentStatus }, plan: PLAN }));
      assert.equal(types(bundle).filter((t) => t === 'Observation').length, 9);
    }
  });

  it('consent to a check-in: an Observation with the ways to send it and after how long; a "no" too', () => {
    const draft = completeDraft({ methods: ['call', 'text', 'email'], email: 'sam@example.com', followUpChannels: ['email', 'text'] });
    const yes = assertValid(built(draft, { followUpAfterWeeks: 12 }));
    const consent = followUpObservation(yes);
    assert.equal(consent.valueBoolean, true);
    assert.deepEqual(consent.component?.map((c) => c.valueCodeableConcept?.coding?.[0]?.code ?? c.valueQuantity?.value), ['text', 'email', 12]);
    const no = assertValid(built(completeDraft(), { followUpAfterWeeks: 8 }));
    const refused = followUpObservation(no);
    assert.equal(refused.valueBoolean, false);
    assert.equal(refused.component?.length, 1);
  });

  it('a referral that supersedes an earlier one', () => {
    const bundle = assertValid(built(completeDraft(), { supersedes: EARLIER, goals: journeyGoals(EVERY_ANSWER) }));
    const request = bundle.entry?.[1]?.resource as ServiceRequest;
    assert.equal(request.replaces?.[0]?.identifier?.value, `urn:uuid:${EARLIER}`);
  });

  it('every optional field filled, under each legal basis', () => {
    for (const basis of LEGAL_BASES) {
      assertValid(Referral.parse(aReferral({
        supersedes: EARLIER,
        source: { page: 'https://practice.example/help', widgetVersion: '0.1.0', locale: 'cy', kiosk: true, assisted: true },
        person: { fullName: 'Sam Taylor', preferredName: 'Sam', dateOfBirth: '1970-04-12', postcode: 'AV1 3QT', gpPractice: 'Ashby Vale Surgery', nhsNumber: '9434765919' },
        contact: {
          phone: '01632960000', email: 'sam@example.com', methods: ['call', 'text', 'email'], bestDays: ['mon', 'sat'], bestTimes: ['morning', 'evening'],
          voicemailOk: true, textOk: true, language: 'Polish', interpreter: true, adjustments: 'I use a hearing aid', message: 'Please call after 10.',
        },
        goals: { ...journeyGoals(EVERY_ANSWER), loneliness: 'often-always', crisis: true, timeSincePaidWork: 'more-than-5-years', fitNote: 'not-sure', workAffectingHealth: 'yes', workConfidence: 10 },
        plan: PLAN,
        firstVisit: { someoneToGoWith: true },
        followUp: { consent: true, channels: ['email'], afterWeeks: 12 },
        consent: basis === 'consent' ? { basis, given: true, privacyNoticeUrl: 'https://practice.example/privacy' } : { basis, privacyNoticeUrl: 'https://practice.example/privacy' },
      })));
    }
  });

  it('any referral the schema accepts, with any text a person could type or paste', () => {
    const text = fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }), fc.constantFrom(...PAYLOADS));
    const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    const answerValue = fc.oneof(text, fc.array(text, { maxLength: 3 }), fc.integer({ min: -5, max: 20 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean());
    const candidate = fc.record({
      person: fc.record({ fullName: text, preferredName: optional(text), dateOfBirth: fc.constant('1970-04-12'), postcode: fc.constantFrom('AV1 3QT', 'SW1A 1AA'), gpPractice: optional(text), nhsNumber: optional(fc.constant('9434765919')) }),
      contact: fc.record({
        phone: fc.constantFrom('07700900123', '01632960000'), email: optional(fc.constant('sam@example.com')), methods: fc.constantFrom(['call'], ['text', 'email']),
        bestDays: fc.subarray(['mon', 'wed', 'sun']), bestTimes: fc.subarray(['morning', 'evening']), voicemailOk: fc.boolean(), textOk: fc.boolean(),
        language: optional(text), interpreter: fc.boolean(), adjustments: optional(text), message: optional(text),
      }),
      supersedes: optional(fc.constant(EARLIER)),
      plan: fc.array(fc.record({ id: text, name: text }), { maxLength: 3 }),
      firstVisit: optional(fc.record({ someoneToGoWith: fc.boolean() })),
      followUp: optional(fc.record({ consent: fc.boolean(), channels: fc.subarray(['text', 'email']), afterWeeks: fc.integer({ min: 1, max: 52 }) })),
      goals: optional(fc.record({
        needAreas: fc.constant(someGoals.needAreas), workPathway: fc.constantFrom('direct', 'indirect', 'none'),
        employmentStatus: optional(fc.constantFrom(...EMPLOYMENT_STATUSES)), timeSincePaidWork: optional(fc.constantFrom(...TIME_SINCE_PAID_WORK)),
        fitNote: optional(fc.constantFrom(...FIT_NOTE_ANSWERS)), workAffectingHealth: optional(fc.constantFrom(...WORK_HEALTH_ANSWERS)),
        workConfidence: optional(fc.integer({ min: 0, max: 10 })), workGoals: fc.subarray([...WORK_GOALS]),
        answers: fc.array(fc.record({ questionId: text, question: fc.oneof(text, fc.constant('')), value: answerValue, display: optional(text) }), { maxLength: 4 }),
      })),
    });
    fc.assert(
      fc.property(candidate, (parts) => {
        const parsed = Referral.safeParse(JSON.parse(JSON.stringify(aReferral(parts))));
        fc.pre(parsed.success);
        assert.deepEqual(r4Problems(toFhirBundle(parsed.data)), []);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('FHIR R4 validator: a broken mapping fails', { timeout: 60_000 }, () => {
  const good = () => structuredClone(toFhirBundle(built(completeDraft(), { goals: journeyGoals(EVERY_ANSWER), plan: PLAN })));
  const broken: [string, (b: Bundle) => void][] = [
    ['a date of birth as a person writes it', (b) => Object.assign(b.entry![0]!.resource!, { birthDate: '12/04/1970' })],
    ['a property R4 does not have', (b) => Object.assign(b.entry![1]!.resource!, { referralReason: 'lonely' })],
    ['a required element left out', (b) => delete (b.entry![1]!.resource as { intent?: string }).intent],
    ['an answer of the wrong type', (b) => Object.assign(b.entry![2]!.resource!, { item: [{ linkId: 'x', answer: [{ valueInteger: 4.5 }] }] })],
    ['an empty element', (b) => Object.assign(b.entry![1]!.resource!, { note: [{ text: '' }] })],
    ['a reference to the wrong kind of resource', (b) => Object.assign(b.entry![1]!.resource!, { subject: { reference: b.entry![2]!.fullUrl } })],
    ['a reference to nothing in the bundle', (b) => Object.assign(b.entry![1]!.resource!, { subject: { reference: `urn:uuid:${EARLIER}` } })],
    ['a control character in text', (b) => Object.assign(b.entry![1]!.resource!, { patientInstruction: 'Call\u0001me' })],
  ];
  for (const [what, breakIt] of broken) {
    it(`finds ${what}`, () => {
      const bundle = good();
      assert.deepEqual(r4Problems(bundle), [], 'valid before it is broken');
      breakIt(bundle);
      assert.notDeepEqual(r4Problems(bundle), []);
    });
  }
});

describe('FHIR R4: a check-in (FollowUp) passes the validator', { timeout: 60_000 }, () => {
  const followUp = (extra: Record<string, unknown> = {}) => FollowUp.parse({
    schemaVersion: 1,
    id: '7d3f0a52-9c1e-4b8a-a1d2-3e4f5a6b7c8d',
    referralId: ID,
    submittedAt: '2027-02-13T09:00:00.000Z',
    source: { widgetVersion: '0.1.0', locale: 'en' },
    ...extra,
  });

  it('every answer given: a QuestionnaireResponse basedOn the ServiceRequest, and an Observation per measure', () => {
    const f = followUp({
      wellbeing: { lifeSatisfaction: 6, worthwhile: 7, happiness: 5, anxiety: 3 },
      loneliness: 'occasionally',
      employmentStatus: 'working',
      workSteps: ['volunteering-or-course', 'started-or-returned'],
      workConfidence: 8,
      workGoals: ['find-work'],
      activities: [{ id: 'av-walking', name: 'Walking for health', went: true, recommend: 'yes' }, { id: 'av-cafe', name: 'Café', went: false }],
      gpVisits: 1,
    });
    const bundle = followUpToFhir(f);
    assert.deepEqual(r4Problems(bundle), []);
    const response = bundle.entry![0]!.resource as QuestionnaireResponse;
    assert.deepEqual(response.basedOn, [{ identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${ID}` } }]);
    const referralPatient = (toFhirBundle(built()).entry![0]!.fullUrl);
    assert.equal(response.subject?.identifier?.value, referralPatient, 'the same Patient as the referral');
    const codes = bundle.entry!.slice(1).map((e) => (e.resource as Observation).code.coding![0]!.code);
    assert.deepEqual(codes, ['life-satisfaction', 'worthwhile', 'happiness', 'anxiety', 'loneliness', 'employment-status', 'work-step', 'work-step', 'work-confidence', 'work-goal', 'gp-visits']);
    assert.deepEqual(followUpToFhir(f), bundle, 'the same bundle on every attempt');
  });

  it('nothing answered: the QuestionnaireResponse alone', () => {
    const bundle = followUpToFhir(followUp());
    assert.deepEqual(r4Problems(bundle), []);
    assert.deepEqual(types(bundle), ['QuestionnaireResponse']);
  });

  it('a broken mapping fails', () => {
    const bundle = structuredClone(followUpToFhir(followUp({ gpVisits: 2 })));
    Object.assign(bundle.entry![1]!.resource!, { valueInteger: 'two' });
    assert.notDeepEqual(r4Problems(bundle), []);
  });
});
