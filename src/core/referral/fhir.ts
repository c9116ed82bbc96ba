import type {
  Annotation,
  Bundle,
  BundleEntry,
  ContactPoint,
  FhirResource,
  HumanName,
  Identifier,
  Patient,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
  ServiceRequest,
} from 'fhir/r4';
import { SERVICE_REQUEST_ENTRY } from './fhir-layout.ts';
import { workObservations } from './fhir-observations.ts';
import type { Referral } from '../model/referral.ts';
import type { AnswerValue, RecordedAnswer } from '../model/goals.ts';

// A FHIR R4 (4.0.1) transaction: Patient, ServiceRequest coded for social prescribing, and a
// QuestionnaireResponse with the goals answers. This is the shape an integrator can forward into
// a case system or towards BaRS; a browser cannot post to BaRS itself (see DOMAIN.md).
// Typed with @types/fhir (R4): types only, nothing of it reaches the bundle. The tests also run
// every bundle Waymark can make through an independent validator (test/e2e/fhir-validator.test.ts).

export const UK_CORE = 'https://fhir.hl7.org.uk/StructureDefinition';
export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
export const SNOMED = 'http://snomed.info/sct';
export const SOCIAL_PRESCRIBING_REFERRAL = { code: '871731000000106', display: 'Referral to social prescribing service' };
const URI_SYSTEM = 'urn:ietf:rfc:3986';
const INTERPRETER_REQUIRED = 'http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired';

/**
 * A UUID for another resource of the same referral, derived from the referral id, so that the
 * bundle is the same on every attempt and its conditional creates match on a retry.
 * The id is XORed with a fixed mask per resource and marked version 8 (RFC 9562, custom).
 */
