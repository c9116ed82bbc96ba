// Time from the Waymark script arriving to the journey's first question on screen, on the built
// demo practice page (mock API in a service worker), in headless Chromium. Median of 5 cold loads.
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

export const name = 'first render of the demo journey';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

function serve(dir) {
  const server = createServer(async (req, res) => {
    const path = normalize(new URL(req.url, 'http://x').pathname).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(dir, path.endsWith('/') ? `${path}index.html` : path));
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export default async function run({ root }) {
  execFileSync('npx', ['vite', 'build', '--config', 'demo/vite.config.ts', '--logLevel', 'silent'], { cwd: root, stdio: 'inherit' });
  const server = await serve(join(root, 'demo-dist'));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  const times = [];
  let loaded = [];
  try {
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // Watches every frame for the first question inside the journey's shadow roots.
      await page.addInitScript(() => {
        const look = () => {
          const journey = document.querySelector('waymark-journey');
          const goals = journey?.shadowRoot?.querySelector('waymark-goals');
          if (goals?.shadowRoot?.querySelector('h1')) window.__firstRender = performance.now();
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      await page.goto(`${origin}/practice.html`);
      await page.waitForFunction(() => window.__firstRender !== undefined, undefined, { timeout: 30000 });
      const { ms, before } = await page.evaluate(() => {
        const entries = performance.getEntriesByType('resource');
        const script = entries.find((e) => e.name.endsWith('/waymark.js'));
        // Waymark's own files that had arrived by the first question (not the demo's mock API).
        const before = entries
          .filter((e) => e.responseEnd <= window.__firstRender && /\/(waymark\.js|chunks\/[^/]+\.js)$/.test(new URL(e.name).pathname))
          .map((e) => new URL(e.name).pathname);
        return { ms: window.__firstRender - (script?.responseEnd ?? 0), before };
      });
      times.push(ms);
      loaded = before;
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  times.sort((a, b) => a - b);
  let bytes = 0;
  for (const path of loaded) bytes += gzipSync(await readFile(join(root, 'demo-dist', path)), { level: 9 }).length;
  return [
    { measure: 'waymark.js loaded → first question shown (median of 5)', value: times[2], unit: 'ms', note: `range ${times[0].toFixed(0)}–${times[4].toFixed(0)} ms` },
    { measure: 'Waymark code the page had fetched by then (gzip)', value: bytes / 1024, unit: 'KB', max: 40, note: `${loaded.length} files` },
  ];
}
