import type { SavedProgress } from '../core/model/saved-progress.ts';
import type { JourneyState } from './journey-state.ts';

/** Saved progress is forgotten after this long, so a shared or lost phone does not keep it. */
export const SAVED_PROGRESS_DAYS = 7;
const KEY = 'waymark:progress:v1';

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
  const saved: SavedProgress = { version: 1, expiresAt: now + SAVED_PROGRESS_DAYS * 86_400_000, goals: state.goals, plan: state.plan };
  try {
    store.setItem(KEY, JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads saved progress back, checked against its schema (core/model/saved-progress.ts). Async:
 * the schema comes with the config checker, which loads on its own after the first render.
 */
export async function loadProgress(now = Date.now()): Promise<Pick<JourneyState, 'goals' | 'plan'> | undefined> {
  const store = storage();
  const raw = store?.getItem(KEY);
  if (!raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const { SavedProgress } = await import('../core/model/saved-progress.ts');
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
