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

export function directoryRoutes(db: Db) {
  return new Hono<AppEnv>().get('/', async (c) => {
    // A shared cache must not give one site's reply (with or without its CORS header) to another.
    c.header('Vary', 'Origin');
    const published = await publishedDirectory(db);
    if (!published) {
      return problem(c, {
        status: 404,
        type: 'directory-not-published',
        title: 'No directory has been published here yet',
        detail: 'A manager publishes one in the inbox: Directory, then Upload a spreadsheet.',
      });
    }
    const headers = {
      ETag: published.etag,
      'Last-Modified': new Date(published.publishedAt).toUTCString(),
      'Cache-Control': DIRECTORY_CACHE_CONTROL,
    };
    if (matchesAny(IfNoneMatch.parse(c.req.header('If-None-Match')), published.etag)) return c.body(null, 304, headers);
    return c.body(published.body, 200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
  });
}
