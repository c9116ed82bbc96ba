import { NEED_AREAS, type NeedAreaId } from '../vocabulary/lists.ts';
import type { DirectoryIndex } from './search-index.ts';

const offered = new WeakMap<object, NeedAreaId[]>();

/**
 * The need areas some activity in the directory has, in the vocabulary's order: the only ones
 * worth offering as filters. Read from the index's need bit masks, once an index.
 */
export function offeredNeedAreas(index: Pick<DirectoryIndex, 'needs'>): NeedAreaId[] {
  let list = offered.get(index);
  if (!list) {
    let mask = 0;
    for (const needs of index.needs) mask |= needs;
    list = NEED_AREAS.filter((_, i) => mask & (1 << i));
    offered.set(index, list);
  }
  return list;
}
