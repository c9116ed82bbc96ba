import type { GoalsResult } from '../model/goals.ts';
import type { LegalBasis } from '../model/config.ts';
import { parseWith, type Parsed } from '../model/problems.ts';
import { REFERRAL_SCHEMA_VERSION, Referral, type PlanItem, type ReferralFollowUp, type ReferralInput } from '../model/referral.ts';
import { checkDateOfBirth } from '../validate/date-of-birth.ts';
import { normaliseEmail } from '../validate/email.ts';
import { normaliseNhsNumber } from '../validate/nhs-number.ts';
import { normaliseUkPhone } from '../validate/phone.ts';
import { normalisePostcode } from '../validate/postcode.ts';
import type { ReferralDraft } from './draft.ts';
import { followUpChannelsChosen } from './follow-up-channels.ts';

export interface ReferralContext {
  /** Made once when the person reaches "check your answers"; the Idempotency-Key of every attempt. */
  id: string;
  /** The id of an earlier referral that may have arrived and that this one replaces. */
  supersedes?: string;
  submittedAt: string;
  /** The page without its query or fragment, which can carry a person's details. */
  page: string;
  widgetVersion: string;
  locale: string;
  kiosk: boolean;
  legalBasis: LegalBasis;
  privacyNoticeUrl?: string;
  goals?: GoalsResult;
  plan?: PlanItem[];
  /**
   * Set when the service asks "Can we ask how you are getting on in about N weeks?"
   * (`followUp.enabled`): N, its `followUp.afterWeeks`. The referral then always says whether the
   * person agreed, and by which ways.
   */
  followUpAfterWeeks?: number;
  /** The person's local date, for the date of birth check. */
  today: Date;
}

/** `location.origin + location.pathname`: a query string or fragment may hold personal data. */
export function pageOf(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}`;
}

function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * Turns what the person typed into a `Referral`: phone digits in national format, postcode upper
 * case with one space, NHS number as 10 digits, empty optional answers left out. The result is
 * checked against the same schema the server and `dist/referral.schema.json` use, so a draft that
 * slipped past the step checks is named, never sent half-formed.
 */
export function buildReferral(d: ReferralDraft, ctx: ReferralContext): Parsed<Referral> {
  const dob = checkDateOfBirth(d.dateOfBirth, ctx.today);
  const candidate: ReferralInput = {
    schemaVersion: REFERRAL_SCHEMA_VERSION,
    id: ctx.id,
    supersedes: ctx.supersedes,
    submittedAt: ctx.submittedAt,
    source: { page: ctx.page, widgetVersion: ctx.widgetVersion, locale: ctx.locale, kiosk: ctx.kiosk, assisted: d.assisted },
    person: {
      fullName: d.fullName.trim(),
      preferredName: optionalText(d.preferredName),
      dateOfBirth: dob.ok ? dob.iso : '',
      postcode: normalisePostcode(d.postcode) ?? d.postcode,
      gpPractice: optionalText(d.gpPractice),
      nhsNumber: d.nhsNumber.trim() === '' ? undefined : (normaliseNhsNumber(d.nhsNumber) ?? d.nhsNumber),
    },
    contact: {
      phone: normaliseUkPhone(d.phone) ?? d.phone,
      email: d.email.trim() === '' ? undefined : (normaliseEmail(d.email) ?? d.email),
      methods: [...d.methods],
      bestDays: [...d.bestDays],
      bestTimes: [...d.bestTimes],
      voicemailOk: d.voicemailOk === 'yes',
      textOk: d.textOk === 'yes',
      language: optionalText(d.language),
      interpreter: d.interpreter,
      adjustments: optionalText(d.adjustments),
      message: optionalText(d.message),
    },
    goals: ctx.goals,
    plan: ctx.plan ? ctx.plan.map(({ id, name }) => ({ id, name })) : [],
    firstVisit: d.someoneToGoWith === '' ? undefined : { someoneToGoWith: d.someoneToGoWith === 'yes' },
    consent: {
      basis: ctx.legalBasis,
      // Only asked when consent is the basis; otherwise the service's basis stands on its own.
      given: ctx.legalBasis === 'consent' ? d.consent : undefined,
      privacyNoticeUrl: ctx.privacyNoticeUrl,
    },
    followUp: ctx.followUpAfterWeeks === undefined ? undefined : followUpOf(d, ctx.followUpAfterWeeks),
  };
  return parseWith(Referral, stripUndefined(candidate));
}

function followUpOf(d: ReferralDraft, afterWeeks: number): ReferralFollowUp {
  const channels = followUpChannelsChosen(d);
  return { consent: channels.length > 0, channels, afterWeeks };
}

// Optional answers not given are left out entirely, so every encoder (JSON, FHIR, form) sees
// only what the person said.
function stripUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(stripUndefined) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, stripUndefined(v)]),
    ) as T;
  }
  return value;
}
