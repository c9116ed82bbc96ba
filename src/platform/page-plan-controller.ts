import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PlanChangeDetail, WaymarkEvent } from '../events.ts';
import { forgetPagePlan, pagePlan, planChanged } from '../state/page-plan.ts';

/** Elements that keep a page's plan when they stand alone. A journey keeps its own. */
const PLAN_KEEPERS = new Set(['waymark-finder', 'waymark-plan']);
const controllers = new Set<PagePlanController>();
let listening = false;

/**
 * One listener for the page. At the document an event's target is the outermost Waymark element
 * it came from, so a change inside a journey (retargeted to the journey) is the journey's own, and
 * a change inside a stand-alone finder's own plan view is the finder's.
 */
function onPlanChange(event: WaymarkEvent<'waymark-plan-change'>): void {
  const from = event.target as Element | null;
  if (!from || !PLAN_KEEPERS.has(from.localName)) return;
  planChanged(event.detail);
  for (const controller of controllers) if (controller.host !== from) controller.heard(event.detail);
}

/**
 * Keeps a stand-alone finder or plan in step with the rest of the page's plan, with no script on
 * the page: it hears every other stand-alone element's `waymark-plan-change`, takes the latest plan
 * when it arrives late (unless it was given one), and re-renders when "Save my progress" changes. Inside another Waymark
 * element (a journey's steps, a finder's plan view) it does nothing: the element around it keeps the plan.
 */
export class PagePlanController implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    /** `joining`: the plan so far, given to an element as it arrives; it may keep a plan it was given. */
    private readonly onHeard: (detail: PlanChangeDetail, joining: boolean) => void,
  ) {
    host.addController(this);
  }

  /** Whether this element keeps the page's plan: it stands alone, not inside another Waymark element. */
  get standsAlone(): boolean {
    const root = this.host.getRootNode();
    return !(root instanceof ShadowRoot && root.host.localName.startsWith('waymark-'));
  }

  hostConnected(): void {
    if (!this.standsAlone) return;
    if (!listening) {
      document.addEventListener('waymark-plan-change', onPlanChange);
      listening = true;
    }
    controllers.add(this);
    this.unsubscribe = pagePlan.subscribe(() => this.host.requestUpdate());
    const latest = pagePlan.get().latest;
    if (latest) this.onHeard(latest, true);
  }

  hostDisconnected(): void {
    controllers.delete(this);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    // No element holds the plan any more (a page builder removed them, a framework changed
    // route): one that comes later starts from what is saved on the device, if anything.
    if (controllers.size === 0) forgetPagePlan();
  }

  /** @internal */
  heard(detail: PlanChangeDetail): void {
    this.onHeard(detail, false);
  }
}
