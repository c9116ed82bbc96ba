/**
 * Focuses a field by id inside a shadow root. Scrolls its label (or legend) into view first,
 * as GOV.UK's error summary does, so the question is seen with the field.
 */
export function focusField(root: ShadowRoot, id: string): boolean {
  const field = root.getElementById(id) as HTMLElement | null;
  if (!field) return false;
  const label = root.querySelector(`label[for="${CSS.escape(id)}"]`) ?? field.closest('fieldset')?.querySelector('legend');
  (label ?? field).scrollIntoView?.({ block: 'start' });
  field.focus({ preventScroll: true });
  return true;
}

/**
 * Focuses what a step is called: its `data-step-heading`, or else its first main heading. False if
 * it has none. A step whose heading belongs to the element showing it (a journey's plan step: the
 * plan's own heading) marks that element `data-step-heading`, and the element focuses its heading
 * through its own focus controller, which waits while it is still loading.
 */
export function focusStepHeading(root: ShadowRoot | null): boolean {
  const target = root?.querySelector<HTMLElement>('[data-step-heading]') ?? root?.querySelector<HTMLElement>('h1, h2');
  if (!target) return false;
  if (hasOwnHeading(target)) {
    target.focusHeading();
    return true;
  }
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView?.({ block: 'nearest' });
  target.focus({ preventScroll: true });
  return true;
}

function hasOwnHeading(el: HTMLElement): el is HTMLElement & { focusHeading(): void } {
  return el.shadowRoot !== null && typeof (el as Partial<{ focusHeading: unknown }>).focusHeading === 'function';
}
