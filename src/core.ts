// dist/core.js: the pure functions and schemas, with no elements and no Lit. For a service that
// wants to check a config, read a directory or build a referral the way Waymark does.
export { buildReferral } from './core/referral/build.ts';
export { submitReferral } from './core/referral/submit.ts';
export * from './core/model/index.ts';
export { resolveConfig } from './core/config/resolve.ts';
export {
  QuestionnaireDefinition,
  parseQuestionnaire,
  scoreAnswers,
  type Answers,
} from './core/questionnaire/index.ts';
export { loadDirectory } from './core/directory/load.ts';
export { buildIndex } from './core/directory/search-index.ts';
export { search } from './core/directory/search.ts';
export type { Filters, SearchQuery, RankedActivity } from './core/directory/search.ts';
export { parsePostcode } from './core/geo/postcode.ts';
export { WAYMARK_VERSION } from './version.ts';
