// Small-number suppression for reports by place and need (DESIGN.md, DOMAIN.md, issue 19): every
// count under 5 is shown as "fewer than 5", and a statistic worked out from fewer than 5 people
// (a mean, a share) is not shown, so nobody can be picked out of a small district or need area.
// Zero is suppressed too (the issue says every count under 5): "nobody in AV9" can itself tell.
// Counts that add up to a total shown beside them get a second look (`partsOfTotal`).

export const SMALL_COUNT = 5;

/** `withheld`: a count of 5 or more hidden so that a small one cannot be worked out (`partsOfTotal`). */
export type Shown = { kind: 'count'; value: number } | { kind: 'number'; value: number } | { kind: 'suppressed' } | { kind: 'withheld' };

export const count = (n: number): Shown => (n < SMALL_COUNT ? { kind: 'suppressed' } : { kind: 'count', value: n });

/** A statistic of `n` people: shown only when `n` is 5 or more. */
export const statistic = (n: number, value: number): Shown => (n < SMALL_COUNT ? { kind: 'suppressed' } : { kind: 'number', value });

export const isSuppressed = (s: Shown) => s.kind === 'suppressed';

/** Each count of a table row, shown or suppressed on its own. */
export const countEach = <K extends string>(counts: Readonly<Record<K, number>>): Record<K, Shown> =>
  Object.fromEntries(Object.entries<number>(counts).map(([k, n]) => [k, count(n)])) as Record<K, Shown>;

/**
 * Counts that add up to a total shown beside them: referrals by source, check-ins by route, by work
 * situation. Taking the shown counts from the total tells what the hidden ones hold together, so
 * while that is under 5 (one hidden count always is), the smallest shown count is withheld too.
 */
export function partsOfTotal<K extends string>(counts: Readonly<Record<K, number>>): Record<K, Shown> {
  const keys = Object.keys(counts) as K[];
  const shown = countEach(counts);
  const hidden = keys.filter((k) => shown[k].kind === 'suppressed');
  let together = hidden.reduce((sum, k) => sum + counts[k], 0);
  // Smallest first; a tie goes in the order the counts were given, so the same data hides the same.
  const visible = keys.filter((k) => shown[k].kind === 'count').sort((a, b) => counts[a] - counts[b]);
  for (const k of visible) {
    if (hidden.length === 0 || together >= SMALL_COUNT) break;
    shown[k] = { kind: 'withheld' };
    together += counts[k];
  }
  return shown;
}
