// Demo only. Starts the mock API, then loads Waymark from the same URL a site's script tag uses.
// (The demo's Vite plugin put this script in place of that tag; see demo/vite.config.ts.)
import { startMockApi } from './browser.ts';
import { mountDemoControl } from './control.ts';

await startMockApi();
mountDemoControl();
// A variable, so neither Vite nor TypeScript tries to resolve it at build time.
const waymarkSrc = '/waymark.js';
await import(/* @vite-ignore */ waymarkSrc);
