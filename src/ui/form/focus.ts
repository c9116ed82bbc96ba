import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Focuses a field by id inside a shadow root. Scrolls its label (or legend) into view first,
 * as GOV.UK's error summary does, so the question is seen with the field.
 */
export function focusField(root: ShadowRoot, id: string): void {
  const field = root.getElementById(id) as HTMLElement | null;
  if (!field) return;
  const label = root.querySelector(`label[for="${CSS.escape(id)}"]`) ?? field.closest('fieldset')?.querySelector('legend');
  (label ?? field).scrollIntoView?.({ block: 'start' });
  field.focus({ preventScroll: true });
}

/**
 * Moves focus to the heading of a new step after the next render. Live regions in shadow DOM
 * are announced unreliably; focus on the heading reliably tells a screen reader where it is.
 */
export class StepFocusController implements ReactiveController {
  private pending = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Call when the step changes. `skip` leaves focus alone (e.g. on first load of the page). */
  request(): void {
    this.pending = true;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.pending) return;
    this.pending = false;
    focusStepHeading(this.host.shadowRoot);
  }
}

/** Focuses what a step is called: its `data-step-heading`, or else its first main heading. False if it has none. */
export function focusStepHeading(root: ShadowRoot | null): boolean {
  const target = root?.querySelector<HTMLElement>('[data-step-heading]') ?? root?.querySelector<HTMLElement>('h1, h2');
  if (!target) return false;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView?.({ block: 'nearest' });
  target.focus({ preventScroll: true });
  return true;
}
