/// <reference types="node" />
// Builds every entry in turn (see vite.config.ts), then the published JSON Schemas.
import { execFileSync } from 'node:child_process';
import { ENTRIES } from '../vite.config.ts';

for (const name of Object.keys(ENTRIES)) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, WAYMARK_ENTRY: name } });
  console.log(`built dist/${name}.js`);
}
