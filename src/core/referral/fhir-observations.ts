import type { CodeableConcept, Coding, Observation } from 'fhir/r4';
import type { Referral } from '../model/referral.ts';
import type { EmploymentStatus } from '../model/goals.ts';

// Work, and what would make a first visit easier, as coded FHIR Observations: structured data a
// service can count and report on (the Work Foundation's recommendations 1 and 2), never only note
// text. Each is self-reported by the person (performer: the Patient), category social-history.
//
// SNOMED CT is used where a concept means exactly the answer (employment status: employed,
// unemployed, retired; codes checked against public terminology use, not invented). Everything
// else is coded in Waymark's own code systems, documented in docs/referral.md, under
// https://waymark.example/fhir/CodeSystem/. Displays are English, for the service: the person
// never sees them.

export const WAYMARK_CODE_SYSTEMS = 'https://waymark.example/fhir/CodeSystem';
/** What each Observation observes (its `code`). */
export const OBSERVATION_CODES = `${WAYMARK_CODE_SYSTEMS}/observation`;
const SNOMED = 'http://snomed.info/sct';
export const SOCIAL_HISTORY: CodeableConcept = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'social-history', display: 'Social History' }],
};

/** SNOMED CT findings that mean exactly one of Waymark's employment statuses. */
export const EMPLOYMENT_SNOMED: Partial<Record<EmploymentStatus, Coding>> = {
  working: { system: SNOMED, code: '224363007', display: 'Employed' },
  'looking-for-work': { system: SNOMED, code: '73438004', display: 'Unemployed' },
  retired: { system: SNOMED, code: '105493001', display: 'Retired' },
};

/** English displays for Waymark's codes, by code system. */
const DISPLAYS: Record<string, Record<string, string>> = {
  observation: {
    'employment-status': 'Employment status',
    'time-since-paid-work': 'Time since last in paid work',
    'fit-note': 'Has a fit note',
    'work-affecting-health': 'Work is affecting their health',
    'work-confidence': 'Confidence about work, learning or volunteering (0 to 10)',
    'work-goal': 'Would like help with work',
    'work-pathway': 'Route towards work',
    'someone-to-go-with': 'Would like someone to go with them the first time',
    'follow-up-consent': 'Agrees to be asked again how they are getting on',
    'follow-up-channel': 'Way to send the check-in link',
    'follow-up-after-weeks': 'Weeks after the referral to ask again',
    'life-satisfaction': 'ONS4: life satisfaction (0 to 10)',
    worthwhile: 'ONS4: things done in life are worthwhile (0 to 10)',
    happiness: 'ONS4: happiness yesterday (0 to 10)',
    anxiety: 'ONS4: anxiety yesterday (0 to 10, higher is worse)',
    loneliness: 'ONS: how often they feel lonely',
    'work-step': 'Step towards work since the referral',
    'gp-visits': 'Times they saw a GP in the last 3 months',
  },
  loneliness: {
    'often-always': 'Often or always', 'some-of-the-time': 'Some of the time', occasionally: 'Occasionally',
    'hardly-ever': 'Hardly ever', never: 'Never',
  },
  'work-step': {
    'volunteering-or-course': 'Started volunteering or a course', 'updated-cv': 'Updated a CV', applied: 'Applied for work',
    interview: 'Had an interview', 'started-or-returned': 'Started or returned to work', 'more-hours': 'Works more hours',
  },
  'follow-up-channel': { text: 'Text message', email: 'Email' },
  'employment-status': {
    working: 'Working', 'off-sick': 'Has a job but is off sick', 'looking-for-work': 'Looking for work',
    'unable-health': 'Cannot work because of their health', caring: 'Looks after someone', studying: 'Studying',
    retired: 'Retired', 'prefer-not-to-say': 'Prefers not to say',
  },
  'time-since-paid-work': {
    'less-than-6-months': 'Less than 6 months', '6-to-12-months': '6 to 12 months', '1-to-2-years': '1 to 2 years',
    '2-to-5-years': '2 to 5 years', 'more-than-5-years': 'More than 5 years', never: 'Never had a paid job',
    'prefer-not-to-say': 'Prefers not to say',
  },
  'fit-note': { yes: 'Yes', no: 'No', 'not-sure': 'Not sure', 'prefer-not-to-say': 'Prefers not to say' },
  'work-affecting-health': { yes: 'Yes', 'a-little': 'A little', no: 'No', 'not-sure': 'Not sure', 'prefer-not-to-say': 'Prefers not to say' },
  'work-goal': {
    'find-work': 'Finding work', 'stay-or-return': 'Staying in work or going back to work', volunteer: 'Volunteering',
    'learn-skills': 'Learning new skills', 'not-now': 'Not right now',
  },
  'work-pathway': { direct: 'Direct: employment support', indirect: 'Indirect: confidence, volunteering and learning' },
};

