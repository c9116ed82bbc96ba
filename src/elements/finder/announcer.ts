import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Feeds the element's one polite live region. Live regions in shadow DOM are announced
 * unreliably unless they exist from the start and only their text changes, so the region is
 * always rendered and this only sets its text. A short wait lets a person finish typing before
 * the count is read out, instead of hearing it after every letter.
 */
export class Announcer implements ReactiveController {
  text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  say(text: string, delayMs = 0): void {
    clearTimeout(this.timer);
    const set = () => {
      // The same words twice are not announced again; a trailing no-break space makes them new.
      this.text = text === this.text ? `${text}\u00a0` : text;
      this.host.requestUpdate();
    };
    if (delayMs > 0) this.timer = setTimeout(set, delayMs);
    else set();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
