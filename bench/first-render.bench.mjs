// Time from the Waymark script arriving to the journey's first render (its "Loading…" frame, drawn
// before the config checker arrives) and to its first question, on the built demo practice page
// (mock API in a service worker), in headless Chromium. Median of 5 cold loads.
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

/** Waymark's own files that had arrived by `time` (not the demo's mock API). */
function filesBy(time) {
  return performance
    .getEntriesByType('resource')
    .filter((e) => e.responseEnd <= time && /\/(waymark\.js|chunks\/[^/]+\.js)$/.test(new URL(e.name).pathname))
    .map((e) => new URL(e.name).pathname);
}

/**
 * Median of 5 cold loads of the practice page from `origin`: ms from waymark.js to the journey's
 * first render and to its first question, and the Waymark files fetched by the first question.
 */
async function firstQuestion(browser, origin) {
  const times = [];
  const frames = [];
  let loaded = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Watches every frame for the first question inside the journey's shadow roots.
    await page.addInitScript(() => {
      const look = () => {
        const journey = document.querySelector('waymark-journey');
        if (window.__firstFrame === undefined && journey?.shadowRoot?.querySelector('.waymark-root')) window.__firstFrame = performance.now();
        const goals = journey?.shadowRoot?.querySelector('waymark-goals');
        // The question's heading sits a level under the page's own (h3 on the demo page), so any level.
        if (goals?.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6')) window.__firstRender = performance.now();
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(`${origin}/practice.html`);
    await page.waitForFunction(() => window.__firstRender !== undefined, undefined, { timeout: 30000 });
    const { ms, frameMs, before } = await page.evaluate(`(() => {
      const filesBy = ${filesBy};
      const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/waymark.js'));
      const start = script?.responseEnd ?? 0;
      return {
        ms: window.__firstRender - start,
        frameMs: window.__firstFrame - start,
        before: filesBy(window.__firstRender),
      };
    })()`);
    times.push(ms);
    frames.push(frameMs);
    loaded = before;
    await context.close();
  }
  times.sort((a, b) => a - b);
  frames.sort((a, b) => a - b);
  return { times, frames, loaded };
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
  const gzipped = async (paths) => {
    let bytes = 0;
    for (const path of paths) bytes += gzipSync(await readFile(join(root, 'demo-dist', path)), { level: 9 }).length;
    return bytes / 1024;
  };
  const range = (times) => `range ${times[0].toFixed(0)}–${times[4].toFixed(0)} ms`;
  return [
    { measure: 'waymark.js loaded → the journey\'s first render, "Loading…" (median of 5)', value: local.frames[2], unit: 'ms', note: range(local.frames) },
    { measure: 'waymark.js loaded → first question shown (median of 5)', value: local.times[2], unit: 'ms', note: range(local.times) },
    { measure: 'the same, 150 ms for every request (a phone on a slow network)', value: phone.times[2], unit: 'ms', note: range(phone.times) },
    // waymark.js asks for the config checker beside the journey, so on a fast line it has arrived by
    // the first render too: what the first render needs is measured from the files (bundle bench).
    { measure: 'Waymark code the page had fetched by its first question (gzip)', value: await gzipped(local.loaded), unit: 'KB', note: `${local.loaded.length} files` },
  ];
}
