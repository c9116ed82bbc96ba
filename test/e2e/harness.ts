/// <reference types="node" />
// End-to-end harness: serves the built demo (demo-dist, with the built dist/waymark.js) on
// loopback and drives it in Debian's Chromium through playwright-core.
//
// Nothing a test opens may outlive it, and nothing may wait for ever, so a hang on a busy CI
// machine fails by name within minutes. The pattern for every Node test file:
//
//   const demo = useDemo();                                  // server + Chromium, closed after the file
//   it('does something', { timeout: TEST_TIMEOUT }, async (t) => {
//     const page = await newPage(t, demo.browser);           // its context closes when the test ends, pass or fail
//     await page.locator('…').waitFor();                     // every wait is bounded (WAIT_TIMEOUT)
//   });
//
// Hooks take { timeout: HOOK_TIMEOUT }. A suite of quick tests with no browser may give one
// timeout to its `describe` instead. `npm run test:e2e` gives each file --test-timeout as a last
// net (it stops the file's process, naming only the file): 15 minutes, since a healthy file of a
// dozen tests can take 5 on a loaded machine and each test's own timeout is what catches a hang.
// It runs two files at once, one per core: each file has its own Chromium and its own servers on
// port 0, so they never meet.
// test/e2e/harness.test.ts checks every node:test file in the repository keeps to this.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, type TestContext } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * One test, generous for two busy cores: the slowest e2e test takes about 10 s on a quiet machine
 * and was seen at 46 s with the load average at 25. A hung test still fails by name in 2 minutes.
 */
export const TEST_TIMEOUT = 120_000;
/** One before/after hook: launching Chromium, serving, closing (seen over 60 s at load 25). */
export const HOOK_TIMEOUT = 120_000;
/** One Playwright wait or action (a locator's waitFor, a click, a navigation). */
export const WAIT_TIMEOUT = 30_000;

const ROOT = fileURLToPath(new URL('../../demo-dist/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface DemoServer {
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Extra headers on every reply, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
  /** Replies to serve instead of files, by path: e.g. a config with a shorter idle time. A string is served as HTML. */
  overrides?: Record<string, unknown>;
  /** POST endpoints, by path: each gets the request body and answers with a status and JSON. */
  posts?: Record<string, (body: string) => { status: number; json: unknown }>;
  /** Paths to answer with 503, asked on each request, so a test can make a file fail and then recover. */
  fail?: (path: string) => boolean;
  /** The folder to serve; demo-dist unless told. */
  root?: string;
}

/**
 * Serves demo-dist. Overrides are served here rather than with Playwright's `page.route`, which
 * cannot see requests that the demo's service worker (msw) passes on to the network.
 */
export async function serveDemo({ headers = {}, overrides = {}, posts = {}, fail, root = ROOT }: ServeOptions = {}): Promise<DemoServer> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (fail?.(path)) {
      res.writeHead(503, { 'Content-Type': 'text/plain' });
      res.end('Service unavailable');
      return;
    }
    const post = posts[path];
    if (req.method === 'POST' && post) {
      let body = '';
      for await (const chunk of req) body += chunk;
      const reply = post(body);
      res.writeHead(reply.status, { 'Content-Type': TYPES['.json']!, ...headers });
      res.end(JSON.stringify(reply.json));
      return;
    }
    if (path in overrides) {
      const value = overrides[path];
      res.writeHead(200, { 'Content-Type': typeof value === 'string' ? TYPES['.html']! : TYPES['.json']!, ...headers });
      res.end(typeof value === 'string' ? value : JSON.stringify(value));
      return;
    }
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    // close() alone waits for every open connection, and Chromium (or a service worker in it)
    // may hold one for ever: stop listening, then cut the connections still open.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function chromiumPath(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error('No Chromium found. On Debian: apt-get install chromium');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/**
 * A fresh browser context with bounded waits. Prefer `newPage(t, browser)`, which also closes it;
 * a context made here must be closed by its caller (e.g. in the `after` that matches a `before`).
 * tsx compiles these tests with esbuild's keepNames, which wraps named functions in
 * `__name(...)`; functions sent to `page.evaluate` then need it in the page too.
 */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  context.setDefaultTimeout(WAIT_TIMEOUT);
  context.setDefaultNavigationTimeout(WAIT_TIMEOUT);
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  return context;
}

/**
 * A fresh page in its own context, closed when the test `t` ends, whether it passed, failed or
 * timed out. (An open context keeps its service worker, and its connections, alive.)
 */
export async function newPage(t: TestContext, browser: Browser): Promise<Page> {
  const context = await newContext(browser);
  t.after(() => context.close());
  return context.newPage();
}

export interface Demo {
  server: DemoServer;
  browser: Browser;
}

/**
 * Serves the demo and launches Chromium before a file's tests (or a `describe`'s), and closes both
 * after. Options may be worked out first, e.g. a config read from disk and changed for the test.
 */
export function useDemo(options: ServeOptions | (() => Promise<ServeOptions>) = {}): Demo {
  const demo = {} as Demo;
  before(async () => {
    demo.server = await serveDemo(typeof options === 'function' ? await options() : options);
    demo.browser = await launchBrowser();
  }, { timeout: HOOK_TIMEOUT });
  after(async () => {
    await demo.browser?.close();
    await demo.server?.close();
  }, { timeout: HOOK_TIMEOUT });
  return demo;
}
