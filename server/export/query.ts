import { z } from '../../src/core/model/zod.ts';
import { EXPORT_FORMATS } from './export.ts';

/** `--format csv|json|fhir [--since DATE]`, from the command line or the admin URL. */
export const ExportQuery = z.object({
  format: z.enum(EXPORT_FORMATS),
  since: z.optional(
    z.pipe(
      z.union([z.iso.date(), z.iso.datetime({ offset: true })]),
      z.transform((v) => new Date(v.length === 10 ? `${v}T00:00:00Z` : v)),
    ),
  ),
});
