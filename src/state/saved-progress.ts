import { goalsFromProgress, progressToKeep } from '../core/privacy/keep-progress.ts';
import { lazy } from '../core/lazy.ts';
import type { SavedProgress } from '../core/model/saved-progress.ts';
import { expiryOf, PROGRESS_KEY, readRaw, remove, writeRaw } from './device-storage.ts';
import type { JourneyState } from './journey-state.ts';

/** Its schema: with the config checker's chunk, which loads on its own after the first render. */
const loadSchema = lazy(() => import('../core/model/saved-progress.ts'));

/** Saved progress is forgotten this long after the person ticks the box, so a shared or lost phone does not keep it. */
export const SAVED_PROGRESS_DAYS = 7;

/**
 * Saves what the hint promises (see core/model/saved-progress.ts). The expiry is fixed by the
 * first save; saving again keeps it, so "7 days" never restarts with each change.
 */
export function saveProgress<S extends Pick<JourneyState, 'goals' | 'plan'>>(state: S, now = Date.now()): boolean {
  const earlier = expiryOf(readRaw('local', PROGRESS_KEY));
  const expiresAt = earlier !== undefined && earlier > now ? earlier : now + SAVED_PROGRESS_DAYS * 86_400_000;
  return writeRaw('local', PROGRESS_KEY, progressToKeep(state.goals, state.plan, expiresAt));
}

/**
 * Reads saved progress back, checked against its schema (so async). A failed load rejects, and
 * the next read fetches the schema afresh.
 */
export async function loadProgress(now = Date.now()): Promise<Pick<JourneyState, 'goals' | 'plan'> | undefined> {
  const raw = readRaw('local', PROGRESS_KEY);
  if (raw === undefined) return undefined;
  const { SavedProgress } = await loadSchema();
  const result = SavedProgress.safeParse(raw);
  if (!result.success || result.data.expiresAt <= now) {
    deleteProgress();
    return undefined;
  }
  return { goals: goalsFromProgress(result.data), plan: result.data.plan };
}

export function hasSavedProgress(now = Date.now()): boolean {
  const at = expiryOf(readRaw('local', PROGRESS_KEY));
  return at !== undefined && at > now;
}

export function deleteProgress(): void {
  remove('local', PROGRESS_KEY);
}

export type { SavedProgress };
