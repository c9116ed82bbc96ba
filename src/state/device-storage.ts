/**
 * Everything Waymark ever keeps in a browser, in one place, so that expiry and "forget this
 * person" cover all of it:
 * - saved progress (localStorage, only when the person ticks "save my progress", never in kiosk
 *   mode): the topics that matter to them and their plan, for 7 days from when they ticked it;
 * - an unsent referral (sessionStorage, this tab only, never in kiosk mode): kept from "Send
 *   request" until the service confirms it, for at most an hour, so a reload can offer to send it.
 * Each record holds its own `expiresAt`; every Waymark element sweeps expired ones when it starts.
 */
export const PROGRESS_KEY = 'waymark:progress:v2';
export const UNSENT_KEY = 'waymark:unsent:v1';
/** Kept earlier, with more than the hint promised (free text, wellbeing scores): deleted on sight. */
const RETIRED_KEYS = ['waymark:progress:v1'];

export type Area = 'local' | 'session';

export function storageArea(area: Area): Storage | undefined {
  try {
    return area === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    // Storage can throw (blocked cookies, sandboxed iframes): then there is nothing to keep or forget.
    return undefined;
  }
}

export function readRaw(area: Area, key: string): unknown {
  const raw = storageArea(area)?.getItem(key);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

export function writeRaw(area: Area, key: string, value: unknown): boolean {
  try {
    storageArea(area)?.setItem(key, JSON.stringify(value));
    return storageArea(area) !== undefined;
  } catch {
    return false;
  }
}

export function remove(area: Area, key: string): void {
  try {
    storageArea(area)?.removeItem(key);
  } catch {
    // nothing to delete
  }
}

/** When a stored record runs out, or undefined if it is not one of ours in a readable shape. */
export function expiryOf(value: unknown): number | undefined {
  const at = (value as { expiresAt?: unknown } | null | undefined)?.expiresAt;
  return typeof at === 'number' && Number.isFinite(at) ? at : undefined;
}

/**
 * Deletes every Waymark record that has run out, or that cannot say when it runs out. Plain code
 * with no schema, so it costs nothing at start-up; what survives is still checked with zod when read.
 */
export function sweepExpired(now = Date.now()): void {
  for (const key of RETIRED_KEYS) remove('local', key);
  for (const [area, key] of [['local', PROGRESS_KEY], ['session', UNSENT_KEY]] as const) {
    const value = readRaw(area, key);
    if (value === undefined) continue;
    const at = expiryOf(value);
    if (at === undefined || at <= now) remove(area, key);
  }
}

/** Forgets everything kept on this device: a kiosk starting again, or the referral confirmed. */
export function forgetAll(): void {
  for (const key of [...RETIRED_KEYS, PROGRESS_KEY]) remove('local', key);
  remove('session', UNSENT_KEY);
}
