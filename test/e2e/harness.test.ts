/// <reference types="node" />
// The harness keeps its promises (nothing a test opens outlives it), and every node:test file in
// the repository keeps to its pattern (every test and hook has a timeout), so no test can hang CI.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { launchBrowser, newPage, serveDemo, TEST_TIMEOUT } from './harness.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SKIP = new Set(['node_modules', '.git', 'dist', 'demo-dist']);

/** Every `*.test.ts` file in the repository that runs on node:test. */
function nodeTestFiles(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : nodeTestFiles(path);
    return entry.name.endsWith('.test.ts') && readFileSync(path, 'utf8').includes("from 'node:test'") ? [path] : [];
  });
}

const TESTS = new Set(['it', 'test']);
const HOOKS = new Set(['before', 'after', 'beforeEach', 'afterEach']);
const SUITES = new Set(['describe', 'suite']);

/**
 * Calls of `it`/`test` and of the hooks with no `timeout`, their own or an enclosing `describe`'s,
 * as "file:line it(…)". Options come second either way: it(name, options, fn), before(fn, options).
 */
function callsWithoutTimeout(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const missing: string[] = [];
  const hasTimeout = (arg: ts.Expression | undefined) =>
    !!arg && ts.isObjectLiteralExpression(arg) && arg.properties.some((p) => p.name?.getText(source) === 'timeout');
  const visit = (node: ts.Node, bounded: boolean): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const name = node.expression.text;
      const own = hasTimeout(node.arguments[1]);
      if (SUITES.has(name) && own) bounded = true;
      if ((TESTS.has(name) || HOOKS.has(name)) && !own && !bounded) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        const first = node.arguments[0]?.getText(source).split('\n')[0]!.slice(0, 60) ?? '';
        missing.push(`${relative(ROOT, file)}:${line} ${name}(${first}…)`);
      }
    }
    ts.forEachChild(node, (child) => visit(child, bounded));
  };
  visit(source, false);
  return missing;
}

describe('the e2e harness', () => {
  it('every node:test test and hook in the repository has a timeout, its own or its suite\'s, so a hang fails by name', { timeout: TEST_TIMEOUT }, () => {
    const files = nodeTestFiles();
    assert.ok(files.some((f) => f.endsWith('third-party.test.ts')), `found the e2e files (${files.length})`);
    assert.deepEqual(files.flatMap((f) => callsWithoutTimeout(f)), [], 'give each one { timeout: TEST_TIMEOUT } (or HOOK_TIMEOUT) from test/e2e/harness.ts');
  });

  it('the timeout check notices a test without one (so a clean run means something)', { timeout: TEST_TIMEOUT }, () => {
    const file = join(ROOT, 'test/e2e/example.test.ts');
    const text = [
      "describe('a suite', () => {",
      '  before(async () => {}, { timeout: HOOK_TIMEOUT });',
      '  after(async () => {});',
      "  it('has one', { timeout: TEST_TIMEOUT }, async () => {});",
      "  it('has none', async () => {});",
      "  it('has other options', { skip: false }, () => {});",
      '});',
      "describe('a bounded suite', { timeout: 20_000 }, () => {",
      "  it('is bounded by its suite', () => {});",
      '});',
    ].join('\n');
    assert.deepEqual(callsWithoutTimeout(file, text), [
      'test/e2e/example.test.ts:3 after(async () => {}…)',
      "test/e2e/example.test.ts:5 it('has none'…)",
      "test/e2e/example.test.ts:6 it('has other options'…)",
    ]);
  });

  it('a demo server closes at once even while a client holds a connection open mid-request', { timeout: TEST_TIMEOUT }, async () => {
    const server = await serveDemo();
    const { port } = new URL(server.origin);
    const socket = connect(Number(port), '127.0.0.1');
    socket.on('error', () => undefined);
    await new Promise((resolve) => socket.once('connect', resolve));
    // Headers begun but never finished: close() alone would wait for this until Node's 60 s
    // headersTimeout, and for ever for a connection kept busy.
    socket.write('GET /practice.html HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await server.close();
    assert.ok(Date.now() - started < 2000, `closed in ${Date.now() - started} ms`);
    socket.destroy();
  });

  it('a page from newPage() has its context closed when its test ends', { timeout: TEST_TIMEOUT }, async (t) => {
    const browser = await launchBrowser();
    t.after(() => browser.close());
    let closed = false;
    await t.test('a test that opens a page', { timeout: TEST_TIMEOUT }, async (inner) => {
      const page = await newPage(inner, browser);
      page.context().on('close', () => (closed = true));
      assert.equal(browser.contexts().length, 1);
    });
    assert.equal(closed, true, 'the context was closed');
    assert.equal(browser.contexts().length, 0);
  });
});
