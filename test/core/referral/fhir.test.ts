import { expect } from '@open-wc/testing';
import { derivedUuid, toFhirBundle } from '../../../src/core/referral/fhir.ts';
import { goals, referral, workGoals } from './helpers.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Every `reference` in a bundle, with where it was found. */
function references(value: unknown, path = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => references(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      k === 'reference' && typeof v === 'string' ? [[path, v] as [string, string]] : references(v, `${path}.${k}`),
    );
  }
  return [];
}

/** FHIR's ele-1: no element may be empty (no "", [], {} or null anywhere). */
function emptyElements(value: unknown, path = ''): string[] {
  if (value === null || value === '') return [path];
  if (Array.isArray(value)) return value.length === 0 ? [path] : value.flatMap((v, i) => emptyElements(v, `${path}[${i}]`));
  if (typeof value === 'object') {
    const entries = Object.entries(value as object);
    return entries.length === 0 ? [path] : entries.flatMap(([k, v]) => emptyElements(v, `${path}.${k}`));
  }
  return [];
}

/** The checks of FHIR R4's shapes that need no server: types, required elements, internal references. */
function checkTransaction(bundle: Json) {
  expect(bundle.resourceType).to.equal('Bundle');
  expect(bundle.type).to.equal('transaction');
  expect(emptyElements(bundle), 'empty elements').to.deep.equal([]);
  const fullUrls = new Set<string>();
  for (const e of bundle.entry as Json[]) {
    expect(e.fullUrl).to.match(/^urn:uuid:/);
    expect(e.fullUrl.slice(9)).to.match(UUID);
    expect(fullUrls.has(e.fullUrl), `duplicate ${e.fullUrl}`).to.equal(false);
    fullUrls.add(e.fullUrl);
    // bdl-3/4: every transaction entry has a request; a POST resource has no id yet.
    expect(e.request.method).to.equal('POST');
    expect(e.request.url).to.equal(e.resource.resourceType);
    expect(e.resource.id).to.equal(undefined);
  }
  for (const [where, ref] of references(bundle)) {
    expect(fullUrls.has(ref), `${where} → ${ref} resolves inside the bundle`).to.equal(true);
  }
  return new Map((bundle.entry as Json[]).map((e) => [e.resource.resourceType as string, e] as const));
}

