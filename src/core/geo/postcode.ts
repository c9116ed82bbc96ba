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

/** Why the finder cannot show distances: a postcode it cannot use, or a location not shared. */
export type DistanceProblem =
  | { code: 'postcode.empty' | 'postcode.not-uk' | 'postcode.not-found' | 'postcode.unavailable' }
  | { code: 'location.denied' | 'location.unavailable' };
