/// <reference types="node" />
// Splits each language into one module per element plus `common`, so a page with only the finder
// downloads only the finder's messages and the shared ones (src/i18n/localization.ts loads them).
//
// A message belongs to an element's part when that element alone can reach a file that uses it;
// when two or more can, or none, it is in `common`. "Reach" follows every import, static or
// `import()`, but stops at another element's class module: that element, once on the page, loads
// its own part (the journey's steps are such elements). Every element's messages are therefore in
// `common` or its own part; the script checks this and fails if not.
//
// Run after `lit-localize build` (npm run build does both). The strings are written the way
// lit-localize's runtime mode writes them, from the same XLIFF, with English where a translation
// is missing; when lit-localize's own output is in its scratch directory we compare against it.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { build, transform, type Plugin } from 'esbuild';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { applyPatches } from '@lit/localize-tools/lib/patches.js';
import { extractOptions, extractTemplate, generateMsgIdFromAstNode, isMsgCall } from '@lit/localize-tools/lib/program-analysis.js';
import { escapeTextContentToEmbedInTemplateLiteral, parseStringAsTemplateLiteral } from '@lit/localize-tools/lib/typescript.js';
import type { Message, Placeholder, ProgramMessage } from '@lit/localize-tools/lib/messages.js';
import type { RuntimeOutputConfig } from '@lit/localize-tools/lib/types/modes.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const OUT = 'src/i18n/generated';

/** Each public element's class module; the class declares the same name in `static messages`. */
const ELEMENTS = {
  'urgent-help': 'src/elements/urgent-help/urgent-help.ts',
  goals: 'src/elements/goals/goals.ts',
  finder: 'src/elements/finder/finder.ts',
  plan: 'src/elements/plan/plan.ts',
  'request-call': 'src/elements/request-call/request-call.ts',
  journey: 'src/elements/journey/journey.ts',
  'check-in': 'src/elements/check-in/check-in.ts',
} as const;
type Element = keyof typeof ELEMENTS;

/**
 * Words elements show only on some services or to some people, in a part of their own so that
 * each part stays within budget and a page that never shows them never downloads them. A message
 * goes here when only these elements can reach it and every file that uses it is listed; each
 * element loads the part itself (`useMessages`) when it may show them.
 */
const OPTIONAL = {
  // "Can we ask how you are getting on?": only when the service sends check-ins (followUp).
  'request-call-check-in': { elements: ['request-call'], files: ['src/elements/request-call/follow-up.ts'] },
  // "Print a booklet": only when someone asks the finder for one.
  'finder-booklet': { elements: ['finder'], files: ['src/elements/finder/booklet.ts', 'src/words/booklet.ts'] },
  // Places to get help with work (the service's list or Waymark's UK one): the finder shows them
  // when no employment support is in reach, the check-in when it offers help with work.
  'work-support': { elements: ['finder', 'check-in'], files: ['src/views/work-support.ts', 'src/words/work-support.ts'] },
} as const satisfies Record<string, { elements: readonly Element[]; files: readonly string[] }>;
type Optional = keyof typeof OPTIONAL;
type Part = Element | Optional | 'common';

/**
 * A part with fewer messages than this goes into `common`: a request of its own costs more than
 * a few strings in every page's `common` (urgent help has one message of its own).
 */
const MERGE_BELOW = 10;
/** The project's budget for one language chunk, minified and gzipped (bench/bundle.bench.mjs). */
const BUDGET = 6 * 1024;

const fail = (message: string): never => {
  console.error(`split-locales: ${message}`);
  process.exit(1);
};

const config = readConfigFileAndWriteSchema(path.join(ROOT, 'lit-localize.json'));
if (config.output.mode !== 'runtime') fail('lit-localize.json must use output.mode "runtime"');
const output = config.output as RuntimeOutputConfig;
if (path.resolve(ROOT, output.outputDir) === path.resolve(ROOT, OUT)) {
  fail(`lit-localize.json writes whole languages into ${OUT}; point output.outputDir at its scratch directory`);
}
const localizer = new RuntimeLitLocalizer(config as never);

// The messages, as lit-localize extracts them (one per id, equal texts folded together).
const { messages: canon, errors } = localizer.extractSourceMessages();
if (errors.length) fail(ts.formatDiagnostics(errors, ts.createCompilerHost({})));
const canonById = new Map(canon.map((m) => [m.name, m]));

