/**
 * The 10 digits of an NHS number when its check digit is right, else `undefined`.
 * Spaces and dashes are allowed ("943 476 5919", as printed on NHS letters).
 *
 * Modulus 11 (NHS Data Dictionary): weight the first nine digits 10 down to 2, sum, take the
 * remainder by 11; the check digit is 11 minus it, where 11 means 0 and 10 means the number is
 * not valid. Numbers of one repeated digit pass the sum but are never issued.
 */
export function normaliseNhsNumber(input: string): string | undefined {
  const digits = input.replace(/[\s\u00a0-]/g, '');
  if (!/^[0-9]{10}$/.test(digits) || /^(\d)\1{9}$/.test(digits)) return undefined;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return undefined;
  return (check === 11 ? 0 : check) === Number(digits[9]) ? digits : undefined;
}

export type NhsNumberProblem = { code: 'nhs-number.format' } | { code: 'nhs-number.check-digit' };

/** NHS number is optional: an empty answer is fine. */
export function nhsNumberError(input: string): NhsNumberProblem | undefined {
  if (input.trim() === '') return undefined;
  const digits = input.replace(/[\s\u00a0-]/g, '');
  if (!/^[0-9]{10}$/.test(digits)) return { code: 'nhs-number.format' };
  if (!normaliseNhsNumber(input)) return { code: 'nhs-number.check-digit' };
  return undefined;
}
