// dist/elements.js: every element class, registering nothing. For a host that registers them
// itself (a scoped registry, a subclass). The journey and request-call register the elements
// they are built from when first connected, under the usual names.
export { WaymarkUrgentHelp } from './elements/urgent-help/urgent-help.ts';
export { WaymarkGoals } from './elements/goals/goals.ts';
export { WaymarkPlan } from './elements/plan/plan.ts';
export { WaymarkRequestCall } from './elements/request-call/request-call.ts';
export { WaymarkFinder } from './elements/finder/finder.ts';
export { WaymarkJourney } from './elements/journey/journey.ts';
export { WaymarkCheckIn } from './elements/check-in/check-in.ts';
export type * from './events.ts';
