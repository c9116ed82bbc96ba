import type { GoalsResult } from '../model/goals.ts';
import type { GeoPoint } from '../geo/distance.ts';
import type { DirectoryIndex } from './search-index.ts';
import { search } from './search.ts';

/**
 * Whether to show the list of other places to get help with work: the person asked for help
 * with work (and did not say "not right now"), and no employment support (`work-direct`) is in
 * reach. In reach means within the distance they set, from where they said they are; online and
 * phone support always is. Their days, times and search words do not count: a gap in the
 * community is what the service reports, not a narrow search.
 */
export function workSupportGap(index: DirectoryIndex, goals: GoalsResult | undefined, reach: { origin?: GeoPoint; maxMiles?: number }): boolean {
  if (goals?.workPathway !== 'direct' || goals.workGoals.includes('not-now')) return false;
  const near = search(index, { filters: { work: ['direct'], maxMiles: reach.maxMiles }, origin: reach.origin });
  return near.total === 0;
}
