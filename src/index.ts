// dist/waymark.js, the one script tag: registers every Waymark element, each loaded the first
// time its tag is on the page (see platform/autoload.ts). The classes are in elements.ts and the pure
// functions (and WAYMARK_VERSION) in core.ts, so this script stays small and imports nothing
// before it can start looking: it exports only types.
import { autoload } from './platform/autoload.ts';

/**
 * Every element checks its config with the config checker (zod and the schemas), which it loads
 * after drawing its loading frame. Asking for it here, beside the element's own code, saves the
 * round trip of asking only once the element is made.
 *
 * These are the only `import()`s not made through `lazy()` (core/lazy.ts), on purpose: importing
 * it here would make it a shared chunk that waymark.js fetches before it can even look for tags.
 * autoload() already loads each tag's code once and tries a failed load again.
 */
const withChecker = (load: () => Promise<unknown>) => () => {
  import('./core/config/resolve.ts').catch(() => {});
  return load();
};

autoload({
  // The journey opens on the goals step: fetch both at once rather than one after the other.
  'waymark-journey': withChecker(() => Promise.all([import('./elements/journey/define.ts'), import('./elements/goals/define.ts')])),
  'waymark-goals': withChecker(() => import('./elements/goals/define.ts')),
  'waymark-finder': withChecker(() => import('./elements/finder/define.ts')),
  'waymark-plan': withChecker(() => import('./elements/plan/define.ts')),
  'waymark-request-call': withChecker(() => import('./elements/request-call/define.ts')),
  'waymark-urgent-help': withChecker(() => import('./elements/urgent-help/define.ts')),
  'waymark-check-in': withChecker(() => import('./elements/check-in/define.ts')),
});

export type * from './events.ts';
export type * from './core/model/index.ts';
