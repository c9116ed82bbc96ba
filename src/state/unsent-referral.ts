import type { Referral } from '../core/model/referral.ts';
import type { UnsentReferral } from '../core/model/unsent-referral.ts';
import { lazy } from '../core/lazy.ts';
import { expiryOf, readRaw, remove, UNSENT_KEY, writeRaw } from './device-storage.ts';

/** Its schema: with the config checker's chunk, which loads on its own after the first render. */
const loadSchema = lazy(() => import('../core/model/unsent-referral.ts'));

/** An unsent referral is forgotten after this long, even if the tab stays open. */
export const UNSENT_MINUTES = 60;

/**
 * Keeps a referral that is about to be sent, until the service confirms it. Its expiry is fixed
 * when it is first kept: sending the same referral again does not extend it.
 */
export function keepUnsent(referral: Referral, now = Date.now()): void {
  const earlier = readRaw('session', UNSENT_KEY) as Partial<UnsentReferral> | undefined;
  const sameReferral = earlier?.referral?.id === referral.id;
  const expiresAt = (sameReferral && expiryOf(earlier)) || now + UNSENT_MINUTES * 60_000;
  const record: UnsentReferral = { version: 1, expiresAt, referral };
  writeRaw('session', UNSENT_KEY, record);
}

export function hasUnsent(now = Date.now()): boolean {
  const at = expiryOf(readRaw('session', UNSENT_KEY));
  return at !== undefined && at > now;
}

/** The kept referral, checked against its schema; anything expired or malformed is deleted. */
export async function loadUnsent(now = Date.now()): Promise<UnsentReferral | undefined> {
  const raw = readRaw('session', UNSENT_KEY);
  if (raw === undefined) return undefined;
  const { UnsentReferral } = await loadSchema();
  const parsed = UnsentReferral.safeParse(raw);
  if (!parsed.success || parsed.data.expiresAt <= now) {
    forgetUnsent();
    return undefined;
  }
  return parsed.data;
}

export function forgetUnsent(): void {
  remove('session', UNSENT_KEY);
}
