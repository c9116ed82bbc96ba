import type { GoalsResult } from '../model/goals.ts';
import type { NeedAreaId } from '../vocabulary/lists.ts';
import { isNeedAreaId } from '../vocabulary/need-areas.ts';

export interface GoalNeeds {
  /** Need areas to rank first, most important first. */
  needs: NeedAreaId[];
  /** Words in a `needs` attribute that are not need-area ids, for the site editor. */
  unknown: string[];
}

/**
 * The need areas the finder ranks first: from a goals result (highest score first), or else from
 * the element's `needs` attribute, in the order written. When a person said "not right now" to
 * work, work is never pushed up, whatever else says so.
 */
export function goalNeeds(goals: GoalsResult | undefined, needsAttribute: string | null | undefined): GoalNeeds {
  const unknown: string[] = [];
  let needs: NeedAreaId[];
  if (goals && goals.needAreas.length > 0) {
    needs = goals.needAreas
      .filter((n) => n.score > 0)
      .map((n, i) => ({ n, i }))
      .sort((a, b) => b.n.score - a.n.score || a.i - b.i)
      .map(({ n }) => n.id);
  } else {
    needs = [];
    for (const word of (needsAttribute ?? '').split(/[\s,]+/).filter(Boolean)) {
      if (isNeedAreaId(word)) needs.push(word);
      else unknown.push(word);
    }
  }
  if (goals?.workPathway === 'direct' && !needs.includes('work')) needs.push('work');
  if (goals?.workGoals.includes('not-now')) needs = needs.filter((n) => n !== 'work');
  return { needs: [...new Set(needs)], unknown };
}
