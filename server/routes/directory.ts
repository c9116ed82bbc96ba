import { gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { z } from '../../src/core/model/zod.ts';
import type { AppEnv } from '../app-env.ts';
import { problem } from '../http/problem.ts';
import type { Db } from '../store/db.ts';
import { publishedDirectory } from '../store/directory.ts';

// `GET /directory.json`: the directory a manager last published, as Waymark JSON, for the
// widget's `directory-src`. Public (it is what every finder shows), cached briefly by browsers
// and proxies and then revalidated, so a new publish reaches people within a minute and an
// unchanged one costs a 304.

export const DIRECTORY_CACHE_CONTROL = 'public, max-age=60, must-revalidate';

/** If-None-Match: a list of entity tags, or "*". Anything longer than a browser sends is no match. */
const IfNoneMatch = z.catch(z.optional(z.string().check(z.maxLength(2_000))), undefined);

/** RFC 9110 §13.1.2: If-None-Match uses the weak comparison (W/ is ignored). */
export function matchesAny(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || weak(tag) === weak(etag));
}

/** True when the client takes gzip (`gzip` or `x-gzip` without `q=0`). */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';').map((p) => p.trim());
    const q = params.find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === 'x-gzip') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** The gzip representation's own strong tag (RFC 9110 §8.8.3: a tag belongs to one representation). */
const gzipTag = (etag: string) => `${etag.slice(0, -1)}.gz"`;

export function directoryRoutes(db: Db) {
  // Publishes are rare and requests many: the last body compressed is kept, by its ETag.
  let packed: { etag: string; bytes: Uint8Array<ArrayBuffer> } | undefined;
  const gzipped = (etag: string, body: string) => (packed?.etag === etag ? packed : (packed = { etag, bytes: new Uint8Array(gzipSync(body)) })).bytes;

  return new Hono<AppEnv>().get('/', async (c) => {
    // A shared cache must not give one site's reply (with or without its CORS header) to another.
    c.header('Vary', 'Origin, Accept-Encoding');
    const published = await publishedDirectory(db);
    if (!published) {
      return problem(c, {
        status: 404,
        type: 'directory-not-published',
        title: 'No directory has been published here yet',
        detail: 'A manager publishes one in the inbox: Directory, then Upload a spreadsheet.',
      });
    }
    // The 55-activity booklet is 39.7 KB of JSON and 3.5 KB gzipped, on every visitor's first load.
    const gzip = acceptsGzip(c.req.header('Accept-Encoding'));
    const headers = {
      ETag: gzip ? gzipTag(published.etag) : published.etag,
      'Last-Modified': new Date(published.publishedAt).toUTCString(),
      'Cache-Control': DIRECTORY_CACHE_CONTROL,
    };
    const ifNoneMatch = IfNoneMatch.parse(c.req.header('If-None-Match'));
    if (matchesAny(ifNoneMatch, published.etag) || matchesAny(ifNoneMatch, gzipTag(published.etag))) return c.body(null, 304, headers);
    const type = { 'Content-Type': 'application/json; charset=utf-8' };
    if (!gzip) return c.body(published.body, 200, { ...headers, ...type });
    return c.body(gzipped(published.etag, published.body), 200, { ...headers, ...type, 'Content-Encoding': 'gzip' });
  });
}
