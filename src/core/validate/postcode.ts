import { msg } from '@lit/localize';
import { ReferralPerson } from '../model/referral.ts';

/**
 * A UK postcode in the referral's form, upper case with one space before the last three
 * characters ("ls6 2ab" → "LS6 2AB"), or `undefined` if it cannot be one.
 * Checked against the referral schema itself, so the two can never disagree.
 */
export function normalisePostcode(input: string): string | undefined {
  const compact = input.replace(/[\s\u00a0]/g, '').toUpperCase();
  if (compact.length < 5 || compact.length > 7) return undefined;
  const spaced = `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  return ReferralPerson.shape.postcode.safeParse(spaced).success ? spaced : undefined;
}

export function postcodeError(input: string): string | undefined {
  if (input.trim() === '') return msg('Enter your postcode');
  if (!normalisePostcode(input)) return msg('Enter a full UK postcode, like LS6 2AB');
  return undefined;
}
