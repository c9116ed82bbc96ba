import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Moves focus to an element once the next render has put it in the shadow root: the first new
 * result after "Show more", the heading of the details view, the button that opened it.
 */
export class FocusLater implements ReactiveController {
  private selector: string | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  request(selector: string): void {
    this.selector = selector;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.selector) return;
    const target = this.host.shadowRoot?.querySelector<HTMLElement>(this.selector);
    if (!target) return;
    this.selector = undefined;
    if (!target.matches('a, button, input, select, textarea, [tabindex]')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView?.({ block: 'nearest' });
    target.focus({ preventScroll: true });
  }
}
