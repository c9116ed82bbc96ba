import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { InboxConfig } from '../config.ts';
import { exportChunks, type ExportFormat } from '../export/export.ts';
import { holderOf, readAdminToken } from '../store/data-dir.ts';
import { openStore } from '../store/open.ts';
import { referralsSince } from '../store/referrals.ts';

async function write(out: NodeJS.WritableStream, chunk: string | Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Asks the running inbox (PGlite allows one process in its folder) and copies its reply to `out`. */
async function viaServer(url: string, token: string, format: ExportFormat, since: Date | undefined, out: NodeJS.WritableStream): Promise<void> {
  const target = new URL('/admin/export', url);
  target.searchParams.set('format', format);
  if (since) target.searchParams.set('since', since.toISOString());
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  // The token goes only to this machine's own inbox; its certificate may be for a public name.
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname);
  const response = await new Promise<import('node:http').IncomingMessage>((resolve, reject) => {
    const req = send(target, { headers: { Authorization: `Bearer ${token}` }, rejectUnauthorized: !loopback }, resolve);
    req.on('error', reject);
    req.end();
  });
  if (response.statusCode !== 200) {
    let text = '';
    for await (const chunk of response) text += chunk;
    throw new Error(`the running inbox at ${url} refused the export (${response.statusCode}): ${text}`);
  }
  for await (const chunk of response) await write(out, chunk as Buffer);
}

/** `npm run inbox -- export`: every referral (since a date) to `out`, while the inbox runs or not. */
export async function runExport(config: InboxConfig, format: ExportFormat, since: Date | undefined, out: NodeJS.WritableStream): Promise<void> {
  if (!config.databaseUrl) {
    const holder = holderOf(config.dataDir);
    if (holder) {
      const token = readAdminToken(config.dataDir);
      if (!holder.url || !token) throw new Error(`${config.dataDir} is in use by process ${holder.pid}, which is not answering yet: try again in a moment`);
      // A server on 0.0.0.0 is reached on this machine at 127.0.0.1.
      return viaServer(holder.url.replace('://0.0.0.0:', '://127.0.0.1:').replace('://[::]:', '://[::1]:'), token, format, since, out);
    }
  }
  // PostgreSQL (several readers are fine), or PGlite with no inbox running: open it here.
  const store = await openStore(config);
  try {
    for await (const chunk of exportChunks(referralsSince(store.db, since), format)) await write(out, chunk);
  } finally {
    await store.close();
  }
}
