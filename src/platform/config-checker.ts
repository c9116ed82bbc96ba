// The config checker, zod and the config schema: about a third of what an element needs, and
// none of it is needed to draw the element's loading frame. It loads on its own, asked for as
// soon as an element is made (and by dist/waymark.js as soon as it finds a tag), so the frame
// shows first and the check runs while the config itself is being fetched. The words for setup
// problems come with it: there are problems to word only once it has checked something.
import { lazy } from '../core/lazy.ts';
import type { Problem } from '../core/model/problems.ts';

export const loadConfigChecker = lazy(() =>
  Promise.all([import('../core/config/resolve.ts'), import('../words/problems.ts')]).then(([checker, words]) => ({ ...checker, ...words })),
);

/** How the page, the console and `waymark-config-error` word a problem. */
export interface ProblemWords {
  path: (p: Problem) => string;
  message: (p: Problem) => string;
}

/**
 * What a problem says, once the checker is here; before that (a crash before any check) its
 * own detail or its code, so the box is never blank.
 */
export function problemWords(): ProblemWords {
  const words = loadConfigChecker.value;
  if (words) return { path: words.problemPath, message: words.problemMessage };
  return { path: (p) => p.path, message: (p) => (p.code === 'internal' ? p.detail : p.code) };
}