// Folding keeps one file per id; a shared text needs every file that uses it, so walk each call.
const filesById = new Map<string, Set<string>>();
{
  // `program` is protected in the typings; it is the very program lit-localize just analysed.
  const program = (localizer as unknown as { program: ts.Program }).program;
  const checker = program.getTypeChecker();
  for (const sourceFile of program.getSourceFiles()) {
    const file = path.relative(ROOT, sourceFile.fileName);
    if (file.startsWith('..') || file.includes('node_modules')) continue;
    const visit = (node: ts.Node): void => {
      if (isMsgCall(node, checker) && node.arguments[0]) {
        const template = extractTemplate(node.arguments[0], sourceFile, checker).result;
        const options = extractOptions(node.arguments[1], sourceFile).result;
        if (template && options) {
          const id = options.id ?? generateMsgIdFromAstNode(template.template, template.tag === 'html');
          if (!filesById.has(id)) filesById.set(id, new Set());
          filesById.get(id)!.add(file);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
}
for (const m of canon) if (!filesById.has(m.name)) fail(`message ${m.name} (${m.file.fileName}) has no call site`);
for (const id of filesById.keys()) if (!canonById.has(id)) fail(`call site for ${id} that lit-localize did not extract`);

/** The source files each element can reach (see the top of this file). */
async function reachable(element: Element): Promise<Set<string>> {
  const entry = ELEMENTS[element];
  // Generated modules hold no msg() calls, and may be stale or missing while we rewrite them.
  const generated: Plugin = {
    name: 'generated-is-external',
    setup: (b) => b.onResolve({ filter: /\/generated\// }, (args) => ({ path: args.path, external: true })),
  };
  const { metafile } = await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    tsconfig: 'tsconfig.json',
    outdir: 'split-locales-out',
    logLevel: 'error',
    plugins: [generated],
  });
  const others = new Set<string>(Object.values(ELEMENTS).filter((e) => e !== entry));
  const seen = new Set<string>();
  const stack: string[] = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const next of metafile.inputs[file]?.imports ?? []) {
      if (!next.external && !others.has(next.path)) stack.push(next.path);
    }
  }
  return seen;
}

const elements = Object.keys(ELEMENTS) as Element[];
const reach = new Map<Element, Set<string>>();
for (const element of elements) reach.set(element, await reachable(element));

/** The elements that can reach a message. */
const reachers = (id: string): Element[] =>
  elements.filter((e) => [...filesById.get(id)!].some((file) => reach.get(e)!.has(file)));

const partOf = new Map<string, Part>();
for (const { name } of canon) {
  const by = reachers(name);
  partOf.set(name, by.length === 1 ? by[0]! : 'common');
}
const merged: Element[] = elements.filter((e) => [...partOf.values()].filter((p) => p === e).length < MERGE_BELOW);
for (const [id, part] of partOf) if ((merged as Part[]).includes(part)) partOf.set(id, 'common');
const optionals = Object.keys(OPTIONAL) as Optional[];
for (const optional of optionals) {
  const { elements: by, files } = OPTIONAL[optional];
  const mine = (e: Element) => (by as readonly Element[]).includes(e);
  for (const [id] of partOf) {
    if (reachers(id).every(mine) && [...filesById.get(id)!].every((file) => (files as readonly string[]).includes(file))) partOf.set(id, optional);
  }
  if (![...partOf.values()].includes(optional)) fail(`the ${optional} part is empty: ${files.join(', ')} holds no message of ${by.join(' and ')} alone`);
}
const parts: Part[] = ['common', ...elements.filter((e) => !merged.includes(e)), ...optionals];
/** The parts an element may find its messages in. */
const partsOf = (element: Element): Part[] => ['common', element, ...optionals.filter((o) => (OPTIONAL[o].elements as readonly Element[]).includes(element))];

// The point of it all: an element loads `common` and its own part, so that must be enough.
for (const element of elements) {
  for (const { name, file } of canon) {
    if (!reachers(name).includes(element)) continue;
    const part = partOf.get(name)!;
    if (!partsOf(element).includes(part)) {
      fail(`<waymark-${element}> can reach message ${name} (${path.relative(ROOT, file.fileName)}) but it is in the ${part} part`);
    }
  }
}

// Each class names its own part; a copied line naming another element would load the wrong one.
for (const element of elements) {
  const source = readFileSync(path.join(ROOT, ELEMENTS[element]), 'utf8');
  if (!new RegExp(`static override messages = '${element}'`).test(source)) {
    fail(`${ELEMENTS[element]} must declare \`protected static override messages = '${element}' as const;\``);
  }
}

/**
 * A message as a template literal, as lit-localize's runtime mode writes it (modes/runtime.js,
 * makeMessageString, which is not exported): each placeholder's expressions become `${index}`
 * into the source's values, since a translation may reorder them.
 */
function messageString(contents: Message['contents'], source: ProgramMessage): string {
  const key = (placeholder: Placeholder, relative: number) => JSON.stringify([placeholder.index, relative]);
  const order = new Map<string, number>();
  let absolute = 0;
  for (const content of source.contents) {
    if (typeof content === 'string') continue;
    const template = parseStringAsTemplateLiteral(content.untranslatable);
    if (ts.isNoSubstitutionTemplateLiteral(template)) continue;
    for (let i = 0; i < template.templateSpans.length; i++) order.set(key(content, i), absolute++);
  }
  const fragments: string[] = [];
  for (const content of contents) {
    if (typeof content === 'string') {
      fragments.push(escapeTextContentToEmbedInTemplateLiteral(content));
      continue;
    }
    const template = parseStringAsTemplateLiteral(content.untranslatable);
    if (ts.isNoSubstitutionTemplateLiteral(template)) {
      fragments.push(template.text);
      continue;
    }
    fragments.push(template.head.text);
    template.templateSpans.forEach((span, i) => fragments.push(`\${${order.get(key(content, i))}}`, span.literal.text));
  }
  return `${source.tag ?? ''}\`${fragments.join('')}\``;
}

function partModule(entries: { id: string; text: string; tag: ProgramMessage['tag'] }[]): string {
  const imports = [
    entries.some((e) => e.tag === 'html') ? "import {html} from 'lit';\n" : '',
    entries.some((e) => e.tag === 'str') ? "import {str} from '@lit/localize';\n" : '',
  ].join('');
  return `// Do not modify this file by hand!
// Re-generate it with \`npm run build\` (lit-localize build, then scripts/split-locales.ts).
${imports ? `\n${imports}` : ''}
/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
${entries.map((e) => `'${e.id}': ${e.text},`).join('\n')}
};
`;
}

localizer.assertTranslationsAreValid();
const { translations } = localizer.readTranslationsSync();
const scratch = path.resolve(ROOT, output.outputDir);
const sizes: string[] = [];
let overBudget = false;

for (const locale of config.targetLocales) {
  const translated = new Map((translations.get(locale) ?? []).map((m) => [m.name, m]));
  const missing = canon.filter((m) => !translated.has(m.name));
  if (missing.length) console.warn(`split-locales: ${locale} is missing ${missing.length} translation(s), English is used: ${missing.map((m) => m.name).join(', ')}`);
  const entries = [...canon]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((m) => {
      const text = applyPatches(config.patches ?? {}, locale, m.name, messageString((translated.get(m.name) ?? m).contents, m));
      return { id: m.name, text, tag: m.tag, part: partOf.get(m.name)! };
    });

  // lit-localize's own module for this language must hold exactly these entries.
  const whole = path.join(scratch, `${locale}.ts`);
  if (existsSync(whole)) {
    const theirs = readFileSync(whole, 'utf8');
    const count = [...theirs.matchAll(/^\s*'[^'\n]+': /gm)].length;
    const differ = entries.filter((e) => !theirs.includes(`'${e.id}': ${e.text},`));
    if (count !== entries.length || differ.length) {
      fail(`${locale}: ${differ.length} message(s) differ from lit-localize's ${path.relative(ROOT, whole)} (${count} there, ${entries.length} here): ${differ.map((e) => e.id).slice(0, 5).join(', ')}`);
    }
  }

  const dir = path.join(ROOT, OUT, locale);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const part of parts) {
    const module = partModule(entries.filter((e) => e.part === part));
    writeFileSync(path.join(dir, `${part}.ts`), module);
    const minified = (await transform(module, { loader: 'ts', minify: true, format: 'esm' })).code;
    const gzip = gzipSync(minified, { level: 9 }).length;
    overBudget ||= gzip > BUDGET;
    sizes.push(`${locale}/${part}: ${entries.filter((e) => e.part === part).length} messages, ${(gzip / 1024).toFixed(1)} KB gzip${gzip > BUDGET ? ' OVER BUDGET' : ''}`);
  }
}

const key = (name: string) => (/^[a-z]+$/.test(name) ? name : `'${name}'`);
const partsModule = `// Do not modify this file by hand!
// Re-generate it with \`npm run build\` (lit-localize build, then scripts/split-locales.ts).
import type { LocaleModule } from '@lit/localize';
import type { targetLocales } from './locale-codes.ts';

/**
 * Whose messages: each element declares its own part (\`static messages\`) and loads it with \`common\`;
 * ${optionals.map((o) => `\`${o}\``).join(', ')} ${optionals.length === 1 ? 'is' : 'are'} loaded by ${[...new Set(optionals.flatMap((o) => OPTIONAL[o].elements))].join(', ')} only when it may show them.
 */
export type MessagePart = 'common' | ${[...elements, ...optionals].map((e) => `'${e}'`).join(' | ')};

/**
 * One chunk per language and part; static specifiers, so the bundler makes each its own file.
 * A part with no chunk (${merged.length ? merged.join(', ') : 'none now'}) has too few messages of its own: they are in \`common\`.
 */
export const loaders: Record<(typeof targetLocales)[number], Partial<Record<MessagePart, () => Promise<LocaleModule>>>> = {
${config.targetLocales
  .map((locale) => `  ${key(locale)}: {\n${parts.map((p) => `    ${key(p)}: () => import('./${locale}/${p}.ts'),`).join('\n')}\n  },`)
  .join('\n')}
};
`;
writeFileSync(path.join(ROOT, OUT, 'parts.ts'), partsModule);

console.log(`split-locales: ${canon.length} messages into ${parts.join(', ')}${merged.length ? ` (${merged.join(', ')} in common)` : ''}`);
for (const line of sizes) console.log(`  ${line}`);
if (overBudget) console.warn(`split-locales: a chunk is over the ${BUDGET / 1024} KB gzip budget`);
