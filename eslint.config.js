// The house rules a machine can check, run first in `npm test` (`npm run lint`). The layers
// themselves (what may import what) are checked by dependency-cruiser: .dependency-cruiser.cjs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

/** Globals that exist only in a browser page: core runs in Node too (the inbox), so it never touches them. */
const DOM_ONLY = ['window', 'document', 'customElements', 'localStorage', 'sessionStorage', 'location', 'navigator', 'HTMLElement', 'requestAnimationFrame', 'requestIdleCallback', 'getComputedStyle'].map(
  (name) => ({ name, message: 'core/ runs in Node as well as the browser: take what you need as an argument, or feature-test through globalThis.' }),
);

export default tseslint.config(
  {
    // What .gitignore leaves out (build output), generated locale modules, msw's worker, and the
    // deliberate breaches test/lint/ checks the rules against.
    ignores: ['dist/**', 'demo-dist/**', 'coverage/**', '.lit-localize/**', 'src/i18n/generated/**', 'demo/public/**', 'test/lint/fixtures/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.cjs', 'bench/*.mjs', 'bench/lib/*.mjs', 'bench/browser/*.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Types name outside data that zod has already checked; `any` would hide what it let through.
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Outside text is cleaned of control characters on purpose (directory names, hrefs).
      'no-control-regex': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'server/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      // A promise nobody awaits or catches is how an `import()` that fails turns into a blank box.
      // (Not in tests: chai's assertions look like promises to the type checker.)
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Text from a directory or a config is never HTML (DESIGN.md: no unsafeHTML).
      'lit/no-template-bind': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/no-value-attribute': 'error',
      'lit/attribute-value-entities': 'error',
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Directory and config text renders as text (DESIGN.md).' }] }],
      // Elements register through platform/define.ts, which tolerates a second copy of Waymark on the page.
      'wc/no-constructor-attributes': 'error',
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...DOM_ONLY],
    },
  },
  {
    // One lazy-load primitive: every import() sits inside lazy(), which shares the load and forgets
    // a failure so the next ask fetches afresh. The script tag's own loaders are the exception
    // (src/index.ts says why).
    files: ['src/**/*.ts'],
    ignores: ['src/index.ts', 'src/i18n/generated/**'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: 'ImportExpression:not(CallExpression[callee.name="lazy"] ImportExpression)',
        message: "Load code on demand through lazy(() => import('…')) from core/lazy.ts: one way to load, fail and try again.",
      }],
    },
  },
  {
    // node:test's describe() and it() return promises that the runner itself awaits.
    files: ['server/test/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  {
    // chai reads `expect(x).to.be.true` as a property access; it is an assertion.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    ignores: ['test/helpers/wait.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: '@open-wc/testing', importNames: ['waitUntil'], message: "Its 1 s default fails on a busy CI machine: import { waitUntil } from test/helpers/wait.ts." }],
      }],
    },
  },
  {
    // Benchmarks hand functions to page.evaluate(): they run in the page, with its globals.
    files: ['bench/**/*.mjs'],
    rules: { 'no-undef': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The inbox's one browser script, served as it is (no build).
    files: ['server/staff/assets/*.js'],
    languageOptions: {
      globals: Object.fromEntries(
        ['window', 'document', 'navigator', 'fetch', 'FormData', 'Element', 'CSS', 'setInterval', 'setTimeout', 'clearTimeout'].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
);
