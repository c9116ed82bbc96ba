/// <reference types="node" />
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The demo pages hold exactly what a site editor pastes: `<script type="module" src="/waymark.js">`
 * and elements. This plugin makes that script wait for the mock API (msw) to start, then serves
 * it from the source (`npm run demo`) or from the built bundle (`npm run build:demo`, used by the
 * end-to-end tests), so the tests drive what ships.
 */
// Set by `npm run demo` (scripts/demo.ts) to the inbox it started beside Vite.
const inbox = process.env.WAYMARK_DEMO_INBOX;
const SENDS_TO_INBOX = new Set(['/config/ashby-vale.json', '/config/kiosk.json']);

/**
 * With `npm run demo`, the practice and kiosk pages send referrals to the real inbox: their
 * configs are served with its address as the endpoint, and each page is told (a meta tag read by
 * the demo control). The static build (`npm run build:demo`) keeps the mock.
 */
function referralsToInbox(): Plugin {
  return {
    name: 'waymark-demo-inbox',
    apply: 'serve',
    configureServer(server) {
      if (!inbox) return;
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!;
        if (!SENDS_TO_INBOX.has(path)) return next();
        const config = JSON.parse(readFileSync(here(`public${path}`), 'utf8'));
        config.referral = { ...config.referral, endpoint: `${inbox}/referrals`, format: 'json' };
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify(config));
      });
    },
    // The index page's link to the staff screen points at the inbox that is really running.
    transformIndexHtml: (html) =>
      inbox ? html.replace('</head>', `<meta name="waymark-demo-inbox" content="${inbox}" />\n  </head>`).replaceAll('http://127.0.0.1:8787/inbox', `${inbox}/inbox`) : html,
  };
}

function waymarkWithMockApi(): Plugin {
  let command: 'serve' | 'build' = 'serve';
  return {
    name: 'waymark-demo',
    configResolved(config) {
      command = config.command;
    },
    resolveId(id) {
      if (id !== '/waymark.js') return null;
      return command === 'serve' ? here('../src/index.ts') : { id: '/waymark.js', external: true };
    },
    transformIndexHtml: {
      // Before Vite bundles the page's scripts, so boot.ts is bundled with it.
      order: 'pre',
      handler: (html) =>
        html.replace(
          /<script type="module" src="\/waymark\.js"><\/script>/,
          '<script type="module" src="/mocks/boot.ts"></script>',
        ),
    },
    closeBundle() {
      if (command !== 'build') return;
      const bundle = here('../dist/waymark.js');
      if (!existsSync(bundle)) throw new Error('Build the library first: npm run build');
      // The bundle and the language chunks it loads on demand, beside each other as they ship.
      cpSync(bundle, here('../demo-dist/waymark.js'));
      cpSync(here('../dist/chunks'), here('../demo-dist/chunks'), { recursive: true });
    },
  };
}

export default defineConfig({
  root: here('.'),
  publicDir: here('public'),
  plugins: [waymarkWithMockApi(), referralsToInbox()],
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    outDir: here('../demo-dist'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        index: here('index.html'),
        practice: here('practice.html'),
        charity: here('charity.html'),
        kiosk: here('kiosk.html'),
        'check-in': here('check-in.html'),
        privacy: here('privacy.html'),
        hostile: here('hostile.html'),
      },
    },
  },
});
