/// <reference types="node" />
// Builds every entry in turn (see vite.config.ts), then the published JSON Schemas.
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { ENTRIES } from '../vite.config.ts';

for (const name of Object.keys(ENTRIES)) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, WAYMARK_ENTRY: name } });
  console.log(`built dist/${name}.js`);
}

// The ready-made page for isolated mode (see docs/embedding.md).
copyFileSync('static/request-call.html', 'dist/request-call.html');
console.log('copied dist/request-call.html');
