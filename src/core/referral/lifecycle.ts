import type { Referral } from '../model/referral.ts';

/** The identity a referral is sent under: its `id` (the Idempotency-Key) and what it replaces. */
export interface ReferralIdentity {
  id: string;
  submittedAt: string;
  supersedes?: string;
}

/**
 * What the form knows about the referral it is building: the identity it would be sent under,
 * the content last sent under that identity, and whether any of those sends may have arrived.
 */
export interface ReferralLifecycle {
  identity?: ReferralIdentity;
  /** `contentOf` the referral last sent under `identity`; unset until it is first sent. */
  sentContent?: string;
  mayHaveArrived: boolean;
}

export const NEW_LIFECYCLE: ReferralLifecycle = { mayHaveArrived: false };

/**
 * A referral's content without its identity: two sends with the same content and identity are
 * byte for byte the same request, which is what an Idempotency-Key promises a service.
 */
export function contentOf(referral: Referral): string {
  const { id: _id, submittedAt: _at, supersedes: _old, ...content } = referral;
  return JSON.stringify(content);
}

/**
 * The identity to send `content` under.
 * - Nothing sent yet under the current identity, or the same content again: keep it, so a retry
 *   carries the same key and the service drops the repeat.
 * - Changed content after a send that may have arrived: a new id that `supersedes` the old one,
 *   so the service keeps the newest instead of answering "already have it" with the old data.
 * - Changed content after a send that certainly did not arrive (a 400, or a 422 naming answers):
 *   a new id, replacing whatever the old one replaced.
 */
export function identityFor(lifecycle: ReferralLifecycle, content: string, fresh: () => Omit<ReferralIdentity, 'supersedes'>): ReferralLifecycle & { identity: ReferralIdentity } {
  const current = lifecycle.identity;
  if (current && (lifecycle.sentContent === undefined || lifecycle.sentContent === content)) return { ...lifecycle, identity: current };
  if (!current) return { mayHaveArrived: false, identity: fresh() };
  const supersedes = lifecycle.mayHaveArrived ? current.id : current.supersedes;
  return { mayHaveArrived: false, identity: { ...fresh(), ...(supersedes ? { supersedes } : {}) } };
}

/**
 * The referral under `identity`: the same content with its own id, time and what it replaces,
 * its keys in the schema's order (the JSON a service receives reads the same either way).
 */
export function withIdentity(referral: Referral, identity: ReferralIdentity): Referral {
  const { schemaVersion, id: _id, supersedes: _old, submittedAt: _at, ...content } = referral;
  const { id, supersedes, submittedAt } = identity;
  return { schemaVersion, id, ...(supersedes ? { supersedes } : {}), submittedAt, ...content };
}

/** About to send `content` under the lifecycle's identity. */
export function sending(lifecycle: ReferralLifecycle, content: string): ReferralLifecycle {
  return { ...lifecycle, sentContent: content };
}

/** A send under the current identity failed; `mayHaveArrived` says whether the service may have it all the same. */
export function failed(lifecycle: ReferralLifecycle, mayHaveArrived: boolean): ReferralLifecycle {
  return { ...lifecycle, mayHaveArrived: lifecycle.mayHaveArrived || mayHaveArrived };
}

/** Where the form is, for the rules below. `waiting` is a "Try again" waiting out `Retry-After`. */
export type SendPhase = 'editing' | 'sending' | 'waiting' | 'sent';

/**
 * Answers can be changed only while nothing is on its way: an edit made during a send would be
 * lost without a word when that send succeeds with the old answers.
 */
export function mayEdit(phase: SendPhase): boolean {
  return phase === 'editing';
}

/**
 * Whether leaving the page now would lose something: answers typed but not sent, or a send still
 * on its way. The browser then asks "Leave site?".
 */
export function warnBeforeLeaving(phase: SendPhase, hasAnswers: boolean): boolean {
  return phase === 'sending' || phase === 'waiting' || (phase === 'editing' && hasAnswers);
}

/** Milliseconds until `Retry-After` has passed (0 when it has, or was never asked). */
export function waitLeftMs(retryAt: number | undefined, now: number): number {
  return retryAt === undefined ? 0 : Math.max(0, retryAt - now);
}
