import { msg, str } from '@lit/localize';
import type { FieldError } from './field-error.ts';
import type { LegalBasis } from '../model/config.ts';
import { MAX_LENGTH, type ReferralDraft } from '../referral/draft.ts';
import { checkDateOfBirth, type DatePart } from './date-of-birth.ts';
import { emailError } from './email.ts';
import { nhsNumberError } from './nhs-number.ts';
import { phoneError } from './phone.ts';
import { postcodeError } from './postcode.ts';

/**
 * A field error for the request-a-call form. `field` is the id of the box to focus: for the date
 * of birth that is the first box with the problem (`dateOfBirth` is the day box,
 * `dateOfBirth-month`, `dateOfBirth-year`), and `parts` says which boxes to mark.
 */
export interface ReferralFieldError extends FieldError {
  parts?: DatePart[];
}

export const REFERRAL_STEPS = ['about-you', 'contact', 'anything-else'] as const;
export type ReferralStep = (typeof REFERRAL_STEPS)[number];

// Whole sentences, one per field, so each translates on its own (no glued fragments).
function tooLong(value: string, max: number, message: (max: number) => string): string | undefined {
  return value.trim().length > max ? message(max) : undefined;
}

function push(errors: ReferralFieldError[], field: string, message: string | undefined) {
  if (message) errors.push({ field, message });
}

/** "About you": name, date of birth, postcode, GP practice and NHS number. */
export function validateAboutYou(d: ReferralDraft, today: Date): ReferralFieldError[] {
  const errors: ReferralFieldError[] = [];
  push(errors, 'fullName', d.fullName.trim() === '' ? msg('Enter your full name') : tooLong(d.fullName, MAX_LENGTH.fullName, (n) => msg(str`Full name must be ${n} characters or fewer`)));
  push(errors, 'preferredName', tooLong(d.preferredName, MAX_LENGTH.preferredName, (n) => msg(str`The name you like to be called must be ${n} characters or fewer`)));
  const dob = checkDateOfBirth(d.dateOfBirth, today);
  if (!dob.ok) {
    const first = dob.parts[0] ?? 'day';
    errors.push({ field: first === 'day' ? 'dateOfBirth' : `dateOfBirth-${first}`, message: dob.message, parts: dob.parts });
  }
  push(errors, 'postcode', postcodeError(d.postcode));
  push(errors, 'gpPractice', tooLong(d.gpPractice, MAX_LENGTH.gpPractice, (n) => msg(str`GP practice must be ${n} characters or fewer`)));
  push(errors, 'nhsNumber', nhsNumberError(d.nhsNumber));
  return errors;
}

/** "How to contact you": phone, email, how and when, and what is safe. */
export function validateContact(d: ReferralDraft): ReferralFieldError[] {
  const errors: ReferralFieldError[] = [];
  const byText = d.methods.includes('text');
  const byEmail = d.methods.includes('email');
  push(errors, 'phone', phoneError(d.phone, { mobile: byText }));
  push(errors, 'email', byEmail && d.email.trim() === '' ? msg('Enter your email address, or untick email') : emailError(d.email));
  push(errors, 'methods', d.methods.length === 0 ? msg('Choose at least one way we can contact you') : undefined);
  push(errors, 'voicemailOk', d.voicemailOk === '' ? msg('Choose yes if it is safe to leave you a voicemail') : undefined);
  push(
    errors,
    'textOk',
    d.textOk === ''
      ? msg('Choose yes if it is safe to send you a text message')
      : byText && d.textOk === 'no'
        ? msg('You chose text as a way to contact you. Choose yes if texts are safe, or untick text')
        : undefined,
  );
  return errors;
}

/** "Anything else": language, anything that helps, the message, and consent when it is the basis. */
export function validateAnythingElse(d: ReferralDraft, legalBasis: LegalBasis): ReferralFieldError[] {
  const errors: ReferralFieldError[] = [];
  push(errors, 'language', tooLong(d.language, MAX_LENGTH.language, (n) => msg(str`Language must be ${n} characters or fewer`)));
  push(errors, 'adjustments', tooLong(d.adjustments, MAX_LENGTH.adjustments, (n) => msg(str`What would make contact easier must be ${n} characters or fewer`)));
  push(errors, 'message', tooLong(d.message, MAX_LENGTH.message, (n) => msg(str`Your message must be ${n} characters or fewer`)));
  if (legalBasis === 'consent' && !d.consent) {
    push(errors, 'consent', msg('Tick the box to say we can use your information to arrange a call'));
  }
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
