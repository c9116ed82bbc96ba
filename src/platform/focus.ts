/**
 * Focuses a field by id inside a shadow root. Scrolls its question into view first, as GOV.UK's
 * error summary does, so the question is seen with the field: a field in a group (choices, the
 * date's Day, Month and Year) brings its whole group, legend, hint and error message with it, not
 * only its own "Day" label (issue 15); any other field its label.
 */
export function focusField(root: ShadowRoot, id: string): boolean {
  const field = root.getElementById(id) as HTMLElement | null;
  if (!field) return false;
  const question = field.closest('fieldset') ?? root.querySelector(`label[for="${CSS.escape(id)}"]`);
  (question ?? field).scrollIntoView?.({ block: 'start' });
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

/** Moves focus to the error summary. False if none has rendered. */
export function focusErrorSummary(root: ShadowRoot | null): boolean {
  const summary = root?.querySelector<HTMLElement>('.error-summary');
  if (!summary) return false;
  summary.scrollIntoView?.({ block: 'start' });
  summary.focus();
  return true;
}
