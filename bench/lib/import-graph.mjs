// The import graph of the built files in dist/: which chunks a file imports at once (static
// `from"./x.js"`) and which it loads on demand (`import("./x.js")`). Shared by the bundle bench
// and the package test (no zod before first render).
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export const STATIC = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
export const DYNAMIC = /import\(\s*[`"'](\.{1,2}\/[^`"']+)[`"']\s*\)/g;
export const LANGUAGE = /(^|\/)(cy|pl|ur|ar|bn)[-/]/;

/** Files an import in `file` names, relative to dist. */
export function imports(dist, file, pattern) {
  const code = readFileSync(join(dist, file), 'utf8');
  return [...code.matchAll(pattern)].map((m) => relative(dist, join(dist, dirname(file), m[1])));
}

/** Adds `file` and every chunk it imports at once to `seen`. */
export function withStatic(dist, file, seen) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const next of imports(dist, file, STATIC)) withStatic(dist, next, seen);
  return seen;
}

/** Adds `file` and every chunk it can ever load, except languages (measured on their own). */
export function withEverything(dist, file, seen) {
  if (seen.has(file) || LANGUAGE.test(file)) return seen;
  seen.add(file);
  for (const next of [...imports(dist, file, STATIC), ...imports(dist, file, DYNAMIC)]) withEverything(dist, next, seen);
  return seen;
}

/**
 * `entry` with its static imports, then each named chunk it loads on demand (`chunks/<name>-…`,
 * e.g. an element, the config checker) with its static imports, in order.
 */
export function withOnDemand(dist, entry, chunks = []) {
  const seen = withStatic(dist, entry, new Set());
  for (const name of chunks) {
    const chunk = [...seen].flatMap((f) => imports(dist, f, DYNAMIC)).find((f) => f.startsWith(`chunks/${name}-`));
    if (!chunk) throw new Error(`no on-demand chunk chunks/${name}-… reachable from ${entry}`);
    withStatic(dist, chunk, seen);
  }
  return seen;
}
