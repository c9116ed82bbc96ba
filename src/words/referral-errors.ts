import { msg, str } from '@lit/localize';
import type { ReferralFieldError } from '../core/validate/referral-steps.ts';
import { tooLongText, type TooLongField } from './too-long.ts';

/** The request-a-call form's problems, worded for the person in their language. */
export function referralErrorText(e: ReferralFieldError): string {
  switch (e.code) {
    case 'date-of-birth.missing': return msg('Enter your date of birth');
    case 'date-of-birth.missing-parts': return msg('Date of birth must include a day, month and year');
    case 'date-of-birth.missing-day': return msg('Date of birth must include a day');
    case 'date-of-birth.missing-month': return msg('Date of birth must include a month');
    case 'date-of-birth.missing-year': return msg('Date of birth must include a year');
    case 'date-of-birth.year-digits': return msg('Year must include 4 numbers, like 1970');
    case 'date-of-birth.not-real': return msg('Date of birth must be a real date');
    case 'date-of-birth.in-future': return msg('Date of birth must be in the past');
    case 'date-of-birth.too-young': return msg(str`You must be ${e.minAge} or older to use this form. Your GP practice can help you find support`);
    case 'date-of-birth.too-old': return msg('Check the year you were born');
    case 'email.missing': return msg('Enter your email address');
    case 'email.format': return msg('Enter an email address in the right format, like name@example.com');
    case 'email.missing-for-email': return msg('Enter your email address, or untick email');
    case 'nhs-number.format': return msg('NHS number must be 10 numbers, like 943 476 5919');
    case 'nhs-number.check-digit': return msg('Check your NHS number, or leave it blank if you are not sure');
    case 'phone.missing': return msg('Enter a phone number');
    case 'phone.not-uk': return msg('Enter a UK phone number, like 01632 960 001 or 07700 900 982');
    case 'phone.not-mobile': return msg('To get text messages, enter a mobile number. Mobile numbers start with 07');
    case 'postcode.missing': return msg('Enter your postcode');
    case 'postcode.format': return msg('Enter a full UK postcode, like LS6 2AB');
    case 'full-name.missing': return msg('Enter your full name');
    case 'too-long': return tooLongText(e.field as TooLongField, e.max);
    case 'methods.none': return msg('Choose at least one way we can contact you');
    case 'voicemail.unanswered': return msg('Choose yes if it is safe to leave you a voicemail');
    case 'text.unanswered': return msg('Choose yes if it is safe to send you a text message');
    case 'text.not-safe-but-chosen': return msg('You chose text as a way to contact you. Choose yes if texts are safe, or untick text');
    case 'consent.missing': return msg('Tick the box to say we can use your information to arrange a call');
    case 'service.message': return e.text;
    case 'service.check-answer': return msg('Check this answer');
    case 'service.not-accepted': return msg('The service could not accept one of your answers');
  }
}
