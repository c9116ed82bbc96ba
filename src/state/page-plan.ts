import type { Activity } from '../core/model/activity.ts';
import type { GoalsResult } from '../core/model/goals.ts';
import type { PlanChangeDetail } from '../events.ts';
import { deleteProgress, hasSavedProgress, loadProgress, saveProgress } from './saved-progress.ts';
import { Store } from './store.ts';

/**
 * The plan of a page where the finder and the plan stand alone, with no journey to hold it. The
 * elements keep each other in step by `waymark-plan-change` on the document (page-plan-controller.ts);
 * this remembers the latest plan for an element that arrives later, and whether the person chose
 * "Save my progress on this device" (the journey's saved progress: same record, same 7 days).
 */
export interface PagePlan {
  /** The last plan change any stand-alone element made. */
  latest?: PlanChangeDetail;
  /** The person ticked "Save my progress" (or it was saved when the page loaded). */
  saving: boolean;
  /** Topics kept by a journey on this site: saving the plan again keeps them. */
  goals?: GoalsResult;
}

export const pagePlan = new Store<PagePlan>({ saving: false });

let restoring: Promise<Activity[] | undefined> | undefined;

/** A stand-alone element changed the plan: remembered, and saved again if the person chose to save it. */
export function planChanged(detail: PlanChangeDetail): void {
  pagePlan.update((s) => ({ ...s, latest: detail }));
  const { saving, goals } = pagePlan.get();
  // Saved progress is gone once a request is sent (or deleted elsewhere): it is not written back.
  if (saving && hasSavedProgress()) saveProgress({ goals, plan: detail.activities ?? [] });
}

/** The "Save my progress" box: saves the plan now, or deletes what was saved. */
export function choosePlanSaving(saving: boolean, plan: Activity[]): void {
  const { goals } = pagePlan.get();
  if (saving) saveProgress({ goals, plan });
  else deleteProgress();
  pagePlan.update((s) => ({ ...s, saving }));
}

/**
 * The plan saved on this device, read once for the page (its schema loads on demand); undefined
 * when nothing was saved. Reading it means the person chose to save: the box shows ticked.
 */
export function restorePagePlan(): Promise<Activity[] | undefined> {
  restoring ??= loadProgress()
    .catch(() => undefined)
    .then((saved) => {
      if (!saved) return undefined;
      pagePlan.update((s) => ({ ...s, saving: true, goals: saved.goals }));
      return saved.plan;
    });
  return restoring;
}

/** Kiosk mode started again, or the device was cleared: nothing of the last person's plan stays. */
export function forgetPagePlan(): void {
  restoring = undefined;
  pagePlan.set({ saving: false });
}
