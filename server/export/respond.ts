import type { StoredReferral } from '../store/referrals.ts';
import { EXPORT_CONTENT_TYPES, exportChunks, type ExportFormat } from './export.ts';

/** An export as a response body, a chunk at a time, so a large one is never held whole in memory. */
export function exportBody(rows: AsyncIterable<StoredReferral>, format: ExportFormat): { body: ReadableStream<Uint8Array>; contentType: string } {
  const chunks = exportChunks(rows, format);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return { body, contentType: EXPORT_CONTENT_TYPES[format] };
}

/** The file name a download is saved as. */
export const exportFileName = (stem: string, format: ExportFormat) => `${stem}.${format === 'fhir' ? 'ndjson' : format}`;
