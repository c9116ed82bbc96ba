import { ReferralContact } from '../model/referral.ts';

// The referral schema's own email rule, so a form that passes here never fails at the server.
const emailRule = ReferralContact.shape.email;

/** A trimmed email address, or `undefined` when it cannot be one. */
export function normaliseEmail(input: string): string | undefined {
  const trimmed = input.trim();
  return trimmed !== '' && emailRule.safeParse(trimmed).success ? trimmed : undefined;
}

export type EmailProblem = { code: 'email.missing' } | { code: 'email.format' };

export function emailError(input: string, options: { required?: boolean } = {}): EmailProblem | undefined {
  if (input.trim() === '') return options.required ? { code: 'email.missing' } : undefined;
  if (!normaliseEmail(input)) return { code: 'email.format' };
  return undefined;
}
