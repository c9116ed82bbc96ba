// Registers every Waymark element and exports the types and pure functions a host may use.
// Each element also has its own entry (`waymark/urgent-help.js` …) for pages that need only one.
import './elements/urgent-help/define.ts';

export { WaymarkUrgentHelp } from './elements/urgent-help/urgent-help.ts';
export * from './core/model/index.ts';
export { resolveConfig } from './core/config/resolve.ts';
export type * from './events.ts';
export { WAYMARK_VERSION } from './version.ts';
