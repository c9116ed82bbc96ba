import { define } from '../../platform/define.ts';
import { WaymarkUrgentHelp } from './urgent-help.ts';

define('waymark-urgent-help', WaymarkUrgentHelp);
export { WaymarkUrgentHelp };
