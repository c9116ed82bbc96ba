// Bundles a TypeScript entry with esbuild and runs it in a fresh headless Chromium page.
// The entry reports by setting `window.__benchResult`; this returns that value.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));

function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser || command -v google-chrome'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROME_PATH.');
  }
}

/** Minified production bundle, as a site would ship it (no Lit dev mode, no source maps). */
export async function bundle(entry) {
  const out = await build({
    entryPoints: [new URL(entry, `file://${root}/`).pathname],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    loader: { '.json': 'json' },
    tsconfig: `${root}/tsconfig.json`,
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
    logLevel: 'warning',
  });
  return out.outputFiles[0].text;
}

export class BrowserRunner {
  #browser;

  async #launch() {
    this.#browser ??= await chromium.launch({
      executablePath: chromiumPath(),
      // --expose-gc lets a bench start each measurement from a clean heap (`globalThis.gc?.()`),
      // so garbage left by setting up the test data is not billed to the code under test.
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run', '--js-flags=--expose-gc'],
    });
    return this.#browser;
  }

  /** Runs bundled code in a new page of its own context (a cold start, as a first visit is). */
  async run(code, { timeoutMs = 120000 } = {}) {
    const page = await this.open(code, { timeoutMs });
    try {
      return await page.evaluate(() => window.__benchResult);
    } finally {
      await page.close();
    }
  }

  /**
   * Opens a fresh page running `code` and waits for it to set `window.__benchResult`. Returns
   * `call(name)`, which runs `window.__bench[name]()` and gives its result with the main
   * thread's CPU time (`cpuMs`): on a shared machine, CPU time is steadier than the clock.
   */
  async open(code, { timeoutMs = 120000 } = {}) {
    const browser = await this.#launch();
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const threadMs = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
    };
    await page.setContent('<!doctype html><meta charset="utf-8"><title>bench</title>');
    await page.addScriptTag({ content: code, type: 'module' });
    await page.waitForFunction(() => window.__benchResult !== undefined, null, { timeout: timeoutMs, polling: 100 }).catch((e) => {
      throw errors[0] ?? e;
    });
    if (errors.length) throw errors[0];
    return {
      evaluate: (fn) => page.evaluate(fn),
      async call(name) {
        const before = await threadMs();
        const result = await page.evaluate((n) => window.__bench[n](), name);
        const cpuMs = (await threadMs()) - before;
        if (errors.length) throw errors[0];
        return { ...result, cpuMs };
      },
      close: () => context.close(),
    };
  }

  async close() {
    await this.#browser?.close();
  }
}
