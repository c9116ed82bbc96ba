import type { Referral } from '../../src/core/model/referral.ts';

/** How the mock referral endpoint behaves, chosen from the demo control. */
export type ApiMode = 'works' | 'slow' | 'fails-503' | 'busy-429' | 'fails-then-works' | 'offline';

export const API_MODES: { mode: ApiMode; label: string }[] = [
  { mode: 'works', label: 'Works' },
  { mode: 'slow', label: 'Slow (6 seconds)' },
  { mode: 'fails-then-works', label: 'Fails twice (503), then works' },
  { mode: 'fails-503', label: 'Always fails (503)' },
  { mode: 'busy-429', label: 'Too busy (429, Retry-After 2)' },
  { mode: 'offline', label: 'Offline (network error)' },
];

/**
 * The mock service's memory: what it received, keyed by Idempotency-Key so a retry is stored once.
 * Kept in memory only: the demo stores nothing on the device.
 */
export const apiState = {
  mode: 'works' as ApiMode,
  attempts: 0,
  received: new Map<string, { reference: string; referral: unknown; format: string }>(),
  listeners: new Set<() => void>(),
  changed() {
    for (const listener of this.listeners) listener();
  },
};

export function nextReference(): string {
  return `AV-${String(1000 + apiState.received.size + 1)}`;
}

export type { Referral };
