import { define } from '../../platform/define.ts';
import { WaymarkPlan } from './plan.ts';

define('waymark-plan', WaymarkPlan);
export { WaymarkPlan };
