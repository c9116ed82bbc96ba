/// <reference types="node" />
import { defineConfig } from 'vite';

/**
 * What ships. `dist/waymark.js` registers every element for a single script tag and loads each
 * one's code when its tag first appears; each element also has an entry of its own
 * (`dist/finder.js` …) for a page that needs only one; `elements.js` has the classes without
 * registering them and `core.js` the pure functions. Each is built on its own (scripts/build.ts
 * sets WAYMARK_ENTRY) into one module plus the chunks it loads on demand (elements, journey steps,
 * languages, FHIR, QR). The demo has its own config; no mock code is here.
 */
export const ENTRIES: Record<string, string> = {
  waymark: 'src/index.ts',
  elements: 'src/elements.ts',
  core: 'src/core.ts',
  journey: 'src/elements/journey/define.ts',
  goals: 'src/elements/goals/define.ts',
  finder: 'src/elements/finder/define.ts',
  plan: 'src/elements/plan/define.ts',
  'request-call': 'src/elements/request-call/define.ts',
  'urgent-help': 'src/elements/urgent-help/define.ts',
  'check-in': 'src/elements/check-in/define.ts',
};

const name = process.env.WAYMARK_ENTRY ?? 'waymark';

/**
 * What every element needs before it can draw anything (Lit, shared UI and state, gathering
 * config), kept in one chunk for the entries that load elements on demand: one request instead
 * of many small ones, and gzip sees it whole. Language, FHIR and QR code stay in chunks of their own.
 */
const RUNTIME = [
  /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/][a-z-]+)[\\/]/,
  /src[\\/](platform|views|styles|state|core[\\/](text|net|vocabulary))[\\/]/,
  /src[\\/](events|core[\\/]config[\\/]gather|i18n[\\/]localization|i18n[\\/]locale|i18n[\\/]generated[\\/](locale-codes|parts))\.ts$/,
];
// The autoloader is the script tag's own code: it must not pull in the runtime before any element is found.
const inRuntime = (id: string) => !/autoload\.ts$/.test(id) && RUNTIME.some((r) => r.test(id));
/**
 * The config checker: zod, the schemas, the config resolver and the words for setup problems. No element needs it to draw its
 * loading frame, so it is a chunk of its own, fetched beside the element (see platform/config-checker.ts).
 * No module in the runtime may import a value from it: that would put zod back before first render.
 */
const CHECKER = [/node_modules[\\/]zod[\\/]/, /src[\\/]core[\\/]model[\\/]/, /src[\\/]core[\\/]config[\\/]resolve\.ts$/, /src[\\/]words[\\/]problems\.ts$/];
const inChecker = (id: string) => CHECKER.some((r) => r.test(id));
const splitsElements = name === 'waymark' || name === 'journey';
const entry = ENTRIES[name];
if (!entry) throw new Error(`Unknown WAYMARK_ENTRY "${name}". Known: ${Object.keys(ENTRIES).join(', ')}`);

export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: name === 'waymark',
    // public/ holds msw's worker for the demo; keep it out of what ships.
    copyPublicDir: false,
    sourcemap: true,
    minify: true,
    lib: {
      entry: { [name]: entry },
      formats: ['es'],
      fileName: (_format, chunk) => `${chunk}.js`,
    },
    rolldownOptions: {
      output: {
        // Library mode keeps whitespace by default; measure and ship what is fully minified.
        minify: true,
        codeSplitting: splitsElements ? { groups: [{ name: 'runtime', test: inRuntime }, { name: 'checker', test: inChecker }] } : undefined,
        // Name chunks so a network panel reads well: an element after its tag, a language part
        // after its language and part (e.g. cy-finder); the rest after their main module.
        chunkFileNames: (chunk) => {
          const id = chunk.facadeModuleId ?? '';
          const element = /elements[\\/]([^/\\]+)[\\/]define\.ts$/.exec(id)?.[1];
          if (element) return `chunks/waymark-${element}-[hash].js`;
          if (/core[\\/]config[\\/]resolve\.ts$/.test(id)) return 'chunks/checker-[hash].js';
          const language = /i18n[\\/]generated[\\/]([a-z]{2,3})[\\/]([a-z-]+)\.ts$/.exec(id);
          if (language) return `chunks/${language[1]}-${language[2]}-[hash].js`;
          return 'chunks/[name]-[hash].js';
        },
      },
    },
  },
});
