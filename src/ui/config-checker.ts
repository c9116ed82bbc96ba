// The config checker, zod and the config schema: about a third of what an element needs, and
// none of it is needed to draw the element's loading frame. It loads on its own, asked for as
// soon as an element is made (and by dist/waymark.js as soon as it finds a tag), so the frame
// shows first and the check runs while the config itself is being fetched.
import { lazy } from '../core/lazy.ts';

export const loadConfigChecker = lazy(() => import('../core/config/resolve.ts'));