describe('FHIR R4 transaction bundle', () => {
  const r = referral({
    person: { fullName: 'Sam Taylor', preferredName: 'Sam', dateOfBirth: '1970-04-12', postcode: 'AV1 3QT', gpPractice: 'Ashby Vale Surgery', nhsNumber: '9434765919' },
    contact: {
      phone: '07700900123', email: 'sam@example.com', methods: ['call', 'text'], bestDays: ['mon'], bestTimes: ['morning'],
      voicemailOk: false, textOk: true, language: 'Polish', interpreter: true, adjustments: 'I use a hearing aid', message: 'Please call after 10.',
    },
    goals,
  });
  const bundle = toFhirBundle(r) as Json;
  const byType = checkTransaction(bundle);

  it('holds a Patient, a ServiceRequest and a QuestionnaireResponse, in that order, then the work Observations', () => {
    expect((bundle.entry as Json[]).map((e) => e.resource.resourceType)).to.deep.equal([
      'Patient', 'ServiceRequest', 'QuestionnaireResponse', 'Observation', 'Observation', 'Observation',
    ]);
  });

  it('codes the ServiceRequest as a referral to social prescribing, for the Patient', () => {
    const sr = byType.get('ServiceRequest')!.resource;
    expect(sr.meta.profile).to.deep.equal(['https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest']);
    expect(sr.status).to.equal('active');
    expect(sr.intent).to.equal('order');
    expect(sr.code.coding).to.deep.equal([{ system: 'http://snomed.info/sct', code: '871731000000106', display: 'Referral to social prescribing service' }]);
    expect(sr.subject.reference).to.equal(byType.get('Patient')!.fullUrl);
    expect(sr.authoredOn).to.match(DATE_TIME);
    expect(sr.identifier).to.deep.equal([{ system: 'urn:ietf:rfc:3986', value: `urn:uuid:${r.id}` }]);
    expect(sr.supportingInfo[0].reference).to.equal(byType.get('QuestionnaireResponse')!.fullUrl);
  });

  it('says how it is safe to contact the person in patientInstruction, and keeps their message as a note', () => {
    const sr = byType.get('ServiceRequest')!.resource;
    expect(sr.patientInstruction).to.contain('Contact by: phone call, text message.');
    expect(sr.patientInstruction).to.contain('Safe to leave a voicemail: no.');
    expect(sr.patientInstruction).to.contain('Best days: Monday.');
    expect(sr.patientInstruction).to.contain('Needs an interpreter: yes.');
    expect(sr.patientInstruction).to.contain('I use a hearing aid');
    expect(sr.note.map((n: Json) => n.text)).to.include('Please call after 10.');
  });

  it('describes the Patient with UK Core, the NHS number system and the contact details', () => {
    const p = byType.get('Patient')!.resource;
    expect(p.meta.profile).to.deep.equal(['https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient']);
    expect(p.identifier[0]).to.deep.equal({ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9434765919' });
    expect(p.birthDate).to.match(DATE);
    expect(p.name[0]).to.deep.equal({ use: 'official', text: 'Sam Taylor' });
    expect(p.telecom).to.deep.include({ system: 'phone', value: '07700900123', use: 'mobile', rank: 1 });
    expect(p.telecom).to.deep.include({ system: 'email', value: 'sam@example.com', rank: 2 });
    expect(p.address).to.deep.equal([{ use: 'home', postalCode: 'AV1 3QT' }]);
    expect(p.communication[0].language.text).to.equal('Polish');
    expect(p.generalPractitioner).to.deep.equal([{ display: 'Ashby Vale Surgery' }]);
  });

  it('records the goals answers in a completed QuestionnaireResponse', () => {
    const qr = byType.get('QuestionnaireResponse')!.resource;
    expect(qr.status).to.equal('completed');
    expect(qr.subject.reference).to.equal(byType.get('Patient')!.fullUrl);
    expect(qr.authored).to.match(DATE_TIME);
    expect(qr.item.map((i: Json) => i.linkId)).to.deep.equal(['help-with', 'lonely', 'ons-life', 'save']);
    expect(qr.item[0].answer).to.deep.equal([{ valueCoding: { code: 'loneliness' } }, { valueCoding: { code: 'work' } }]);
    expect(qr.item[1].answer).to.deep.equal([{ valueCoding: { code: 'often-always', display: 'Often or always' } }]);
    expect(qr.item[2].answer).to.deep.equal([{ valueInteger: 4 }]);
    expect(qr.item[3].answer).to.deep.equal([{ valueBoolean: false }]);
  });

  it('is the same bundle on every attempt, so conditional creates match on a retry', () => {
    expect(JSON.stringify(toFhirBundle(r))).to.equal(JSON.stringify(bundle));
    for (const e of bundle.entry as Json[]) {
      const own = e.resource.identifier?.[0]?.system === 'https://fhir.nhs.uk/Id/nhs-number' ? e.resource.identifier[1] : [e.resource.identifier].flat()[0];
      expect(e.request.ifNoneExist).to.equal(`identifier=urn:ietf:rfc:3986|${own.value}`);
    }
  });

  it('leaves the QuestionnaireResponse out when there are no goals, and still resolves', () => {
    const plain = toFhirBundle(referral()) as Json;
    const types = checkTransaction(plain);
    expect([...types.keys()]).to.deep.equal(['Patient', 'ServiceRequest']);
    expect(types.get('ServiceRequest')!.resource.supportingInfo).to.equal(undefined);
    expect(types.get('Patient')!.resource.identifier).to.have.length(1);
  });

  it('names the referral it replaces in ServiceRequest.replaces, by identifier, and says so in a note', () => {
    const earlier = '9a4c1b2e-5d6f-4a8b-9c0d-1e2f3a4b5c6d';
    const types = checkTransaction(toFhirBundle(referral({ supersedes: earlier })) as Json);
    const sr = types.get('ServiceRequest')!.resource;
    expect(sr.replaces).to.deep.equal([{ identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${earlier}` } }]);
    expect(sr.note.map((n: Json) => n.text).join(' ')).to.contain(`replaces an earlier one from the same person (urn:uuid:${earlier})`);
    expect(byType.get('ServiceRequest')!.resource.replaces, 'nothing replaced without supersedes').to.equal(undefined);
  });

  it('derives distinct, well-formed UUIDs per resource from the referral id', () => {
    const id = '3b241101-e2bb-4255-8caf-4136c566a962';
    const a = derivedUuid(id, 'a5c3e1f70b29d48e6c1a3f5b7d9e0c24');
    const b = derivedUuid(id, '3e7b1d9f5a2c8e46b0d4f6a8c1e3579b');
    expect(a).to.match(UUID);
    expect(b).to.match(UUID);
    expect(new Set([id, a, b]).size).to.equal(3);
    expect(derivedUuid(id, 'a5c3e1f70b29d48e6c1a3f5b7d9e0c24')).to.equal(a);
  });

  describe('work and the first visit, as coded Observations', () => {
    const withWork = referral({ goals: workGoals, firstVisit: { someoneToGoWith: true } });
    const types = checkTransaction(toFhirBundle(withWork) as Json);
    const all = (toFhirBundle(withWork) as Json).entry.filter((e: Json) => e.resource.resourceType === 'Observation').map((e: Json) => e.resource);
    const byCode = (code: string) => all.filter((o: Json) => o.code.coding[0].code === code);
    const OWN = 'https://waymark.example/fhir/CodeSystem';

    it('makes one Observation per answer, self-reported, social history, about the Patient, pointed to by the request', () => {
      expect(all.map((o: Json) => o.code.coding[0].code)).to.deep.equal([
        'employment-status', 'time-since-paid-work', 'fit-note', 'work-affecting-health', 'work-confidence', 'work-goal', 'work-goal', 'work-pathway', 'someone-to-go-with',
      ]);
      const patientRef = types.get('Patient')!.fullUrl;
      for (const o of all) {
        expect(o.status).to.equal('final');
        expect(o.category[0].coding[0]).to.deep.include({ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'social-history' });
        expect(o.code.coding[0].system).to.equal(`${OWN}/observation`);
        expect(o.subject.reference).to.equal(patientRef);
        expect(o.performer).to.deep.equal([{ reference: patientRef }]);
        expect(o.effectiveDateTime).to.equal(withWork.submittedAt);
      }
      const supporting = types.get('ServiceRequest')!.resource.supportingInfo.map((s: Json) => s.reference);
      const fullUrls = (toFhirBundle(withWork) as Json).entry.filter((e: Json) => e.resource.resourceType === 'Observation').map((e: Json) => e.fullUrl);
      expect(supporting).to.include.members(fullUrls);
    });

    it('codes each answer: Waymark codes always, SNOMED CT where a concept means exactly the employment status', () => {
      expect(byCode('employment-status')[0].valueCodeableConcept.coding).to.deep.equal([
        { system: `${OWN}/employment-status`, code: 'off-sick', display: 'Has a job but is off sick' },
      ]);
      const working = (toFhirBundle(referral({ goals: { ...workGoals, employmentStatus: 'working' } })) as Json).entry.find((e: Json) => e.resource.code?.coding?.[0]?.code === 'employment-status').resource;
      expect(working.valueCodeableConcept.coding[1]).to.deep.equal({ system: 'http://snomed.info/sct', code: '224363007', display: 'Employed' });
      expect(byCode('time-since-paid-work')[0].valueCodeableConcept.coding[0]).to.deep.include({ system: `${OWN}/time-since-paid-work`, code: 'less-than-6-months' });
      expect(byCode('fit-note')[0].valueCodeableConcept.coding[0]).to.deep.include({ code: 'yes' });
      expect(byCode('work-affecting-health')[0].valueCodeableConcept.coding[0]).to.deep.include({ code: 'a-little' });
      expect(byCode('work-confidence')[0].valueInteger).to.equal(3);
      expect(byCode('work-goal').map((o: Json) => o.valueCodeableConcept.coding[0].code)).to.deep.equal(['stay-or-return', 'learn-skills']);
      expect(byCode('work-pathway')[0].valueCodeableConcept.coding[0].code).to.equal('direct');
      expect(byCode('someone-to-go-with')[0].valueBoolean).to.equal(true);
    });

    it('gives each Observation its own identifier and UUID, the same on every attempt', () => {
      const ids = all.map((o: Json) => o.identifier[0].value);
      expect(new Set(ids).size).to.equal(ids.length);
      expect(JSON.stringify(toFhirBundle(withWork))).to.equal(JSON.stringify(toFhirBundle(withWork)));
    });

    it('makes none for answers not given', () => {
      const plain = toFhirBundle(referral()) as Json;
      expect(plain.entry.map((e: Json) => e.resource.resourceType)).to.deep.equal(['Patient', 'ServiceRequest']);
      const confidenceZero = toFhirBundle(referral({ goals: { ...goals, workConfidence: 0 } })) as Json;
      expect(confidenceZero.entry.some((e: Json) => e.resource.code?.coding?.[0]?.code === 'work-confidence' && e.resource.valueInteger === 0), 'a 0 is an answer').to.equal(true);
    });
  });
});
