import { define } from '../../platform/define.ts';
import { WaymarkFinder } from './finder.ts';

define('waymark-finder', WaymarkFinder);
export { WaymarkFinder };
