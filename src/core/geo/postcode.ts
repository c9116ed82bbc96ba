import { msg } from '@lit/localize';

/** What Waymark makes of a postcode a person typed. Only the outward code ever leaves the page. */
export type PostcodeCheck =
  | { ok: true; outcode: string }
  | { ok: false; reason: 'empty' | 'not-uk' };

// Outward code: area (1–2 letters) + district (a digit, then an optional digit or letter): LS6, SW1A, M1.
const OUTWARD = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;
const INWARD = /^[0-9][A-Z]{2}$/;

/**
 * Accepts a full postcode ("ls6 2ab", "LS62AB") or just its outward code ("LS6"), and returns
 * the outward code. A full postcode names a handful of homes; the outward code a district,
 * which is enough to say how far away something is.
 */
export function parsePostcode(input: string): PostcodeCheck {
  const compact = input.toUpperCase().replace(/\s+/g, '');
  if (compact === '') return { ok: false, reason: 'empty' };
  if (OUTWARD.test(compact)) return { ok: true, outcode: compact };
  const outward = compact.slice(0, -3);
  if (compact.length >= 5 && OUTWARD.test(outward) && INWARD.test(compact.slice(-3))) return { ok: true, outcode: outward };
  return { ok: false, reason: 'not-uk' };
}

/** The words shown when a postcode cannot be used, GOV.UK style: say what to do. */
export function postcodeMessage(reason: 'empty' | 'not-uk' | 'not-found' | 'unavailable'): string {
  switch (reason) {
    case 'empty':
      return msg('Enter your postcode, like LS6 2AB');
    case 'not-uk':
      return msg('Enter a UK postcode, like LS6 2AB');
    case 'not-found':
      return msg('We could not find that postcode. Check it and try again');
    case 'unavailable':
      return msg('We cannot work out distances right now. You can still search without them');
  }
}
