import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { idlePhase, type IdlePhase } from '../state/idle.ts';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

export interface IdleOptions {
  idleSeconds: number;
  countdownSeconds: number;
  onExpire: () => void;
}

/**
 * Kiosk mode's timer: after `idleSeconds` without a touch it enters a warning phase with a
 * countdown; any touch in the warning does not count (the person must choose "carry on"), and
 * at zero it calls `onExpire`. Lives in a controller so no timer outlives the element.
 */
export class IdleController implements ReactiveController {
  phase: IdlePhase = { phase: 'active' };
  private last = Date.now();
  private timer?: ReturnType<typeof setInterval>;
  private enabled = false;
  private options?: IdleOptions;

  private readonly onActivity = () => {
    if (this.phase.phase === 'active') this.last = Date.now();
  };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Starts or stops watching; safe to call on every update. */
  configure(enabled: boolean, options: IdleOptions): void {
    this.options = options;
    if (enabled === this.enabled) return;
    this.enabled = enabled;
    if (enabled) this.start();
    else this.stop();
  }

  /** The person chose to carry on. */
  stillHere(): void {
    this.last = Date.now();
    this.setPhase({ phase: 'active' });
  }

  hostConnected(): void {
    if (this.enabled) this.start();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private start(): void {
    this.stop();
    this.last = Date.now();
    for (const type of ACTIVITY_EVENTS) this.host.addEventListener(type, this.onActivity, { passive: true });
    this.timer = setInterval(() => this.tick(), 250);
  }

  private stop(): void {
    for (const type of ACTIVITY_EVENTS) this.host.removeEventListener(type, this.onActivity);
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private tick(): void {
    if (!this.options) return;
    const next = idlePhase(this.last, Date.now(), this.options.idleSeconds, this.options.countdownSeconds);
    if (next.phase === 'expired') {
      this.last = Date.now();
      this.setPhase({ phase: 'active' });
      this.options.onExpire();
      return;
    }
    this.setPhase(next);
  }

  private setPhase(next: IdlePhase): void {
    const changed = next.phase !== this.phase.phase || (next.phase === 'warning' && this.phase.phase === 'warning' && next.secondsLeft !== this.phase.secondsLeft);
    this.phase = next;
    if (changed) this.host.requestUpdate();
  }
}
