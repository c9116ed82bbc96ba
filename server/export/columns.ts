import type { Referral } from '../../src/core/model/referral.ts';
import { contactInstructions } from '../../src/core/referral/fhir.ts';
import { SOCIAL_PRESCRIBING_DECLINED } from '../../src/core/referral/status.ts';
import type { StoredReferral } from '../store/referrals.ts';
import { DECLINE_REASON_NAMES } from '../staff/words.ts';

// The CSV's columns: one row per referral, the answers a link worker and a report need. A FHIR
// referral fills what its Patient and ServiceRequest carry; the rest stays empty.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const CSV_COLUMNS = [
  'reference', 'status', 'received_at', 'format', 'referral_id', 'supersedes', 'superseded_by',
  'full_name', 'preferred_name', 'date_of_birth', 'postcode', 'nhs_number', 'gp_practice',
  'phone', 'email', 'contact_instructions', 'message',
  'need_areas', 'work_pathway', 'employment_status', 'work_goals',
  // Work as a health outcome (issue 16): each empty when not asked or skipped.
  'time_since_paid_work', 'fit_note', 'work_affecting_health', 'work_confidence',
  'loneliness',
  'ons4_life_satisfaction', 'ons4_worthwhile', 'ons4_happiness', 'ons4_anxiety',
  'plan', 'someone_to_go_with', 'consent_basis', 'source_page', 'kiosk', 'assisted', 'locale',
  // What the service recorded (issue 18), after the referral's own columns.
  'status_changed_at', 'assigned_to', 'decline_reason',
] as const;

function fromReferral(r: Referral): Partial<Record<(typeof CSV_COLUMNS)[number], unknown>> {
  const g = r.goals;
  return {
    full_name: r.person.fullName,
    preferred_name: r.person.preferredName,
    date_of_birth: r.person.dateOfBirth,
    postcode: r.person.postcode,
    nhs_number: r.person.nhsNumber,
    gp_practice: r.person.gpPractice,
    phone: r.contact.phone,
    email: r.contact.email,
    contact_instructions: contactInstructions(r),
    message: r.contact.message,
    need_areas: g?.needAreas.map((n) => n.id),
    work_pathway: g?.workPathway,
    employment_status: g?.employmentStatus,
    work_goals: g?.workGoals,
    time_since_paid_work: g?.timeSincePaidWork,
    fit_note: g?.fitNote,
    work_affecting_health: g?.workAffectingHealth,
    work_confidence: g?.workConfidence,
    loneliness: g?.loneliness,
    ons4_life_satisfaction: g?.wellbeing?.lifeSatisfaction,
    ons4_worthwhile: g?.wellbeing?.worthwhile,
    ons4_happiness: g?.wellbeing?.happiness,
    ons4_anxiety: g?.wellbeing?.anxiety,
    plan: r.plan.map((p) => p.name),
    someone_to_go_with: r.firstVisit?.someoneToGoWith,
    consent_basis: r.consent.basis,
    source_page: r.source.page,
    kiosk: r.source.kiosk,
    assisted: r.source.assisted,
    locale: r.source.locale,
  };
}

function fromBundle(bundle: Json): Partial<Record<(typeof CSV_COLUMNS)[number], unknown>> {
  const resource = (type: string): Json | undefined => bundle.entry?.find((e: Json) => e.resource?.resourceType === type)?.resource;
  const patient = resource('Patient') ?? {};
  const request = resource('ServiceRequest') ?? {};
  const name = (use: string) => patient.name?.find((n: Json) => n.use === use)?.text;
  const telecom = (system: string) => patient.telecom?.find((t: Json) => t.system === system)?.value;
  return {
    full_name: name('official') ?? patient.name?.[0]?.text,
    preferred_name: name('usual'),
    date_of_birth: patient.birthDate,
    postcode: patient.address?.[0]?.postalCode,
    nhs_number: patient.identifier?.find((i: Json) => i.system === 'https://fhir.nhs.uk/Id/nhs-number')?.value,
    gp_practice: patient.generalPractitioner?.[0]?.display,
    phone: telecom('phone'),
    email: telecom('email'),
    contact_instructions: request.patientInstruction,
    message: request.note?.map((n: Json) => n.text).join('\n'),
  };
}

/** A decline's reason in words; the person's own "no" with its SNOMED CT code. */
function declineText(reason: string | null): string | undefined {
  if (!reason) return undefined;
  if (reason === 'person-declined') return `${SOCIAL_PRESCRIBING_DECLINED.code} ${SOCIAL_PRESCRIBING_DECLINED.display}`;
  return DECLINE_REASON_NAMES[reason as keyof typeof DECLINE_REASON_NAMES] ?? reason;
}

export function csvValues(row: StoredReferral): unknown[] {
  const details = row.document === null ? {} : row.format === 'fhir' ? fromBundle(row.document as Json) : fromReferral(row.document as Referral);
  const all: Record<string, unknown> = {
    reference: row.reference,
    status: row.status,
    received_at: row.receivedAt,
    format: row.format,
    referral_id: row.referralId,
    supersedes: row.supersedes,
    superseded_by: row.supersededBy,
    status_changed_at: row.statusAt,
    assigned_to: row.assignedTo,
    decline_reason: declineText(row.declineReason),
    ...details,
  };
  return CSV_COLUMNS.map((c) => all[c]);
}
