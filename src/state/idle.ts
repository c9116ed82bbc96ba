/** Where a kiosk session is, given the last time someone touched it. Pure, so it is easy to test. */
export type IdlePhase = { phase: 'active' } | { phase: 'warning'; secondsLeft: number } | { phase: 'expired' };

export function idlePhase(lastActivityMs: number, nowMs: number, idleSeconds: number, countdownSeconds: number): IdlePhase {
  const idleFor = (nowMs - lastActivityMs) / 1000;
  if (idleFor < idleSeconds) return { phase: 'active' };
  const left = Math.ceil(idleSeconds + countdownSeconds - idleFor);
  return left > 0 ? { phase: 'warning', secondsLeft: left } : { phase: 'expired' };
}
