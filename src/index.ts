// Registers every Waymark element and exports the types and pure functions a host may use.
import './elements/urgent-help/define.ts';
import './elements/goals/define.ts';
import './elements/plan/define.ts';
import './elements/request-call/define.ts';
import './elements/finder/define.ts';
import './elements/journey/define.ts';

export { WaymarkUrgentHelp } from './elements/urgent-help/urgent-help.ts';
export { WaymarkGoals } from './elements/goals/goals.ts';
export { WaymarkPlan } from './elements/plan/plan.ts';
export { WaymarkRequestCall } from './elements/request-call/request-call.ts';
export { WaymarkFinder } from './elements/finder/finder.ts';
export { WaymarkJourney } from './elements/journey/journey.ts';
export { buildReferral } from './core/referral/build.ts';
export { submitReferral } from './core/referral/submit.ts';
export * from './core/model/index.ts';
export { resolveConfig } from './core/config/resolve.ts';
export {
  QuestionnaireDefinition,
  parseQuestionnaire,
  defaultQuestionnaire,
  scoreAnswers,
  type Answers,
} from './core/questionnaire/index.ts';
export { loadDirectory } from './core/directory/load.ts';
export { buildIndex } from './core/directory/search-index.ts';
export { search } from './core/directory/search.ts';
export type { Filters, SearchQuery, RankedActivity } from './core/directory/search.ts';
export { parsePostcode } from './core/geo/postcode.ts';
export type * from './events.ts';
export { WAYMARK_VERSION } from './version.ts';
