// What a site downloads: gzip sizes of each entry (with the chunks it imports at once) and of each
// language chunk (loaded only when that language is chosen). Builds first, so the figures are fresh.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const name = 'bundle size (minified, gzip -9)';

const KB = 1024;
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length / KB;

/** An entry's own size plus every chunk it imports statically, the bytes before first render. */
function entrySize(dist, file, seen = new Set()) {
  if (seen.has(file)) return 0;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  let size = gz(join(dist, file));
  for (const [, spec] of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g)) {
    size += entrySize(dist, join(file, '..', spec).replace(/^\.\//, ''), seen);
  }
  return size;
}

export default async function run({ root }) {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const dist = join(root, 'dist');
  const rows = [
    { measure: 'dist/waymark.js: every element', value: entrySize(dist, 'waymark.js'), unit: 'KB', max: 40 },
    { measure: 'dist/finder.js: the finder only', value: entrySize(dist, 'finder.js'), unit: 'KB', max: 25 },
    { measure: 'dist/request-call.js: request a call only', value: entrySize(dist, 'request-call.js'), unit: 'KB' },
    { measure: 'dist/goals.js: the goals questionnaire only', value: entrySize(dist, 'goals.js'), unit: 'KB' },
    { measure: 'dist/urgent-help.js: urgent help only', value: entrySize(dist, 'urgent-help.js'), unit: 'KB' },
  ];
  const chunks = readdirSync(join(dist, 'chunks')).filter((f) => /^(cy|pl|ur|ar|bn)-.*\.js$/.test(f)).sort();
  for (const chunk of chunks) {
    rows.push({ measure: `language chunk ${chunk.split('-')[0]} (loaded when chosen)`, value: gz(join(dist, 'chunks', chunk)), unit: 'KB', max: 6 });
  }
  return rows;
}
