import type { WaymarkConfig } from '../../core/model/config.ts';
import { loadDirectory } from '../../core/directory/load.ts';
import { employmentSupportRoutes } from '../../core/follow-up/employment-support.ts';
import type { WorkSupportRoute } from '../../core/model/urgent-help.ts';

// Loaded only when the check-in offers help with work and the service has a directory: the
// directory's code stays out of check-in.js for everyone else.

/** The service's employment support from its directory; none when it cannot be read (the fallback list still shows). */
export async function loadEmploymentSupport(directory: WaymarkConfig['directory'] & { src: string }, signal: AbortSignal): Promise<WorkSupportRoute[]> {
  const loaded = await loadDirectory({ src: directory.src, format: directory.format, perPage: directory.perPage, taxonomyMap: directory.taxonomyMap }, { signal });
  if (!loaded.ok) {
    console.error(`[waymark] <waymark-check-in> could not load its directory: ${loaded.detail}`);
    return [];
  }
  return employmentSupportRoutes(loaded.directory.activities);
}
