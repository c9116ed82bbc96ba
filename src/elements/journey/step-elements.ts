import type { ReactiveControllerHost } from 'lit';
import type { JourneyStep } from '../../state/journey-state.ts';
import { useMessages } from '../../i18n/localization.ts';
import { lazy } from '../../core/lazy.ts';

type Status = 'loading' | 'ready' | 'failed';

/**
 * The element each step is built from, and its words in the language on show, loaded when first
 * needed: the journey paints its first question without the finder's or the form's code, then
 * fetches the rest while the person reads, so later steps are ready before they get there (on a
 * waiting-room tablet too), and do not flash up in English first.
 */
const LOADERS = {
  goals: lazy(() => Promise.all([import('../goals/define.ts'), useMessages('goals')])),
  finder: lazy(() => Promise.all([import('../finder/define.ts'), useMessages('finder')])),
  plan: lazy(() => Promise.all([import('../plan/define.ts'), useMessages('plan')])),
  'request-call': lazy(() => Promise.all([import('../request-call/define.ts'), useMessages('request-call')])),
};
type StepElement = keyof typeof LOADERS;

/** Confirmation is the request-call element's last page: one element, so one status for both. */
const ELEMENT_OF: Record<JourneyStep, StepElement> = {
  goals: 'goals',
  suggestions: 'finder',
  plan: 'plan',
  'request-call': 'request-call',
  confirmation: 'request-call',
};

/** Loads step elements for the journey and re-renders it as each arrives or fails. */
export class StepElements {
  private readonly status = new Map<StepElement, Status>();
  private prefetched = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Where `step`'s element is; starts loading it the first time it is asked for. */
  statusOf(step: JourneyStep): Status {
    const element = ELEMENT_OF[step];
    const known = this.status.get(element);
    if (known) return known;
    this.load(element, step);
    return 'loading';
  }

  /** After a failure: the person pressed "Try again". */
  retry(step: JourneyStep): void {
    this.status.delete(ELEMENT_OF[step]);
    this.host.requestUpdate();
  }

  /** Loads every step once the first is on screen and the browser is idle. */
  prefetchWhenIdle(): void {
    if (this.prefetched) return;
    this.prefetched = true;
    const all = () => (Object.keys(ELEMENT_OF) as JourneyStep[]).forEach((step) => this.statusOf(step));
    if ('requestIdleCallback' in window) requestIdleCallback(all, { timeout: 2000 });
    else setTimeout(all, 200);
  }

  private load(element: StepElement, step: JourneyStep): void {
    this.status.set(element, 'loading');
    LOADERS[element]().then(
      () => this.settle(element, 'ready'),
      (error: unknown) => {
        console.error(`[waymark] <waymark-journey> could not load the "${step}" step.`, error);
        this.settle(element, 'failed');
      },
    );
  }

  private settle(element: StepElement, status: Status): void {
    this.status.set(element, status);
    this.host.requestUpdate();
  }
}
