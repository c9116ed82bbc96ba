import { z } from './zod.ts';
import { NEED_AREAS } from '../vocabulary/lists.ts';

export { NEED_AREAS };
export { isNeedAreaId } from '../vocabulary/need-areas.ts';

export const NeedAreaId = z.enum(NEED_AREAS);
export type NeedAreaId = z.infer<typeof NeedAreaId>;
