import type { DirectoryFormat } from '../model/config.ts';
import { problemText } from '../text/problem-text.ts';
import { WaymarkDirectory } from '../model/activity.ts';
import { parseWith } from '../model/problems.ts';
import { fetchJson, type FetchJsonResult } from '../net/fetch-json.ts';
import { Collector, type DirectoryContents } from './collect.ts';
import { mapOruk3Service } from './oruk3.ts';
import { mapOruk1Service } from './oruk1.ts';
import { isActive, type MapContext } from './oruk-parts.ts';
import { isObject, number, text } from './read.ts';
import type { TaxonomyMap } from './taxonomy.ts';

export interface DirectorySource {
  src: string;
  format: DirectoryFormat;
  /** Open Referral records per page. */
  perPage?: number;
  taxonomyMap?: TaxonomyMap;
}

export interface LoadOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Stop following pages after this many, so a broken `total_pages` cannot loop for ever. */
  maxPages?: number;
  /** Base for a relative `src`; the page's address in a browser. */
  baseUrl?: string;
}

export interface LoadedDirectory extends DirectoryContents {
  pages: number;
  /** Set when later pages could not be read: what was read is kept, and this says why it stopped. */
  incomplete?: string;
}

type FetchFailure = Extract<FetchJsonResult, { ok: false }>['reason'];

export type DirectoryLoad =
  | { ok: true; directory: LoadedDirectory }
  | { ok: false; reason: FetchFailure | 'not-directory'; detail: string };

export const MAX_PAGES = 50;

/** Loads a whole directory in any supported format and normalises it. Never throws. */
export async function loadDirectory(source: DirectorySource, options: LoadOptions = {}): Promise<DirectoryLoad> {
  return source.format === 'waymark' ? loadWaymark(source, options) : loadOpenReferral(source, options);
}

async function loadWaymark(source: DirectorySource, options: LoadOptions): Promise<DirectoryLoad> {
  const reply = await fetchJson(source.src, { signal: options.signal, timeoutMs: options.timeoutMs });
  if (!reply.ok) return { ok: false, reason: reply.reason, detail: reply.detail };
  const file = parseWith(WaymarkDirectory, reply.data);
  if (!file.ok) {
    const why = isObject(reply.data) ? file.problems.map(problemText).join('; ') : 'expected an object like { "activities": [ ... ] }';
    return { ok: false, reason: 'not-directory', detail: `${source.src}: not a Waymark directory (${why})` };
  }
  const collector = new Collector();
  file.value.activities.forEach((record, i) => collector.add(withCurrentNames(record), `activities[${i}]`));
  return { ok: true, directory: { ...collector.contents(), pages: 1 } };
}

/**
 * `lastChecked` was called `lastReviewed` before the spreadsheet import named it after what
 * people write ("Last checked"). Files published with the old name keep their dates.
 */
function withCurrentNames(record: unknown): unknown {
  if (!isObject(record) || !('lastReviewed' in record) || 'lastChecked' in record) return record;
  const { lastReviewed, ...rest } = record;
  return { ...rest, lastChecked: lastReviewed };
}

/** `{src}/services?page=N&per_page=M`, keeping any query the site put on `src` (e.g. a taxonomy filter). */
export function servicesPageUrl(src: string, page: number, perPage: number, baseUrl?: string): string {
  const base = baseUrl ?? globalThis.location?.href ?? 'http://localhost/';
  const url = new URL(src, base);
  if (!/\/services\/?$/.test(url.pathname)) url.pathname = `${url.pathname.replace(/\/+$/, '')}/services`;
  url.searchParams.set('page', String(page));
  url.searchParams.set('per_page', String(perPage));
  return url.href;
}

interface Page {
  items: unknown[];
  totalPages?: number;
  last?: boolean;
}

/** Reads both envelopes: 3.0 (`contents`, `total_pages`, `last_page`) and v1 (`content`, `totalPages`, `last`). */
export function readPage(data: unknown): Page | undefined {
  if (Array.isArray(data)) return { items: data, totalPages: 1 };
  if (!isObject(data)) return undefined;
  const items = Array.isArray(data.contents) ? data.contents : Array.isArray(data.content) ? data.content : undefined;
  if (!items) return undefined;
  const last = data.last_page ?? data.last;
  return { items, totalPages: number(data.total_pages ?? data.totalPages), last: typeof last === 'boolean' ? last : undefined };
}

async function loadOpenReferral(source: DirectorySource, options: LoadOptions): Promise<DirectoryLoad> {
  const perPage = source.perPage ?? 100;
  const maxPages = options.maxPages ?? MAX_PAGES;
  const map = source.format === 'oruk-v1' ? mapOruk1Service : mapOruk3Service;
  const collector = new Collector();
  let incomplete: string | undefined;
  let page = 1;

  for (;;) {
    const url = servicesPageUrl(source.src, page, perPage, options.baseUrl);
    const reply = await fetchJson(url, { signal: options.signal, timeoutMs: options.timeoutMs });
    if (!reply.ok) {
      if (page === 1 || reply.reason === 'aborted') return { ok: false, reason: reply.reason, detail: reply.detail };
      incomplete = reply.detail;
      page--;
      break;
    }
    const envelope = readPage(reply.data);
    if (!envelope) {
      const detail = `${url}: not an Open Referral page (no "contents" or "content" list)`;
      if (page === 1) return { ok: false, reason: 'not-directory', detail };
      incomplete = detail;
      page--;
      break;
    }
    envelope.items.forEach((record, i) => {
      const position = `page ${page}, contents[${i}]`;
      if (!isObject(record)) {
        collector.skipped.push({ position, problems: [{ code: 'wrong-type', expected: 'object', actual: 'something else', path: '(record)' }] });
        return;
      }
      if (!isActive(record)) {
        collector.inactive++;
        return;
      }
      const id = text(record.id);
      const ctx: MapContext = {
        taxonomyMap: source.taxonomyMap ?? {},
        note: (field, problem) => collector.dropped.push({ position, id, field, problem }),
      };
      collector.add(map(record, ctx), position);
    });
    const done =
      envelope.items.length === 0 ||
      (envelope.totalPages !== undefined ? page >= envelope.totalPages : envelope.last ?? envelope.items.length < perPage);
    if (done) break;
    if (page >= maxPages) {
      incomplete = `stopped after ${maxPages} pages (the feed says ${envelope.totalPages ?? 'more'})`;
      break;
    }
    page++;
  }
  return { ok: true, directory: { ...collector.contents(), pages: page, incomplete } };
}
