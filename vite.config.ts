/// <reference types="node" />
import { defineConfig } from 'vite';

/**
 * What ships. `dist/waymark.js` registers every element for a single script tag; each element
 * also has an entry of its own (`dist/finder.js` …) for a page that needs only one. Each is built
 * on its own (scripts/build.ts sets WAYMARK_ENTRY), so every entry is one self-contained module
 * plus the language chunks it loads on demand. The demo has its own config; no mock code is here.
 */
export const ENTRIES: Record<string, string> = {
  waymark: 'src/index.ts',
  journey: 'src/elements/journey/define.ts',
  goals: 'src/elements/goals/define.ts',
  finder: 'src/elements/finder/define.ts',
  plan: 'src/elements/plan/define.ts',
  'request-call': 'src/elements/request-call/define.ts',
  'urgent-help': 'src/elements/urgent-help/define.ts',
};

const name = process.env.WAYMARK_ENTRY ?? 'waymark';
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
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
