import { NEED_AREAS, type NeedAreaId } from './lists.ts';

export function isNeedAreaId(value: unknown): value is NeedAreaId {
  return typeof value === 'string' && (NEED_AREAS as readonly string[]).includes(value);
}