const coding = (system: string, code: string): Coding => ({ system: `${WAYMARK_CODE_SYSTEMS}/${system}`, code, display: DISPLAYS[system]?.[code] ?? code });

export function concept(system: string, code: string, also?: Coding): CodeableConcept {
  const own = coding(system, code);
  return { coding: also ? [own, also] : [own], text: own.display! };
}

type Value = Pick<Observation, 'valueCodeableConcept' | 'valueInteger' | 'valueBoolean' | 'component'>;

/** One observation before it has an identifier: what it observes and the answer. */
export interface WorkObservation {
  /** Unique within a referral: the code, and the answer when one code is observed more than once. */
  key: string;
  resource: Omit<Observation, 'identifier'>;
}

/** UCUM, the units FHIR quantities use. */
const UCUM = 'http://unitsofmeasure.org';

/** Consent to a check-in: yes or no, and with yes the ways to send it and after how long. */
function followUpValue(f: NonNullable<Referral['followUp']>): Value {
  const component: NonNullable<Observation['component']> = f.channels.map((ch) => ({
    code: concept('observation', 'follow-up-channel'),
    valueCodeableConcept: concept('follow-up-channel', ch),
  }));
  component.push({ code: concept('observation', 'follow-up-after-weeks'), valueQuantity: { value: f.afterWeeks, unit: 'weeks', system: UCUM, code: 'wk' } });
  return { valueBoolean: f.consent, component };
}

/** The Observations a referral holds, in a fixed order, each about `patientRef`. */
export function workObservations(r: Referral, patientRef: string): WorkObservation[] {
  const g = r.goals;
  const out: [string, string, Value][] = [];
  if (g?.employmentStatus) out.push(['employment-status', '', { valueCodeableConcept: concept('employment-status', g.employmentStatus, EMPLOYMENT_SNOMED[g.employmentStatus]) }]);
  if (g?.timeSincePaidWork) out.push(['time-since-paid-work', '', { valueCodeableConcept: concept('time-since-paid-work', g.timeSincePaidWork) }]);
  if (g?.fitNote) out.push(['fit-note', '', { valueCodeableConcept: concept('fit-note', g.fitNote) }]);
  if (g?.workAffectingHealth) out.push(['work-affecting-health', '', { valueCodeableConcept: concept('work-affecting-health', g.workAffectingHealth) }]);
  if (g?.workConfidence !== undefined) out.push(['work-confidence', '', { valueInteger: g.workConfidence }]);
  for (const goal of g?.workGoals ?? []) out.push(['work-goal', goal, { valueCodeableConcept: concept('work-goal', goal) }]);
  if (g && g.workPathway !== 'none') out.push(['work-pathway', '', { valueCodeableConcept: concept('work-pathway', g.workPathway) }]);
  if (r.firstVisit) out.push(['someone-to-go-with', '', { valueBoolean: r.firstVisit.someoneToGoWith }]);
  if (r.followUp) out.push(['follow-up-consent', '', followUpValue(r.followUp)]);
  return out.map(([code, answer, value]) => ({
    key: answer ? `${code}/${answer}` : code,
    resource: {
      resourceType: 'Observation',
      status: 'final',
      category: [SOCIAL_HISTORY],
      code: concept('observation', code),
      subject: { reference: patientRef },
      effectiveDateTime: r.submittedAt,
      performer: [{ reference: patientRef }],
      ...value,
    },
  }));
}
