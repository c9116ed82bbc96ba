// Component and core tests, in Debian's headless Chromium (see TOOLCHAIN.md).
import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const mockWorker = readFileSync(new URL('./demo/public/mockServiceWorker.js', import.meta.url), 'utf8');

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**', '!test/lint/**'],
  nodeResolve: {
    // msw's browser build, not its Node interceptors.
    exportConditions: ['browser', 'development'],
  },
  plugins: [
    // Legacy decorators come from tsconfig.json; es2022 keeps esbuild from leaving syntax Chromium lacks.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json', loaders: { '.json': 'json' } }),
  ],
  middleware: [
    // msw's service worker must be served from the root to control the test pages.
    (context, next) => {
      if (context.path === '/mockServiceWorker.js') {
        context.type = 'application/javascript';
        context.body = mockWorker;
        return undefined;
      }
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || undefined,
        args: [
          '--no-sandbox',
          '--disable-dev-shm-usage',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          // Tests wait on real timers (retry backoff, idle countdowns): never slow them down.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
      // Background tabs get no animation frames; a context per page keeps each one in front.
      createPage: async ({ browser }) => {
        const page = await (await browser.createBrowserContext()).newPage();
        // wtr itself says only "detached Frame" or "Target closed" when a page dies mid-run.
        page.on('error', (error) => console.error(`[wtr] a test page crashed: ${error.message}`));
        return page;
      },
    }),
  ],
  // wtr reuses a page for the next test file, and storage outlives the navigation: a referral one
  // file kept for "send it now" turned up in another file's form. Each file starts with none.
  testRunnerHtml: (testFramework) =>
    `<html><body><script>sessionStorage.clear(); localStorage.clear();</script><script type="module" src="${testFramework}"></script></body></html>`,
  // Lit's dev-mode banner says nothing about the code under test.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // Timeouts turn a hang into a named failure; they are not speed budgets (those live in
  // `npm run bench`). Sized for two busy cores, where keyboard-driven tests run 3 to 4 times
  // slower than on a quiet machine (`npm run test:stress`).
  // One test (mocha): a hung test fails by its name. A test may ask for more with this.timeout().
  testFramework: { config: { timeout: 20000 } },
  // One test file, from the page opening to its last result: catches a page that stops answering
  // (a loop that never yields, an import that never arrives), which cannot name its test. The
  // slowest file takes about 30 s under load. wtr then waits as long again to close the page, so
  // such a hang fails in about 4 minutes.
  testsFinishTimeout: 120000,
  // Opening a page, and loading a file's modules before its first test, on a busy machine.
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  // Two pages at once on two cores; each has its own browser context (above), so neither is a
  // background tab.
  concurrency: 2,
};
