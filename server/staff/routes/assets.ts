import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import type { StaffEnv } from '../context.ts';

// The screen's stylesheet, its one small script and its icon: static files, served to anyone
// (the sign-in page needs the stylesheet), read once at start.

const FILES: Record<string, string> = {
  'inbox.css': 'text/css; charset=utf-8',
  'inbox.js': 'text/javascript; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
};

export function assetRoutes() {
  const app = new Hono<StaffEnv>();
  for (const [name, type] of Object.entries(FILES)) {
    const body = readFileSync(new URL(`../assets/${name}`, import.meta.url));
    // Revalidated each time, so a new release's file is never mixed with an old page.
    app.get(`/${name}`, (c) => c.body(body, 200, { 'Content-Type': type, 'Cache-Control': 'no-cache' }));
  }
  return app;
}
