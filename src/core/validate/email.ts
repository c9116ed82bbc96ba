import { msg } from '@lit/localize';
import { ReferralContact } from '../model/referral.ts';

// The referral schema's own email rule, so a form that passes here never fails at the server.
const emailRule = ReferralContact.shape.email;

/** A trimmed email address, or `undefined` when it cannot be one. */
export function normaliseEmail(input: string): string | undefined {
  const trimmed = input.trim();
  return trimmed !== '' && emailRule.safeParse(trimmed).success ? trimmed : undefined;
}

export function emailError(input: string, options: { required?: boolean } = {}): string | undefined {
  if (input.trim() === '') return options.required ? msg('Enter your email address') : undefined;
  if (!normaliseEmail(input)) return msg('Enter an email address in the right format, like name@example.com');
  return undefined;
}
