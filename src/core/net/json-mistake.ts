// Browsers word a JSON.parse error their own way, and some (Safari) give no position at all. A
// site editor fixing a config or a directory file by hand needs the line and column, and the
// usual mistakes named: a comma before a closing bracket, a missing comma, names without double
// quotes, a web page where a JSON file was meant to be. This finds the first mistake itself. The
// words are English, like the browser's own message they replace: they travel as a problem's
// detail, to the console and the editor's list.

export type JsonMistakeCode = 'trailing-comma' | 'missing-comma' | 'missing-colon' | 'quotes' | 'ends-early' | 'unexpected' | 'web-page' | 'after-end';

export interface JsonMistake {
  /** 1-based, as an editor numbers them. */
  line: number;
  column: number;
  code: JsonMistakeCode;
}

class Stop {
  constructor(
    readonly at: number,
    readonly code: JsonMistakeCode,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrt';

/** The first mistake in `text` as JSON, or `undefined` when it is valid JSON. */
export function findJsonMistake(text: string): JsonMistake | undefined {
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  const fail = (code: JsonMistakeCode): never => {
    throw new Stop(i, i >= text.length && code !== 'after-end' ? 'ends-early' : code);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = () => {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) fail('ends-early');
      if (c === '"') return void i++;
      if (c! < ' ') fail('unexpected');
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && ESCAPES.includes(e)) i += 2;
        else {
          i++;
          fail('unexpected');
        }
      } else i++;
    }
  };
  const list = (close: '}' | ']', item: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      space();
      if (text[i] === close) fail('trailing-comma');
      item();
      space();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === close) return void i++;
      fail('missing-comma');
    }
  };
  const member = () => {
    if (text[i] !== '"') fail(/["'A-Za-z_$]/.test(text[i] ?? '') ? 'quotes' : 'unexpected');
    string();
    space();
    if (text[i] !== ':') fail('missing-colon');
    i++;
    value();
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') return list('}', member);
    if (c === '[') return list(']', value);
    if (c === '"') return string();
    if (c === "'") fail('quotes');
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return void (i = NUMBER.lastIndex);
    for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return void (i += word.length);
    fail(c === '<' && i === 0 ? 'web-page' : 'unexpected');
  };
  try {
    value();
    space();
    if (i < text.length) fail('after-end');
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ...lineAndColumn(text, Math.min(error.at, text.length)), code: error.code };
  }
}

function lineAndColumn(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - (before.lastIndexOf('\n') + 1) + 1 };
}

/** What is wrong, for the site editor: "line 3, column 5: a comma is missing between two items". */
export function jsonMistakeText(mistake: JsonMistake): string {
  return `line ${mistake.line}, column ${mistake.column}: ${MISTAKE_WORDS[mistake.code]}`;
}

const MISTAKE_WORDS: Record<JsonMistakeCode, string> = {
  'trailing-comma': 'there is a comma before a closing bracket: take it out',
  'missing-comma': 'a comma is missing between two items',
  'missing-colon': 'a colon (:) is missing after a name',
  quotes: 'names and text need "double quotes"',
  'ends-early': 'the file ends too soon: a bracket or quote is not closed',
  unexpected: 'this character is not allowed here',
  'web-page': 'this is a web page, not a JSON file: check the address',
  'after-end': 'there is more after the end of the JSON',
};
