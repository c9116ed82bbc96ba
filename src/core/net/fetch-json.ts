import { findJsonMistake, jsonMistakeText } from './json-mistake.ts';

/**
 * The one way Waymark reads JSON from the network. It never throws: every failure comes back as
 * a reason an element can show plainly and a detail a site editor can act on.
 */
export type FetchJsonResult =
  | { ok: true; data: unknown; status: number }
  | { ok: false; reason: 'offline' | 'timeout' | 'http' | 'not-json' | 'aborted'; status?: number; detail: string };

export interface FetchJsonOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<FetchJsonResult> {
  const { timeoutMs = 15000, signal } = options;
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    // No cookies or credentials: directory feeds and lookups are public, and Waymark sets none.
    response = await fetch(url, { signal: combined, credentials: 'omit', headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) return { ok: false, reason: 'aborted', detail: `${url}: cancelled` };
    if (timeout.aborted) return { ok: false, reason: 'timeout', detail: `${url}: no reply after ${timeoutMs} ms` };
    return { ok: false, reason: 'offline', detail: `${url}: ${(error as Error).message}` };
  }
  if (!response.ok) {
    return { ok: false, reason: 'http', status: response.status, detail: `${url}: the server replied ${response.status}` };
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) return { ok: false, reason: 'aborted', detail: `${url}: cancelled` };
    return { ok: false, reason: timeout.aborted ? 'timeout' : 'offline', detail: `${url}: the reply stopped (${(error as Error).message})` };
  }
  try {
    return { ok: true, data: JSON.parse(text), status: response.status };
  } catch {
    // Where the mistake is, for whoever edits the file by hand (json-mistake.ts).
    const mistake = findJsonMistake(text);
    return { ok: false, reason: 'not-json', status: response.status, detail: `${url}: the reply is not JSON${mistake ? ` (${jsonMistakeText(mistake)})` : ''}` };
  }
}
