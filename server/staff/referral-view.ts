import type { Observation, QuestionnaireResponse, QuestionnaireResponseItem } from 'fhir/r4';
import { Referral } from '../../src/core/model/referral.ts';
import { FhirReferralBundle } from '../../src/core/referral/fhir-intake.ts';
import { workObservations } from '../../src/core/referral/fhir-observations.ts';
import type { ReferralFormat } from '../store/referrals.ts';
import {
  DAY_NAMES, LEGAL_BASIS_NAMES, LONELINESS_NAMES, METHOD_NAMES, NEED_AREA_NAMES, ONS4_NAMES, TIME_NAMES, dateOnly, yesNo,
} from './words.ts';

// A stored referral as the staff screen shows it, whichever way it came in: a Referral (json or
// form) or a FHIR bundle. Everything here is text; the page escapes it.

export interface SafeContact {
  /** "Do NOT leave a voicemail", "No texts" and the like: shown first, in bold. */
  warnings: string[];
  /** The rest of how to reach them: ways, days, times, language. */
  lines: { label: string; value: string }[];
}

export interface Line {
  label: string;
  value: string;
}

export interface ReferralView {
  name: string;
  phone?: string;
  email?: string;
  safeContact: SafeContact;
  /** The person chose an answer that can signal crisis. */
  crisis: boolean;
  person: Line[];
  message?: string;
  needs: { name: string; reasons: string[] }[];
  plan: string[];
  wellbeing: Line[];
  work: Line[];
  /** Every question and answer, as the person saw them. */
  answers: Line[];
  other: Line[];
  /** Said when a FHIR referral's parts are shown as sent. */
  notes: string[];
}

export type ViewResult = { ok: true; view: ReferralView } | { ok: false };

type Json = Record<string, unknown>;

const phoneText = (digits: string) => (digits.length === 11 ? `${digits.slice(0, 5)} ${digits.slice(5)}` : digits);

function observationLines(observations: readonly Pick<Observation, 'code' | 'valueCodeableConcept' | 'valueInteger' | 'valueBoolean'>[]): Line[] {
  return observations.map((o) => ({
    label: o.code.text ?? o.code.coding?.[0]?.display ?? 'Answer',
    value: o.valueCodeableConcept?.text ?? o.valueCodeableConcept?.coding?.[0]?.display ?? (o.valueInteger !== undefined ? String(o.valueInteger) : o.valueBoolean !== undefined ? yesNo(o.valueBoolean) : ''),
  }));
}

function fromReferral(r: Referral): ReferralView {
  const c = r.contact;
  const g = r.goals;
  const warnings = [
    ...(!c.voicemailOk ? ['Do NOT leave a voicemail'] : []),
    ...(!c.textOk ? ['No texts'] : []),
    ...(c.interpreter ? [`Needs an interpreter${c.language ? `: ${c.language}` : ''}`] : []),
  ];
  const lines: Line[] = [
    { label: 'Contact by', value: c.methods.map((m) => METHOD_NAMES[m] ?? m).join(', ') },
    { label: 'Best days', value: c.bestDays.length ? c.bestDays.map((d) => DAY_NAMES[d]).join(', ') : 'Any day' },
    { label: 'Best times', value: c.bestTimes.length ? c.bestTimes.map((t) => TIME_NAMES[t]).join(', ') : 'Any time' },
    { label: 'Voicemail', value: c.voicemailOk ? 'You can leave a voicemail' : 'Do NOT leave a voicemail' },
    { label: 'Texts', value: c.textOk ? 'Texts are OK' : 'No texts' },
  ];
  if (r.person.preferredName) lines.push({ label: 'Likes to be called', value: r.person.preferredName });
  if (c.language && !c.interpreter) lines.push({ label: 'Language', value: c.language });
  if (c.adjustments) lines.push({ label: 'To make contact easier', value: c.adjustments });
  if (r.source.assisted) lines.push({ label: 'Help', value: 'Someone helped them fill in the form' });
  if (r.firstVisit?.someoneToGoWith) lines.push({ label: 'First visit', value: 'Would like someone to go with them the first time' });

  const person: Line[] = [
    { label: 'Full name', value: r.person.fullName },
    ...(r.person.preferredName ? [{ label: 'Preferred name', value: r.person.preferredName }] : []),
    { label: 'Date of birth', value: dateOnly(r.person.dateOfBirth) },
    { label: 'Postcode', value: r.person.postcode },
    ...(r.person.nhsNumber ? [{ label: 'NHS number', value: r.person.nhsNumber.replace(/^(\d{3})(\d{3})(\d{4})$/, '$1 $2 $3') }] : []),
    ...(r.person.gpPractice ? [{ label: 'GP practice', value: r.person.gpPractice }] : []),
    { label: 'Phone', value: phoneText(c.phone) },
    ...(c.email ? [{ label: 'Email', value: c.email }] : []),
  ];
  const w = g?.wellbeing;
  const wellbeing: Line[] = [];
  for (const key of ['lifeSatisfaction', 'worthwhile', 'happiness', 'anxiety'] as const) {
    if (w?.[key] !== undefined) wellbeing.push({ label: ONS4_NAMES[key], value: `${w[key]} out of 10` });
  }
  if (g?.loneliness) wellbeing.push({ label: 'How often they feel lonely', value: LONELINESS_NAMES[g.loneliness] });
  const answers = (g?.answers ?? []).map((a) => ({
    label: a.question || a.questionId,
    value: a.display ?? (Array.isArray(a.value) ? a.value.join(', ') : typeof a.value === 'boolean' ? yesNo(a.value) : String(a.value)),
  }));
  return {
    name: r.person.fullName,
    phone: c.phone,
    email: c.email,
    safeContact: { warnings, lines },
    crisis: g?.crisis ?? false,
    person,
    message: c.message,
    needs: (g?.needAreas ?? []).map((n) => ({ name: NEED_AREA_NAMES[n.id] ?? n.id, reasons: n.reasons })),
    plan: r.plan.map((p) => p.name),
    wellbeing,
    // The same English words the FHIR bundle gives a service: one mapping for both.
    work: observationLines(workObservations(r, 'Patient/person').map((o) => o.resource)),
    answers,
    other: [
      { label: 'How it was sent', value: r.source.kiosk ? 'From a waiting-room kiosk' : r.source.assisted ? 'Online, with someone helping' : 'Online, by themselves' },
      { label: 'Language of the form', value: r.source.locale },
      { label: 'Lawful basis', value: `${LEGAL_BASIS_NAMES[r.consent.basis]}${r.consent.basis === 'consent' ? ' (they agreed)' : ''}` },
      { label: 'Web page', value: r.source.page },
    ],
    notes: [],
  };
}

