// The layers of DESIGN.md ("Shape of the code"), checked on every `npm test` (`npm run lint`).
// Each rule is one of DESIGN.md's "nevers"; its comment says why it matters.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment:
        'core/ holds the rules of the product as plain TypeScript: the widget and the inbox (Node) both import it. ' +
        'It never reaches elements, the element platform, shared views, journey state, words, styles or the inbox.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^(src/(elements|platform|views|state|i18n|styles|words)/|src/(events|index|elements)\\.ts$|server/)' },
    },
    {
      name: 'core-has-no-lit',
      comment: 'core.js ships without Lit or the localize runtime: core returns codes and data, and the UI turns them into words.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: 'node_modules/(lit|lit-html|lit-element|@lit/[^/]+)/' },
    },
    {
      name: 'server-imports-core-only',
      comment:
        'The inbox imports schemas and rules from core/ and nothing else of the widget: ' +
        'never elements, the platform, views, journey state, words or Lit.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^src/(?!core/)|node_modules/(lit|lit-html|lit-element|@lit/[^/]+)/' },
    },
    {
      name: 'words-have-no-lit',
      comment: 'words/ translates core codes with msg() and nothing else: no templates, no elements.',
      severity: 'error',
      from: { path: '^src/words/' },
      to: { path: '^src/(elements|platform|views|state|styles)/|node_modules/(lit|lit-html|lit-element)/' },
    },
    {
      name: 'shared-ui-knows-no-element',
      comment: 'The platform and shared templates serve every element; none of them knows a particular one.',
      severity: 'error',
      from: { path: '^src/(platform|views|state|words|styles)/' },
      to: { path: '^src/elements/' },
    },
    {
      name: 'state-is-not-ui',
      comment: "The journey's state is plain data and functions, shared through @lit/context; it draws nothing.",
      severity: 'error',
      from: { path: '^src/state/' },
      to: { path: '^src/(platform|views)/' },
    },
    {
      name: 'platform-is-not-templates',
      comment:
        'The element platform (base class, controllers, loading, focus, kiosk, its own frames) serves the views; ' +
        'the shared views (fields, dialogs, urgent contacts) may use it, never the other way round.',
      severity: 'error',
      from: { path: '^src/platform/' },
      to: { path: '^src/views/' },
    },
    {
      name: 'elements-keep-their-internals',
      comment:
        "An element uses another only through its public class module (<name>/<name>.ts) or its define.ts, never its internals: " +
        'what is internal can change freely.',
      severity: 'error',
      from: { path: '^src/elements/([^/]+)/' },
      to: {
        path: '^src/elements/',
        pathNot: ['^src/elements/$1/', '^src/elements/([^/]+)/(\\1|define)\\.ts$'],
      },
    },
    {
      name: 'first-render-without-zod',
      comment:
        'Elements draw their loading frame before zod and the schemas arrive (vite.config.ts: the checker chunk). ' +
        'The runtime may import their types, or load them with import(), but never a value.',
      severity: 'error',
      from: { path: '^src/(platform|views|styles|state|words|core/(text|net|vocabulary)|core/config/gather\\.ts|events\\.ts|i18n)' },
      to: {
        path: '^src/core/model/|node_modules/zod/|^src/core/config/resolve\\.ts$',
        dependencyTypesNot: ['type-only', 'dynamic-import'],
      },
    },
    {
      name: 'no-missing-modules',
      comment: 'An import that does not resolve is a typo or a dependency missing from package.json.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // The widget and the inbox: `depcruise .` checks both, whichever exist.
    includeOnly: { path: ['^src/', '^server/', 'node_modules/'] },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^src/i18n/generated/', '^test/', '^node_modules/\\.'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'browser', 'default'],
      extensions: ['.ts', '.js', '.json'],
    },
    moduleSystems: ['es6'],
  },
};
