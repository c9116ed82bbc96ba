import type { ReferralFieldError, ReferralProblem } from '../validate/referral-steps.ts';
import type { FieldErrorsReply } from './replies.ts';

// Paths in the Referral, mapped to the form's field ids (see draft.ts).
const FIELD_OF_PATH: Record<string, string> = {
  'person.fullName': 'fullName',
  'person.preferredName': 'preferredName',
  'person.dateOfBirth': 'dateOfBirth',
  'person.postcode': 'postcode',
  'person.gpPractice': 'gpPractice',
  'person.nhsNumber': 'nhsNumber',
  'contact.phone': 'phone',
  'contact.email': 'email',
  'contact.methods': 'methods',
  'contact.bestDays': 'bestDays',
  'contact.bestTimes': 'bestTimes',
  'contact.voicemailOk': 'voicemailOk',
  'contact.textOk': 'textOk',
  'contact.language': 'language',
  'contact.interpreter': 'interpreter',
  'contact.adjustments': 'adjustments',
  'contact.message': 'message',
  'source.assisted': 'assisted',
  'consent.given': 'consent',
  'followUp.channels': 'followUpChannels',
  'followUp.consent': 'followUpChannels',
};
const FORM_FIELDS = new Set(Object.values(FIELD_OF_PATH));

/** The form field a server's field name points at: a Referral path or a form field id. */
export function formFieldOf(field: string | undefined): string | undefined {
  if (!field) return undefined;
  // "contact.methods[0]" names the list, not one item in it.
  const path = field.replace(/\[\d+\]$/, '');
  return FIELD_OF_PATH[path] ?? (FORM_FIELDS.has(path) ? path : undefined);
}

/**
 * A 422 reply as errors on the form. The service's own message is kept as written; one it did not
 * write gets a plain code. A field the form does not have keeps an empty `field`, so it shows in
 * the summary without a link.
 */
export function toFieldErrors(reply: FieldErrorsReply): ReferralFieldError[] {
  return reply.errors.map((e): ReferralFieldError => {
    const field = formFieldOf(e.field) ?? '';
    const text = e.message?.trim().slice(0, 300);
    const problem: ReferralProblem = text
      ? { code: 'service.message', text }
      : { code: field ? 'service.check-answer' : 'service.not-accepted' };
    return field === 'dateOfBirth' ? { ...problem, field, parts: ['day', 'month', 'year'] } : { ...problem, field };
  });
}
