import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, type StepDetail } from '../events.ts';

/**
 * The one way an element says how far a person has got: after each render it asks the element
 * which step is on screen and fires `waymark-step` when that has changed. After the render, so a
 * listener that updates the element never does so mid-update. `undefined` means no step (loading,
 * or a setup problem). No personal data: the detail is the element, a step name and a number.
 */
export class StepController implements ReactiveController {
  private last?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly current: () => StepDetail | undefined,
  ) {
    host.addController(this);
  }

  /** A new person: the first step counts again. */
  reset(): void {
    this.last = undefined;
  }

  hostUpdated(): void {
    const step = this.current();
    if (!step) return;
    const key = `${step.step}#${step.number}`;
    if (key === this.last) return;
    this.last = key;
    emit(this.host, 'waymark-step', { ...step });
  }
}
