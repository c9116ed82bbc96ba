import type { Activity } from '../model/activity.ts';
import type { GoalsResult } from '../model/goals.ts';
import type { SavedProgress } from '../model/saved-progress.ts';

// The mapping between a journey's goals and what saved progress may keep. Apart from the schema
// (saved-progress.ts), so saving needs no zod: the schema loads only to read progress back.

/** The parts of a goals result that may be kept: the rest stays in memory only. */
export function progressToKeep(goals: GoalsResult | undefined, plan: Activity[], expiresAt: number): SavedProgress {
  return {
    version: 2,
    expiresAt,
    topics: (goals?.needAreas ?? []).map(({ id, score }) => ({ id, score })),
    workPathway: goals?.workPathway ?? 'none',
    workGoals: [...(goals?.workGoals ?? [])],
    plan,
  };
}

/** A goals result rebuilt from what was kept, enough to rank the finder; undefined when no topics were kept. */
export function goalsFromProgress(saved: SavedProgress): GoalsResult | undefined {
  if (!saved.topics.length && saved.workPathway === 'none' && !saved.workGoals.length) return undefined;
  return {
    needAreas: saved.topics.map((t) => ({ ...t, reasons: [] })),
    workPathway: saved.workPathway,
    workGoals: saved.workGoals,
    preferences: { modes: [], days: [], times: [] },
    crisis: false,
    answers: [],
  };
}
