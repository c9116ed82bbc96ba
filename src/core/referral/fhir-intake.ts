import { z } from '../model/zod.ts';
import { SOCIAL_PRESCRIBING_REFERRAL, SNOMED } from './fhir.ts';
import { OBSERVATION_CODES } from './fhir-observations.ts';

// The FHIR transaction Bundle Waymark sends (see fhir.ts), as a receiver checks it. It checks what
// a link worker needs to act on and what the receiver keys on; other FHIR elements may be present
// and are kept. The inbox reads every `POST /fhir` body through this schema.

const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidUrn = z.string().check(z.regex(UUID_URN));
const URI_SYSTEM = 'urn:ietf:rfc:3986';

const Identifier = z.looseObject({ system: z.optional(z.string()), value: z.string().check(z.minLength(1)) });
const Reference = z.looseObject({ reference: z.optional(z.string()), identifier: z.optional(Identifier), display: z.optional(z.string()) });

const Patient = z.looseObject({
  resourceType: z.literal('Patient'),
  name: z.array(z.looseObject({ text: z.string().check(z.minLength(1)) })).check(z.minLength(1)),
  telecom: z.array(z.looseObject({ system: z.string(), value: z.string().check(z.minLength(1)) })).check(z.minLength(1)),
  birthDate: z.iso.date(),
});

const ServiceRequest = z.looseObject({
  resourceType: z.literal('ServiceRequest'),
  identifier: z.array(Identifier).check(z.minLength(1)),
  status: z.string(),
  intent: z.string(),
  code: z.looseObject({
    coding: z.array(z.looseObject({ system: z.optional(z.string()), code: z.optional(z.string()) })).check(
      z.refine((codings) => codings.some((c) => c.system === SNOMED && c.code === SOCIAL_PRESCRIBING_REFERRAL.code), {
        message: `should include SNOMED CT ${SOCIAL_PRESCRIBING_REFERRAL.code} (${SOCIAL_PRESCRIBING_REFERRAL.display})`,
      }),
    ),
  }),
  subject: Reference,
  authoredOn: z.optional(z.iso.datetime({ offset: true })),
  patientInstruction: z.optional(z.string()),
  /** The referral this one replaces, by its ServiceRequest identifier. */
  replaces: z.optional(z.array(Reference)),
});

const QuestionnaireResponse = z.looseObject({ resourceType: z.literal('QuestionnaireResponse'), status: z.string() });

/** Work and first-visit answers, coded (fhir-observations.ts). */
const Observation = z.looseObject({ resourceType: z.literal('Observation'), status: z.string(), code: z.looseObject({}) });

/** Patient, ServiceRequest, QuestionnaireResponse and at most one Observation per work answer and goal, and the check-in consent. */
const MAX_ENTRIES = 3 + 13;

const Entry = z.object({
  fullUrl: uuidUrn,
  resource: z.discriminatedUnion('resourceType', [Patient, ServiceRequest, QuestionnaireResponse, Observation]),
  request: z.object({
    method: z.literal('POST'),
    url: z.enum(['Patient', 'ServiceRequest', 'QuestionnaireResponse', 'Observation']),
    ifNoneExist: z.optional(z.string()),
  }),
});

const count = (entries: { resource: { resourceType: string } }[], type: string) => entries.filter((e) => e.resource.resourceType === type).length;

export const FhirReferralBundle = z.object({
  resourceType: z.literal('Bundle'),
  type: z.literal('transaction'),
  identifier: z.optional(Identifier),
  timestamp: z.optional(z.iso.datetime({ offset: true })),
  entry: z.array(Entry).check(
    z.minLength(2),
    z.maxLength(MAX_ENTRIES),
    z.refine((entries) => count(entries, 'Patient') === 1, { message: 'should hold exactly one Patient' }),
    z.refine((entries) => count(entries, 'ServiceRequest') === 1, { message: 'should hold exactly one ServiceRequest' }),
    z.refine((entries) => entries.every((e) => e.request.url === e.resource.resourceType), { message: "each request.url should be its resource's type" }),
  ),
});
export type FhirReferralBundle = z.infer<typeof FhirReferralBundle>;

const uuidOf = (value: string | undefined) => (value && UUID_URN.test(value) ? value.slice('urn:uuid:'.length).toLowerCase() : undefined);

export interface FhirReferralKeys {
  /** The referral's id: the ServiceRequest's `urn:uuid` identifier. */
  referralId: string | undefined;
  submittedAt: string | undefined;
  /** The id of the referral it replaces, from `replaces`. */
  supersedes: string | undefined;
}

/** What a receiver keys a FHIR referral on, read from a bundle the schema accepted. */
export function fhirReferralKeys(bundle: FhirReferralBundle): FhirReferralKeys {
  const request = bundle.entry.find((e) => e.resource.resourceType === 'ServiceRequest')!.resource as z.infer<typeof ServiceRequest>;
  const own = request.identifier.find((i) => i.system === URI_SYSTEM && uuidOf(i.value)) ?? request.identifier.find((i) => uuidOf(i.value));
  const replaced = request.replaces?.map((r) => uuidOf(r.identifier?.value) ?? uuidOf(r.reference)).find(Boolean);
  return { referralId: uuidOf(own?.value), submittedAt: request.authoredOn, supersedes: replaced };
}

/** The index of the ServiceRequest's entry, whose reply carries the reference. */
export function serviceRequestIndex(bundle: FhirReferralBundle): number {
  return bundle.entry.findIndex((e) => e.resource.resourceType === 'ServiceRequest');
}

type Coded = { coding?: { system?: string; code?: string }[] };
type LooseObservation = { resourceType: 'Observation'; code?: Coded; valueBoolean?: unknown; component?: { code?: Coded; valueCodeableConcept?: Coded; valueQuantity?: { value?: unknown } }[] };
const codeOf = (c: Coded | undefined) => c?.coding?.find((x) => x.system === OBSERVATION_CODES)?.code;

/**
 * The person's answer to "Can we ask how you are getting on?", read back from a FHIR referral's
 * `follow-up-consent` Observation (fhir-observations.ts), or undefined when it holds none. Only
 * what the JSON form would allow comes out: known channels, an interval of 1 to 52 weeks.
 */
export function fhirFollowUp(bundle: FhirReferralBundle): { consent: boolean; channels: ('text' | 'email')[]; afterWeeks: number } | undefined {
  const o = bundle.entry.map((e) => e.resource as unknown as LooseObservation).find((r) => r.resourceType === 'Observation' && codeOf(r.code) === 'follow-up-consent');
  if (!o || typeof o.valueBoolean !== 'boolean') return undefined;
  const channels = (o.component ?? [])
    .filter((c) => codeOf(c.code) === 'follow-up-channel')
    .map((c) => c.valueCodeableConcept?.coding?.[0]?.code)
    .filter((c): c is 'text' | 'email' => c === 'text' || c === 'email');
  const weeks = (o.component ?? []).find((c) => codeOf(c.code) === 'follow-up-after-weeks')?.valueQuantity?.value;
  if (typeof weeks !== 'number' || !Number.isInteger(weeks) || weeks < 1 || weeks > 52) return undefined;
  return { consent: o.valueBoolean && channels.length > 0, channels: o.valueBoolean ? [...new Set(channels)] : [], afterWeeks: weeks };
}
