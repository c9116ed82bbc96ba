import { define } from '../../platform/define.ts';
import { WaymarkGoals } from './goals.ts';

define('waymark-goals', WaymarkGoals);
export { WaymarkGoals };
