import { define } from '../../platform/define.ts';
import { WaymarkJourney } from './journey.ts';

define('waymark-journey', WaymarkJourney);
export { WaymarkJourney };
