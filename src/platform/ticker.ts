import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Re-renders its host once a second while `active()` says so: a countdown on screen. */
export class Ticker implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly active: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.active() && !this.timer) this.timer = setInterval(() => this.host.requestUpdate(), 1000);
    if (!this.active() && this.timer) this.stop();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
