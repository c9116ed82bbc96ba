// dist/waymark.js, the one script tag: registers every Waymark element, each loaded the first
// time its tag is on the page (see ui/autoload.ts). The classes are in elements.ts and the pure
// functions (and WAYMARK_VERSION) in core.ts, so this script stays small and imports nothing
// before it can start looking: it exports only types.
import { autoload } from './ui/autoload.ts';

autoload({
  // The journey opens on the goals step: fetch both at once rather than one after the other.
  'waymark-journey': () => Promise.all([import('./elements/journey/define.ts'), import('./elements/goals/define.ts')]),
  'waymark-goals': () => import('./elements/goals/define.ts'),
  'waymark-finder': () => import('./elements/finder/define.ts'),
  'waymark-plan': () => import('./elements/plan/define.ts'),
  'waymark-request-call': () => import('./elements/request-call/define.ts'),
  'waymark-urgent-help': () => import('./elements/urgent-help/define.ts'),
});

export type * from './events.ts';
export type * from './core/model/index.ts';
