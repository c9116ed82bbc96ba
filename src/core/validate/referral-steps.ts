import type { FieldError } from './field-error.ts';
import type { LegalBasis } from '../model/config.ts';
import { MAX_LENGTH, type ReferralDraft } from '../referral/draft.ts';
import { checkDateOfBirth, type DateOfBirthProblem, type DatePart } from './date-of-birth.ts';
import { emailError, type EmailProblem } from './email.ts';
import { nhsNumberError, type NhsNumberProblem } from './nhs-number.ts';
import { phoneError, type PhoneProblem } from './phone.ts';
import { postcodeError, type PostcodeProblem } from './postcode.ts';

/**
 * Everything that can be wrong with an answer on the request-a-call form. `too-long` is worded by
 * its field; the `service.*` codes come from the service's 422 reply (`service.message` is its
 * own words, shown as written).
 */
export type ReferralProblem =
  | DateOfBirthProblem
  | EmailProblem
  | NhsNumberProblem
  | PhoneProblem
  | PostcodeProblem
  | { code: 'full-name.missing' }
  | { code: 'too-long'; max: number }
  | { code: 'email.missing-for-email' }
  | { code: 'methods.none' }
  | { code: 'voicemail.unanswered' }
  | { code: 'text.unanswered' }
  | { code: 'text.not-safe-but-chosen' }
  | { code: 'consent.missing' }
  | { code: 'service.message'; text: string }
  | { code: 'service.check-answer' }
  | { code: 'service.not-accepted' };

/**
 * A field error for the request-a-call form. `field` is the id of the box to focus: for the date
 * of birth that is the first box with the problem (`dateOfBirth` is the day box,
 * `dateOfBirth-month`, `dateOfBirth-year`), and `parts` says which boxes to mark.
 */
export type ReferralFieldError = FieldError<ReferralProblem> & { parts?: DatePart[] };

export const REFERRAL_STEPS = ['about-you', 'contact', 'anything-else'] as const;
export type ReferralStep = (typeof REFERRAL_STEPS)[number];

function tooLong(value: string, max: number): ReferralProblem | undefined {
  return value.trim().length > max ? { code: 'too-long', max } : undefined;
}

function push(errors: ReferralFieldError[], field: string, problem: ReferralProblem | undefined) {
  if (problem) errors.push({ ...problem, field });
}

/** "About you": name, date of birth, postcode, GP practice and NHS number. */
export function validateAboutYou(d: ReferralDraft, today: Date): ReferralFieldError[] {
  const errors: ReferralFieldError[] = [];
  push(errors, 'fullName', d.fullName.trim() === '' ? { code: 'full-name.missing' } : tooLong(d.fullName, MAX_LENGTH.fullName));
  push(errors, 'preferredName', tooLong(d.preferredName, MAX_LENGTH.preferredName));
  const dob = checkDateOfBirth(d.dateOfBirth, today);
  if (!dob.ok) {
    const first = dob.parts[0] ?? 'day';
    errors.push({ ...dob.problem, field: first === 'day' ? 'dateOfBirth' : `dateOfBirth-${first}`, parts: dob.parts });
  }
  push(errors, 'postcode', postcodeError(d.postcode));
  push(errors, 'gpPractice', tooLong(d.gpPractice, MAX_LENGTH.gpPractice));
  push(errors, 'nhsNumber', nhsNumberError(d.nhsNumber));
  return errors;
}

/** "How to contact you": phone, email, how and when, and what is safe. */
export function validateContact(d: ReferralDraft): ReferralFieldError[] {
  const errors: ReferralFieldError[] = [];
  const byText = d.methods.includes('text');
  const byEmail = d.methods.includes('email');
  push(errors, 'phone', phoneError(d.phone, { mobile: byText }));
  push(errors, 'email', byEmail && d.email.trim() === '' ? { code: 'email.missing-for-email' } : emailError(d.email));
  push(errors, 'methods', d.methods.length === 0 ? { code: 'methods.none' } : undefined);
  push(errors, 'voicemailOk', d.voicemailOk === '' ? { code: 'voicemail.unanswered' } : undefined);
  push(
    errors,
    'textOk',
    d.textOk === '' ? { code: 'text.unanswered' } : byText && d.textOk === 'no' ? { code: 'text.not-safe-but-chosen' } : undefined,
  );
  return errors;
}

/** "Anything else": language, anything that helps, the message, and consent when it is the basis. */
export function validateAnythingElse(d: ReferralDraft, legalBasis: LegalBasis): ReferralFieldError[] {
  const errors: ReferralFieldError[] = [];
  push(errors, 'language', tooLong(d.language, MAX_LENGTH.language));
  push(errors, 'adjustments', tooLong(d.adjustments, MAX_LENGTH.adjustments));
  push(errors, 'message', tooLong(d.message, MAX_LENGTH.message));
  if (legalBasis === 'consent' && !d.consent) push(errors, 'consent', { code: 'consent.missing' });
  return errors;
}

export function validateStep(step: ReferralStep, d: ReferralDraft, options: { today: Date; legalBasis: LegalBasis }): ReferralFieldError[] {
  switch (step) {
    case 'about-you': return validateAboutYou(d, options.today);
    case 'contact': return validateContact(d);
    case 'anything-else': return validateAnythingElse(d, options.legalBasis);
  }
}

/** Which step a field is asked on, so an error from the server can take the person back to it. */
export function stepOfField(field: string): ReferralStep | undefined {
  const base = field.split('-')[0];
  if (['fullName', 'preferredName', 'dateOfBirth', 'postcode', 'gpPractice', 'nhsNumber'].includes(base!)) return 'about-you';
  if (['phone', 'email', 'methods', 'bestDays', 'bestTimes', 'voicemailOk', 'textOk'].includes(base!)) return 'contact';
  if (['language', 'interpreter', 'adjustments', 'message', 'assisted', 'consent', 'followUpChannels'].includes(base!)) return 'anything-else';
  return undefined;
}
