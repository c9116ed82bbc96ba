import { z } from '../core/model/zod.ts';
import { Activity } from '../core/model/activity.ts';
import { GoalsResult } from '../core/model/goals.ts';
import type { JourneyState } from './journey-state.ts';

/** Saved progress is forgotten after this long, so a shared or lost phone does not keep it. */
export const SAVED_PROGRESS_DAYS = 7;
const KEY = 'waymark:progress:v1';

/**
 * What "save my progress on this device" keeps: goals and plan only. Contact details are never
 * saved. Read back through a schema, like any outside data: storage can be old or tampered with.
 */
const SavedProgress = z.object({
  version: z.literal(1),
  expiresAt: z.number(),
  goals: z.optional(GoalsResult),
  plan: z.array(Activity),
});

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Storage can throw (blocked cookies, sandboxed iframes): then there is nothing to save to.
    return undefined;
  }
}

export function saveProgress(state: JourneyState, now = Date.now()): boolean {
  const store = storage();
  if (!store) return false;
  const saved = { version: 1, expiresAt: now + SAVED_PROGRESS_DAYS * 86_400_000, goals: state.goals, plan: state.plan };
  try {
    store.setItem(KEY, JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}

export function loadProgress(now = Date.now()): Pick<JourneyState, 'goals' | 'plan'> | undefined {
  const store = storage();
  const raw = store?.getItem(KEY);
  if (!raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const result = SavedProgress.safeParse(parsed);
  if (!result.success || result.data.expiresAt <= now) {
    deleteProgress();
    return undefined;
  }
  return { goals: result.data.goals, plan: result.data.plan };
}

export function hasSavedProgress(): boolean {
  return Boolean(storage()?.getItem(KEY));
}

export function deleteProgress(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // nothing to delete
  }
}
