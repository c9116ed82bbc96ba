/// <reference types="node" />
// Every English UI string, found the way translators get them: @lit/localize-tools reads
// lit-localize.json and the TypeScript program, and knows a msg() call by its type, so an alias
// or a re-export cannot hide one. We walk the same program with the same functions so that each
// call site is kept (lit-localize folds equal texts into one), with the file it lives in.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { extractTemplate, isMsgCall } from '@lit/localize-tools/lib/program-analysis.js';
import type { Config } from '@lit/localize-tools/lib/types/config.js';
import type { RuntimeOutputConfig } from '@lit/localize-tools/lib/types/modes.js';
import { STAND_IN } from './rules.ts';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');

export interface UiMessage {
  /** The English text with each placeholder as the stand-in word. */
  text: string;
  /** The text as written in the source, placeholders included, for the report. */
  source: string;
  /** Path from the repository root. */
  file: string;
  line: number;
  /** Why this message is for website editors only, or null when the public sees it. */
  editorOnly: string | null;
}

/**
 * Files whose every message is a setup problem for the website editor (src/words/problems.ts words them all): the zod issue wording,
 * reading config from attributes, script and URL, and the checks on a service's own
 * questionnaire. These name JSON paths and types on purpose, and are shown under
 * "For the website editor" and in the console, never as the public's text.
 */
export const EDITOR_FILES = ['src/words/problems.ts'];

/** The heading over the list of setup problems names who it is for. */
const EDITOR_HEADING = /^For the website editor:/;

function readConfig(): Config & { output: RuntimeOutputConfig } {
  const file = path.join(ROOT, 'lit-localize.json');
  return {
    ...JSON.parse(readFileSync(file, 'utf8')),
    baseDir: ROOT,
    resolve: (p: string) => path.resolve(ROOT, p),
  };
}

function propertyName(property: ts.ObjectLiteralElementLike): string | undefined {
  const name = property.name;
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
}

/** Does this call's value become the `message` of a `{ path, message }` problem? */
function isProblemMessage(call: ts.Node): boolean {
  let node: ts.Node = call;
  // Climb through `a ? msg(...) : msg(...)` and brackets to the value's owner.
  while (ts.isConditionalExpression(node.parent) || ts.isParenthesizedExpression(node.parent)) node = node.parent;
  const owner = node.parent;
  if (!ts.isPropertyAssignment(owner) || propertyName(owner) !== 'message') return false;
  return owner.parent.properties.some((p) => propertyName(p) === 'path');
}

function editorReason(file: string, text: string, call: ts.Node): string | null {
  const inFile = EDITOR_FILES.find((f) => (f.endsWith('/') ? file.startsWith(f) : file === f));
  if (inFile) return `setup problem wording (${inFile})`;
  if (isProblemMessage(call)) return 'the message of a { path, message } setup problem';
  if (EDITOR_HEADING.test(text)) return 'addressed to the website editor';
  return null;
}

export interface Extraction {
  messages: UiMessage[];
  /** lit-localize's own diagnostics: a msg() call it cannot extract, or one id with two texts. */
  errors: string[];
  /** How many distinct messages lit-localize would write to the XLIFF files. */
  distinct: number;
  /** How many distinct English texts those are: plural forms share a text under ids of their own. */
  distinctTexts: number;
}

export function extractUiMessages(): Extraction {
  const localizer = new RuntimeLitLocalizer(readConfig());
  const { messages: distinct, errors } = localizer.extractSourceMessages();
  // `program` is protected in the typings; it is the very program lit-localize just analysed.
  const program = (localizer as unknown as { program: ts.Program }).program;
  const checker = program.getTypeChecker();
  const messages: UiMessage[] = [];

  for (const sourceFile of program.getSourceFiles()) {
    const file = path.relative(ROOT, sourceFile.fileName);
    if (file.startsWith('..') || file.includes('node_modules')) continue;
    const visit = (node: ts.Node): void => {
      if (isMsgCall(node, checker) && node.arguments[0]) {
        const extracted = extractTemplate(node.arguments[0], sourceFile, checker);
        if (extracted.result) {
          const parts = extracted.result.contents;
          const text = parts
            .map((part) => (typeof part === 'string'
              ? part
              // Markup from html`` carries no words; each ${...} is a value we cannot know.
              : part.untranslatable.replace(/<[^>]*>/g, ' ').replace(/\$\{[^}]*\}/g, STAND_IN)))
            .join('');
          const source = parts.map((part) => (typeof part === 'string' ? part : part.untranslatable)).join('');
          messages.push({
            text,
            source,
            file,
            line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1,
            editorOnly: editorReason(file, text, node),
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return {
    messages,
    errors: errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    distinct: distinct.length,
    distinctTexts: new Set(distinct.map((m) => JSON.stringify(m.contents))).size,
  };
}
