// Developer aid, not run by `npm run bench`: profiles one phase of a bench entry in Chromium and
// prints the functions that take the most time.
// Usage: node bench/lib/profile.mjs bench/browser/directory.ts index   (phases run in order up to it)
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const entry = process.argv[2] ?? 'bench/browser/directory.ts';
const phase = process.argv[3] ?? 'index';
const out = await build({ entryPoints: [entry], bundle: true, format: 'esm', target: 'es2022', write: false, loader: { '.json': 'json' }, logLevel: 'warning' });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--js-flags=--expose-gc'] });
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await page.setContent('<!doctype html><title>profile</title>');
await page.addScriptTag({ content: out.outputFiles[0].text, type: 'module' });
await page.waitForFunction(() => window.__benchResult !== undefined, null, { timeout: 120000 });
const phases = await page.evaluate(() => Object.keys(window.__bench));
for (const p of phases.slice(0, phases.indexOf(phase))) await page.evaluate((n) => window.__bench[n](), p);
await cdp.send('Profiler.start');
console.log(phase, await page.evaluate((n) => JSON.stringify(window.__bench[n]()), phase));
const { profile } = await cdp.send('Profiler.stop');
await browser.close();

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const time = new Map();
profile.samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const self = new Map();
const inclusive = new Map();
for (const [id, t] of time) {
  const name = (n) => `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber}`;
  self.set(name(byId.get(id)), (self.get(name(byId.get(id))) ?? 0) + t);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = name(byId.get(cur));
    if (!seen.has(k)) inclusive.set(k, (inclusive.get(k) ?? 0) + t), seen.add(k);
  }
}
const top = (m, title) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(v / 1000).toFixed(1).padStart(8)} ms  ${k}`);
};
top(self, 'self time');
top(inclusive, 'inclusive time');
