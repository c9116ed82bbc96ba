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

export type PostcodeProblem = { code: 'postcode.missing' } | { code: 'postcode.format' };

export function postcodeError(input: string): PostcodeProblem | undefined {
  if (input.trim() === '') return { code: 'postcode.missing' };
  if (!normalisePostcode(input)) return { code: 'postcode.format' };
  return undefined;
}
