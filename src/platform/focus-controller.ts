import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { focusErrorSummary, focusField, focusStepHeading } from './focus.ts';

/** Where focus goes after the next render. */
export type FocusTarget =
  /** The step's heading (`data-step-heading`, else its first h1 or h2): a new page, or one that changed under the person. */
  | { heading: true }
  /** "There is a problem", after a failed Continue. */
  | { errorSummary: true }
  /** A form field by id, its label scrolled into view first ("Change" on check your answers). */
  | { field: string }
  /** Anything else by selector: the first new result after "Show more", the button that opened the details. */
  | { selector: string };

/**
 * The one way a Waymark element moves focus after it renders. Live regions in shadow DOM are
 * announced unreliably, so focus on the new heading, the error summary or the next control is
 * what tells a screen reader where it is. Ask with `request()`; the latest ask wins. Focus moves
 * once the target has rendered; while something on the page is still loading (a "Loading…" status
 * line, a step whose code is on its way) it waits for it, and otherwise it gives up quietly.
 */
export class FocusController implements ReactiveController {
  private target?: FocusTarget;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  request(target: FocusTarget): void {
    this.target = target;
    this.host.requestUpdate();
  }

  /** Forget a request that no longer applies (the person left, or the element was reset). */
  cancel(): void {
    this.target = undefined;
  }

  hostUpdated(): void {
    const target = this.target;
    const root = this.host.shadowRoot;
    if (!target || !root) return;
    if (moveFocus(root, target) || !root.querySelector('.loading')) this.target = undefined;
  }

  hostDisconnected(): void {
    this.target = undefined;
  }
}

function moveFocus(root: ShadowRoot, target: FocusTarget): boolean {
  if ('heading' in target) return focusStepHeading(root);
  if ('errorSummary' in target) return focusErrorSummary(root);
  if ('field' in target) return focusField(root, target.field);
  const element = root.querySelector<HTMLElement>(target.selector);
  if (!element) return false;
  if (!element.matches('a, button, input, select, textarea, [tabindex]')) element.setAttribute('tabindex', '-1');
  element.scrollIntoView?.({ block: 'nearest' });
  element.focus({ preventScroll: true });
  return true;
}
