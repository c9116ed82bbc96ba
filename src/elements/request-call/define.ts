import { define } from '../../platform/define.ts';
import { WaymarkRequestCall } from './request-call.ts';

define('waymark-request-call', WaymarkRequestCall);
export { WaymarkRequestCall };
