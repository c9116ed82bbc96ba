import type { Bundle, BundleEntry, Observation, QuestionnaireResponse, QuestionnaireResponseItem, Reference } from 'fhir/r4';
import type { FollowUp } from '../model/follow-up.ts';
import { EMPLOYMENT_SNOMED, SOCIAL_HISTORY, concept } from '../referral/fhir-observations.ts';
// The same Patient mask as the referral's bundle, so both name one person.
import { PATIENT_MASK, UK_CORE, derivedUuid, maskFor } from '../referral/fhir.ts';

// A check-in as FHIR R4: a QuestionnaireResponse `basedOn` the referral's ServiceRequest, and an
// Observation for each measure, so a service counts change with the same codes as at baseline
// (fhir-observations.ts). The Patient and the ServiceRequest were made by the referral's own
// transaction, so they are named by identifier (logical references), as the referral names the
// request it replaces. Pure and deterministic: every attempt sends the same bundle.

const URI_SYSTEM = 'urn:ietf:rfc:3986';

const byIdentifier = (uuid: string): Reference => ({ identifier: { system: URI_SYSTEM, value: `urn:uuid:${uuid}` } });

type Value = Pick<Observation, 'valueCodeableConcept' | 'valueInteger'>;

function measures(f: FollowUp): [string, Value][] {
  const out: [string, Value][] = [];
  const w = f.wellbeing ?? {};
  for (const key of ['lifeSatisfaction', 'worthwhile', 'happiness', 'anxiety'] as const) {
    const value = w[key];
    if (value !== undefined) out.push([key === 'lifeSatisfaction' ? 'life-satisfaction' : key, { valueInteger: value }]);
  }
  if (f.loneliness) out.push(['loneliness', { valueCodeableConcept: concept('loneliness', f.loneliness) }]);
  if (f.employmentStatus) out.push(['employment-status', { valueCodeableConcept: concept('employment-status', f.employmentStatus, EMPLOYMENT_SNOMED[f.employmentStatus]) }]);
  for (const step of f.workSteps) out.push([`work-step/${step}`, { valueCodeableConcept: concept('work-step', step) }]);
  if (f.workConfidence !== undefined) out.push(['work-confidence', { valueInteger: f.workConfidence }]);
  for (const goal of f.workGoals) out.push([`work-goal/${goal}`, { valueCodeableConcept: concept('work-goal', goal) }]);
  if (f.gpVisits !== undefined) out.push(['gp-visits', { valueInteger: f.gpVisits }]);
  return out;
}

function item(linkId: string, text: string, answer: NonNullable<QuestionnaireResponseItem['answer']>): QuestionnaireResponseItem {
  return { linkId, text, answer };
}

/** The answers as asked, for a reader; the Observations carry the same, coded. */
function items(f: FollowUp): QuestionnaireResponseItem[] {
  const out: QuestionnaireResponseItem[] = [];
  for (const [code, value] of measures(f)) {
    const [linkId] = code.split('/');
    const answer = value.valueInteger !== undefined ? { valueInteger: value.valueInteger } : { valueCoding: value.valueCodeableConcept!.coding![0]! };
    const existing = out.find((i) => i.linkId === linkId);
    if (existing) existing.answer!.push(answer);
    else out.push(item(linkId!, concept('observation', linkId!).text!, [answer]));
  }
  for (const a of f.activities) {
    const parts: QuestionnaireResponseItem[] = [item('went', 'Did you go?', [{ valueBoolean: a.went }])];
    if (a.recommend) parts.push(item('recommend', 'Would you recommend it?', [{ valueCoding: { code: a.recommend } }]));
    out.push({ linkId: `activity/${a.id}`, text: a.name, item: parts });
  }
  return out;
}

/** The check-in as a FHIR R4 transaction Bundle. */
export function followUpToFhir(f: FollowUp): Bundle {
  const patient = byIdentifier(derivedUuid(f.referralId, PATIENT_MASK));
  const request = byIdentifier(f.referralId);
  const responseRef = `urn:uuid:${f.id}`;
  const response: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    meta: { profile: [`${UK_CORE}/UKCore-QuestionnaireResponse`] },
    identifier: { system: URI_SYSTEM, value: responseRef },
    basedOn: [request],
    status: 'completed',
    subject: patient,
    authored: f.submittedAt,
    author: patient,
  };
  const answered = items(f);
  if (answered.length) response.item = answered;
  const entries: BundleEntry[] = [entry(responseRef, response)];
  for (const [key, value] of measures(f)) {
    const ref = `urn:uuid:${derivedUuid(f.id, maskFor(`follow-up/${key}`))}`;
    const observation: Observation = {
      resourceType: 'Observation',
      identifier: [{ system: URI_SYSTEM, value: ref }],
      basedOn: [request],
      status: 'final',
      category: [SOCIAL_HISTORY],
      code: concept('observation', key.split('/')[0]!),
      subject: patient,
      effectiveDateTime: f.submittedAt,
      performer: [patient],
      derivedFrom: [{ reference: responseRef }],
      ...value,
    };
    entries.push(entry(ref, observation));
  }
  return { resourceType: 'Bundle', identifier: { system: URI_SYSTEM, value: responseRef }, type: 'transaction', timestamp: f.submittedAt, entry: entries };
}

function entry(fullUrl: string, resource: QuestionnaireResponse | Observation): BundleEntry {
  return { fullUrl, resource, request: { method: 'POST', url: resource.resourceType, ifNoneExist: `identifier=${URI_SYSTEM}|${fullUrl}` } };
}
