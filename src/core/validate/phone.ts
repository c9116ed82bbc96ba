// UK numbers a link worker can ring back. Lengths are Ofcom's national numbering plan, written
// with the leading 0: 02, 03, 05 and 07 numbers have 11 digits; 01 and 08 numbers have 10 or 11
// (a few rural 01 exchanges and 0800 1111-style freephone numbers are shorter).
// 04 and 06 are not in use, and 09 is premium rate: a service cannot be asked to call those.
const NATIONAL = /^0(?:[1-3578][0-9]{9}|[18][0-9]{8})$/;

// Mobiles are 071–075 and 077–079. 070 is a "personal" forwarding number and 076 a pager,
// except 07624, the Isle of Man's mobiles. Only these can receive a text.
const MOBILE = /^07(?:[1-57-9][0-9]{8}|624[0-9]{6})$/;

/**
 * A UK phone number as people write it ("07700 900123", "+44 (0)7700-900123", "0044 20 7946 0018")
 * in national digits ("07700900123"), or `undefined` when it is not a UK number we can call.
 */
export function normaliseUkPhone(input: string): string | undefined {
  // Spaces, dashes, dots, brackets and slashes are how people group digits; they carry nothing.
  let digits = input.trim().replace(/[\s\-()./\u00a0]/g, '');
  if (digits.startsWith('+44')) digits = digits.slice(3);
  else if (digits.startsWith('0044')) digits = digits.slice(4);
  else if (digits.startsWith('+')) return undefined;
  else if (digits.startsWith('44') && digits.length === 12) digits = digits.slice(2);
  // "+44 (0)20 …": the 0 in brackets is a habit, not part of the number.
  if (!digits.startsWith('0')) digits = `0${digits}`;
  return NATIONAL.test(digits) ? digits : undefined;
}

export function isUkMobile(national: string): boolean {
  return MOBILE.test(national);
}

/** The error for a phone answer, or `undefined` when it is a UK number (a mobile when `mobile` is set). */
export type PhoneProblem = { code: 'phone.missing' } | { code: 'phone.not-uk' } | { code: 'phone.not-mobile' };

export function phoneError(input: string, options: { mobile?: boolean } = {}): PhoneProblem | undefined {
  if (input.trim() === '') return { code: 'phone.missing' };
  const national = normaliseUkPhone(input);
  if (!national) return { code: 'phone.not-uk' };
  if (options.mobile && !isUkMobile(national)) return { code: 'phone.not-mobile' };
  return undefined;
}
