// Small-number suppression for reports by place and need (DESIGN.md, DOMAIN.md, issue 19): every
// count under 5 is shown as "fewer than 5", and a statistic worked out from fewer than 5 people
// (a mean, a share) is not shown, so nobody can be picked out of a small district or need area.
// Zero is suppressed too (the issue says every count under 5): "nobody in AV9" can itself tell.

export const SMALL_COUNT = 5;

export type Shown = { kind: 'count'; value: number } | { kind: 'number'; value: number } | { kind: 'suppressed' };

export const count = (n: number): Shown => (n < SMALL_COUNT ? { kind: 'suppressed' } : { kind: 'count', value: n });

/** A statistic of `n` people: shown only when `n` is 5 or more. */
export const statistic = (n: number, value: number): Shown => (n < SMALL_COUNT ? { kind: 'suppressed' } : { kind: 'number', value });

export const isSuppressed = (s: Shown) => s.kind === 'suppressed';
