import { define } from '../../platform/define.ts';
import { WaymarkCheckIn } from './check-in.ts';

define('waymark-check-in', WaymarkCheckIn);
export { WaymarkCheckIn };
