// How long a staff session lasts. Idle for 15 minutes (the rule, and the NHS's usual
// one for shared clinical screens) and it ends; however busy, it ends after a working day.

export const IDLE_MINUTES = 15;
export const IDLE_MS = IDLE_MINUTES * 60_000;
export const MAX_SESSION_MS = 12 * 60 * 60_000;

export type SessionState = 'active' | 'expired' | 'ended';

export function sessionState(session: { createdAt: string; lastSeenAt: string; endedAt: string | null; user: { disabledAt: string | null } }, now: number): SessionState {
  if (session.endedAt || session.user.disabledAt) return 'ended';
  if (now - Date.parse(session.lastSeenAt) >= IDLE_MS || now - Date.parse(session.createdAt) >= MAX_SESSION_MS) return 'expired';
  return 'active';
}

/** Seconds left before an idle session ends, for the warning the page shows. */
export const secondsLeft = (lastSeenAt: string, now: number) => Math.max(0, Math.ceil((Date.parse(lastSeenAt) + IDLE_MS - now) / 1000));
