// Everything the finder needs once it has a directory to show: loading and checking it (zod and
// the ORUK mappings), the search index and search, and the views of results. About half the
// finder's code. It loads beside the config checker, after the finder has drawn its loading
// frame, and is ready long before a directory has downloaded (see directory-controller.ts).
export { loadDirectory } from '../../core/directory/load.ts';
export { editorReport } from '../../core/directory/collect.ts';
export { buildIndex } from '../../core/directory/search-index.ts';
export { search } from '../../core/directory/search.ts';
export { linkedFilters } from '../../core/directory/need-area-link.ts';
export { renderResultCard } from './result-card.ts';
export { renderDetails } from './details.ts';
export { renderFilters } from './filters.ts';
export { renderDistance } from './distance.ts';
export { renderAnswerChips, renderNoMatch, chipLabel } from './answer-chips.ts';
export { renderWorkSupport } from './work-support.ts';
export { renderListingReport } from './listing-report.ts';
export { checkListingReport, buildListingReport } from '../../core/listing-report/form.ts';
export { listingReportMailto } from '../../core/listing-report/mailto.ts';
export { sendListingReport } from '../../core/listing-report/send.ts';
