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

/** Serves `dir`; each reply waits `delayMs` first, as a round trip on a phone network would. */
function serve(dir, delayMs = 0) {
  const server = createServer(async (req, res) => {
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
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

/** Median of 5 cold loads of the practice page from `origin`: ms from waymark.js to the first question, and the Waymark files fetched by then. */
async function firstQuestion(browser, origin) {
  const times = [];
  let loaded = [];
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
  times.sort((a, b) => a - b);
  return { times, loaded };
}

export default async function run({ root }) {
  execFileSync('npx', ['vite', 'build', '--config', 'demo/vite.config.ts', '--logLevel', 'silent'], { cwd: root, stdio: 'inherit' });
  const fast = await serve(join(root, 'demo-dist'));
  const slow = await serve(join(root, 'demo-dist'), 150);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  let local, phone;
  try {
    local = await firstQuestion(browser, `http://127.0.0.1:${fast.address().port}`);
    phone = await firstQuestion(browser, `http://127.0.0.1:${slow.address().port}`);
  } finally {
    await browser.close();
    fast.close();
    slow.close();
  }
  let bytes = 0;
  for (const path of local.loaded) bytes += gzipSync(await readFile(join(root, 'demo-dist', path)), { level: 9 }).length;
  const range = ({ times }) => `range ${times[0].toFixed(0)}–${times[4].toFixed(0)} ms`;
  return [
    { measure: 'waymark.js loaded → first question shown (median of 5)', value: local.times[2], unit: 'ms', note: range(local) },
    { measure: 'the same, 150 ms for every request (a phone on a slow network)', value: phone.times[2], unit: 'ms', note: range(phone) },
    { measure: 'Waymark code the page had fetched by then (gzip)', value: bytes / 1024, unit: 'KB', max: 40, note: `${local.loaded.length} files` },
  ];
}
