import { defineConfig } from 'vite';

// The shipped bundle: one ES module that registers every element, for a single script tag.
// The demo has its own config (demo/vite.config.ts); no mock code can reach this build.
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // public/ holds msw's worker for the demo; keep it out of what ships.
    copyPublicDir: false,
    sourcemap: true,
    minify: true,
    lib: {
      entry: { waymark: 'src/index.ts' },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
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