function itemLines(items: readonly QuestionnaireResponseItem[] | undefined): Line[] {
  return (items ?? []).flatMap((item) => [
    ...(item.answer?.length
      ? [{
          label: item.text ?? item.linkId,
          value: item.answer
            .map((a) => a.valueCoding?.display ?? a.valueCoding?.code ?? a.valueString ?? (a.valueBoolean !== undefined ? yesNo(a.valueBoolean) : String(a.valueInteger ?? a.valueDecimal ?? '')))
            .join(', '),
        }]
      : []),
    ...itemLines(item.item),
  ]);
}

function fromBundle(bundle: FhirReferralBundle): ReferralView {
  const resources = bundle.entry.map((e) => e.resource as Json);
  const of = (type: string) => resources.filter((r) => r.resourceType === type);
  const patient = of('Patient')[0] as Json & { name: { text: string; use?: string }[]; telecom: { system: string; value: string }[]; birthDate: string };
  const request = of('ServiceRequest')[0] as Json & { patientInstruction?: string; note?: { text: string }[] };
  const response = of('QuestionnaireResponse')[0] as QuestionnaireResponse | undefined;
  const name = patient.name.find((n) => n.use === 'official')?.text ?? patient.name[0]!.text;
  const preferred = patient.name.find((n) => n.use === 'usual')?.text;
  const phone = patient.telecom.find((t) => t.system === 'phone')?.value;
  const email = patient.telecom.find((t) => t.system === 'email')?.value;
  const address = (patient.address as { postalCode?: string }[] | undefined)?.[0]?.postalCode;
  const nhs = (patient.identifier as { system?: string; value: string }[] | undefined)?.find((i) => i.system === 'https://fhir.nhs.uk/Id/nhs-number')?.value;
  const gp = (patient.generalPractitioner as { display?: string }[] | undefined)?.[0]?.display;
  const instructions = (request.patientInstruction ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  // Waymark writes "Safe to leave a voicemail: no." (core/referral/fhir.ts); say it as loudly as for a Referral.
  const warnings = [
    ...(instructions.some((l) => /voicemail: no\b/i.test(l)) ? ['Do NOT leave a voicemail'] : []),
    ...(instructions.some((l) => /send a text: no\b/i.test(l)) ? ['No texts'] : []),
    ...(instructions.some((l) => /interpreter: yes\b/i.test(l)) ? ['Needs an interpreter'] : []),
  ];
  return {
    name,
    phone,
    email,
    safeContact: { warnings, lines: instructions.map((l) => ({ label: 'As sent', value: l })) },
    crisis: false,
    person: [
      { label: 'Full name', value: name },
      ...(preferred ? [{ label: 'Preferred name', value: preferred }] : []),
      { label: 'Date of birth', value: dateOnly(patient.birthDate) },
      ...(address ? [{ label: 'Postcode', value: address }] : []),
      ...(nhs ? [{ label: 'NHS number', value: nhs }] : []),
      ...(gp ? [{ label: 'GP practice', value: gp }] : []),
      ...(phone ? [{ label: 'Phone', value: phone }] : []),
      ...(email ? [{ label: 'Email', value: email }] : []),
    ],
    needs: [],
    plan: [],
    wellbeing: [],
    work: observationLines(of('Observation') as unknown as Observation[]),
    answers: itemLines(response?.item),
    other: [],
    notes: (request.note ?? []).map((n) => n.text),
  };
}

/** The view of a stored document, or not-ok when it no longer reads as either kind. */
export function referralView(format: ReferralFormat, document: unknown): ViewResult {
  if (format === 'fhir') {
    const parsed = FhirReferralBundle.safeParse(document);
    return parsed.success ? { ok: true, view: fromBundle(parsed.data) } : { ok: false };
  }
  const parsed = Referral.safeParse(document);
  return parsed.success ? { ok: true, view: fromReferral(parsed.data) } : { ok: false };
}
