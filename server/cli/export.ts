import { once } from 'node:events';
import type { InboxConfig } from '../config.ts';
import { exportChunks, type ExportFormat } from '../export/export.ts';
import { openStore } from '../store/open.ts';
import { referralsSince } from '../store/referrals.ts';
import { askLocal, localInbox, readAll, type LocalInbox } from './local-inbox.ts';

async function write(out: NodeJS.WritableStream, chunk: string | Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Asks the running inbox and copies its reply to `out`. */
async function viaServer(inbox: LocalInbox, format: ExportFormat, since: Date | undefined, out: NodeJS.WritableStream): Promise<void> {
  const query = new URLSearchParams({ format });
  if (since) query.set('since', since.toISOString());
  const response = await askLocal(inbox, 'GET', `/admin/export?${query.toString()}`);
  if (response.statusCode !== 200) throw new Error(`the running inbox at ${inbox.url} refused the export (${response.statusCode}): ${await readAll(response)}`);
  for await (const chunk of response) await write(out, chunk as Buffer);
}

/** `npm run inbox -- export`: every referral (since a date) to `out`, while the inbox runs or not. */
export async function runExport(config: InboxConfig, format: ExportFormat, since: Date | undefined, out: NodeJS.WritableStream): Promise<void> {
  const running = localInbox(config);
  if (running) return viaServer(running, format, since, out);
  // PostgreSQL (several readers are fine), or PGlite with no inbox running: open it here.
  const store = await openStore(config);
  try {
    for await (const chunk of exportChunks(referralsSince(store.db, since), format)) await write(out, chunk);
  } finally {
    await store.close();
  }
}
