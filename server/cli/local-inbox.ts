import type { IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { InboxConfig } from '../config.ts';
import { holderOf, readAdminToken } from '../store/data-dir.ts';

// PGlite lets one process open its folder. While the inbox runs on it, local commands ask that
// process instead, with the admin token it wrote to the folder.

export interface LocalInbox {
  url: string;
  token: string;
}

/** The running inbox holding the PGlite folder, if one does; undefined on PostgreSQL or when none runs. */
export function localInbox(config: Pick<InboxConfig, 'databaseUrl' | 'dataDir'>): LocalInbox | undefined {
  if (config.databaseUrl) return undefined;
  const holder = holderOf(config.dataDir);
  if (!holder) return undefined;
  const token = readAdminToken(config.dataDir);
  if (!holder.url || !token) throw new Error(`${config.dataDir} is in use by process ${holder.pid}, which is not answering yet: try again in a moment`);
  // A server on 0.0.0.0 is reached on this machine at 127.0.0.1.
  return { url: holder.url.replace('://0.0.0.0:', '://127.0.0.1:').replace('://[::]:', '://[::1]:'), token };
}

/** A request to the local inbox's admin routes. */
export function askLocal(inbox: LocalInbox, method: 'GET' | 'POST', path: string, body?: unknown): Promise<IncomingMessage> {
  const target = new URL(path, inbox.url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  // The token goes only to this machine's own inbox; its certificate may be for a public name.
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Authorization: `Bearer ${inbox.token}` };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const req = send(target, { method, headers, rejectUnauthorized: !loopback }, resolve);
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

export async function readAll(response: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of response) text += chunk;
  return text;
}
