import { fetchJson } from '../net/fetch-json.ts';
import { findJsonMistake, jsonMistakeText } from '../net/json-mistake.ts';
import type { Problem } from '../model/problems.ts';

/** Parses the text of a `<script type="application/json">` child, naming the mistake if it is not JSON. */
export function parseScriptConfig(text: string | null | undefined): { value?: unknown; problems: Problem[] } {
  if (text == null || text.trim() === '') return { problems: [] };
  try {
    return { value: JSON.parse(text), problems: [] };
  } catch (error) {
    const mistake = findJsonMistake(text);
    const detail = mistake ? jsonMistakeText(mistake) : (error as Error).message;
    return { problems: [{ code: 'not-json', detail, path: '<script type="application/json">' }] };
  }
}

/** Loads config from `config-src`. A failure becomes a problem, never an exception. */
export async function loadConfigUrl(url: string | null | undefined, signal?: AbortSignal): Promise<{ value?: unknown; problems: Problem[] }> {
  if (!url) return { problems: [] };
  const result = await fetchJson(url, { signal, timeoutMs: 10000 });
  if (result.ok) return { value: result.data, problems: [] };
  if (result.reason === 'aborted') return { problems: [] };
  return { problems: [{ code: 'not-loaded', detail: result.detail, path: 'config-src' }] };
}