export function derivedUuid(id: string, mask: string): string {
  const hex = id.replace(/-/g, '').toLowerCase();
  const out = [...hex].map((c, i) => (parseInt(c, 16) ^ parseInt(mask[i % mask.length]!, 16)).toString(16));
  out[12] = '8';
  out[16] = ((parseInt(out[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = out.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

export const PATIENT_MASK = 'a5c3e1f70b29d48e6c1a3f5b7d9e0c24';

/** A mask of 32 hex digits from a name (FNV-1a, four seeds), for resources there may be several of. */
export function maskFor(name: string): string {
  return [0x811c9dc5, 0x01000193, 0x2f1e3d4c, 0x6b5a4938].map((seed) => {
    let h = seed;
    for (const c of `observation/${name}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
    return h.toString(16).padStart(8, '0');
  }).join('');
}
const RESPONSE_MASK = '3e7b1d9f5a2c8e46b0d4f6a8c1e3579b';

const DAY_NAMES: Record<string, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };
const METHOD_NAMES: Record<string, string> = { call: 'phone call', text: 'text message', email: 'email' };

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

/**
 * How it is safe to contact the person, in one paragraph a link worker reads before calling.
 * Written in English for the service, not translated: it is not shown to the person.
 */
export function contactInstructions(r: Referral): string {
  const c = r.contact;
  const lines = [
    `Contact by: ${c.methods.map((m) => METHOD_NAMES[m] ?? m).join(', ')}.`,
    c.bestDays.length ? `Best days: ${c.bestDays.map((d) => DAY_NAMES[d] ?? d).join(', ')}.` : '',
    c.bestTimes.length ? `Best times: ${c.bestTimes.join(', ')}.` : '',
    `Safe to leave a voicemail: ${yesNo(c.voicemailOk)}.`,
    `Safe to send a text: ${yesNo(c.textOk)}.`,
    r.person.preferredName ? `Likes to be called: ${r.person.preferredName}.` : '',
    c.language ? `Language: ${c.language}.` : '',
    `Needs an interpreter: ${yesNo(c.interpreter)}.`,
    c.adjustments ? `To make contact easier: ${c.adjustments}` : '',
    r.source.assisted ? 'Someone helped the person fill in this form.' : '',
  ];
  return lines.filter(Boolean).join('\n');
}

function patient(r: Referral, patientUuid: string): Patient {
  const p = r.person;
  const c = r.contact;
  const identifier: Identifier[] = [{ system: URI_SYSTEM, value: `urn:uuid:${patientUuid}` }];
  if (p.nhsNumber) identifier.unshift({ system: NHS_NUMBER_SYSTEM, value: p.nhsNumber });
  const name: HumanName[] = [{ use: 'official', text: p.fullName }];
  if (p.preferredName) name.push({ use: 'usual', text: p.preferredName });
  const telecom: ContactPoint[] = [{ system: 'phone', value: c.phone, use: c.phone.startsWith('07') ? 'mobile' : 'home', rank: 1 }];
  if (c.email) telecom.push({ system: 'email', value: c.email, rank: 2 });
  const resource: Patient = {
    resourceType: 'Patient',
    meta: { profile: [`${UK_CORE}/UKCore-Patient`] },
    identifier,
    name,
    telecom,
    birthDate: p.dateOfBirth,
    address: [{ use: 'home', postalCode: p.postcode }],
  };
  if (c.interpreter) resource.extension = [{ url: INTERPRETER_REQUIRED, valueBoolean: true }];
  if (c.language) resource.communication = [{ language: { text: c.language }, preferred: true }];
  // Only the practice's name is known; a display-only reference is valid and lets the service match it.
  if (p.gpPractice) resource.generalPractitioner = [{ display: p.gpPractice }];
  return resource;
}

function notes(r: Referral): Annotation[] {
  const out: Annotation[] = [];
  if (r.contact.message) out.push({ text: r.contact.message });
  if (r.plan.length) out.push({ text: `Activities the person chose: ${r.plan.map((p) => p.name).join('; ')}.` });
  const g = r.goals;
  if (g && (g.needAreas.length || g.workPathway !== 'none')) {
    const parts = [
      g.needAreas.length ? `What matters most: ${g.needAreas.map((n) => n.id).join(', ')}.` : '',
      g.workPathway !== 'none' ? `Work pathway: ${g.workPathway}${g.workGoals.length ? ` (${g.workGoals.join(', ')})` : ''}.` : '',
      g.employmentStatus ? `Employment status: ${g.employmentStatus}.` : '',
    ];
    out.push({ text: parts.filter(Boolean).join(' ') });
  }
  if (r.firstVisit?.someoneToGoWith) out.push({ text: 'The person would like someone to go with them the first time.' });
  if (r.supersedes) {
    out.push({ text: `This request replaces an earlier one from the same person (urn:uuid:${r.supersedes}), which may also have arrived. Keep only this one.` });
  }
  const consent = r.consent.basis === 'consent' ? 'consent, given by the person' : r.consent.basis;
  out.push({ text: `Lawful basis for using this information: ${consent}.` });
  return out;
}

function serviceRequest(r: Referral, patientRef: string, supporting: string[]): ServiceRequest {
  const resource: ServiceRequest = {
    resourceType: 'ServiceRequest',
    meta: { profile: [`${UK_CORE}/UKCore-ServiceRequest`] },
    identifier: [{ system: URI_SYSTEM, value: `urn:uuid:${r.id}` }],
    status: 'active',
    intent: 'order',
    code: { coding: [{ system: SNOMED, ...SOCIAL_PRESCRIBING_REFERRAL }], text: SOCIAL_PRESCRIBING_REFERRAL.display },
    subject: { reference: patientRef },
    authoredOn: r.submittedAt,
    // A self-referral: the person is asking for the service themselves.
    requester: { reference: patientRef },
    patientInstruction: contactInstructions(r),
  };
  // The earlier request is named by its identifier (a logical reference): it was made by an
  // earlier transaction, so it has no fullUrl in this bundle, and may not have arrived at all.
  if (r.supersedes) resource.replaces = [{ identifier: { system: URI_SYSTEM, value: `urn:uuid:${r.supersedes}` } }];
  const note = notes(r);
  if (note.length) resource.note = note;
  // The goals answers and each work Observation, so a receiver finds them from the request.
  if (supporting.length) resource.supportingInfo = supporting.map((reference) => ({ reference }));
  return resource;
}

// FHIR's code type: no leading, trailing or doubled spaces. Any other answer travels as a string.
const FHIR_CODE = /^[^\s]+( [^\s]+)*$/;
// FHIR's integer is 32-bit; a larger whole number is a decimal.
const FHIR_INTEGER_MAX = 2_147_483_647;

function answerValues(value: AnswerValue, display: string | undefined): QuestionnaireResponseItemAnswer[] {
  if (Array.isArray(value)) return value.filter((v) => v.trim() !== '').map((v) => (FHIR_CODE.test(v) ? { valueCoding: { code: v } } : { valueString: v }));
  if (typeof value === 'boolean') return [{ valueBoolean: value }];
  if (typeof value === 'number') return [Number.isInteger(value) && Math.abs(value) <= FHIR_INTEGER_MAX ? { valueInteger: value } : { valueDecimal: value }];
  if (value.trim() === '') return [];
  return [display?.trim() && FHIR_CODE.test(value) ? { valueCoding: { code: value, display } } : { valueString: value }];
}

function responseItem(a: RecordedAnswer): QuestionnaireResponseItem {
  const item: QuestionnaireResponseItem = { linkId: a.questionId };
  if (a.question.trim()) item.text = a.question;
  const answer = answerValues(a.value, a.display);
  if (answer.length) item.answer = answer;
  return item;
}

function questionnaireResponse(r: Referral, patientRef: string, responseUuid: string): QuestionnaireResponse {
  const resource: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    meta: { profile: [`${UK_CORE}/UKCore-QuestionnaireResponse`] },
    identifier: { system: URI_SYSTEM, value: `urn:uuid:${responseUuid}` },
    status: 'completed',
    subject: { reference: patientRef },
    authored: r.submittedAt,
    author: { reference: patientRef },
  };
  const items = (r.goals?.answers ?? []).map(responseItem);
  if (items.length) resource.item = items;
  return resource;
}

// `ifNoneExist` makes each create conditional on the resource's own identifier: if an earlier
// attempt did reach the server, a retry finds what it made instead of making it twice.
function entry(fullUrl: string, resource: FhirResource, identifierValue: string): BundleEntry {
  return {
    fullUrl,
    resource,
    request: { method: 'POST', url: resource.resourceType, ifNoneExist: `identifier=${URI_SYSTEM}|${identifierValue}` },
  };
}

// FHIR strings may hold no control characters but tab, line feed and carriage return. A person
// can paste others; each becomes U+FFFD, which shows that something was there and is never empty.
const NOT_IN_FHIR_STRINGS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

function fhirStrings<T>(value: T): T {
  if (typeof value === 'string') return value.replace(NOT_IN_FHIR_STRINGS, '\uFFFD') as T;
  if (Array.isArray(value)) return value.map(fhirStrings) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fhirStrings(v)])) as T;
  return value;
}

/** The referral as a FHIR R4 transaction Bundle. Pure and deterministic: the same referral gives the same bundle. */
export function toFhirBundle(r: Referral): Bundle {
  const patientUuid = derivedUuid(r.id, PATIENT_MASK);
  const responseUuid = derivedUuid(r.id, RESPONSE_MASK);
  const patientRef = `urn:uuid:${patientUuid}`;
  const hasAnswers = (r.goals?.answers.length ?? 0) > 0;
  const responseRef = hasAnswers ? `urn:uuid:${responseUuid}` : undefined;
  const observations = workObservations(r, patientRef).map(({ key, resource }) => {
    const uuid = derivedUuid(r.id, maskFor(key));
    return { ref: `urn:uuid:${uuid}`, resource: { ...resource, identifier: [{ system: URI_SYSTEM, value: `urn:uuid:${uuid}` }] } };
  });
  const supporting = [...(responseRef ? [responseRef] : []), ...observations.map((o) => o.ref)];
  const entries: BundleEntry[] = [
    entry(patientRef, patient(r, patientUuid), patientRef),
    entry(`urn:uuid:${r.id}`, serviceRequest(r, patientRef, supporting), `urn:uuid:${r.id}`),
  ];
  if (responseRef) entries.push(entry(responseRef, questionnaireResponse(r, patientRef, responseUuid), responseRef));
  for (const o of observations) entries.push(entry(o.ref, o.resource, o.ref));
  return fhirStrings<Bundle>({
    resourceType: 'Bundle',
    identifier: { system: URI_SYSTEM, value: `urn:uuid:${r.id}` },
    type: 'transaction',
    timestamp: r.submittedAt,
    entry: entries,
  });
}

export { SERVICE_REQUEST_ENTRY };
