// Text helpers for directory data: turning feed HTML into plain text, and folding text for search.

const BLOCK_END = /<\/(p|div|li|h[1-6]|tr|blockquote)\s*>|<br\s*\/?>/gi;
const DROP_WHOLE = /<(script|style|template|iframe|object|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<\/?[a-z!?][^>]*>/gi;
const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', pound: '£', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…' };

function decodeEntity(whole: string, body: string): string {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    // Control characters and lone surrogates are dropped rather than decoded.
    return code > 31 && code < 0x110000 && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '';
  }
  return NAMED[body.toLowerCase()] ?? whole;
}

/**
 * Open Referral descriptions "can contain markup such as HTML or Markdown". Waymark never renders
 * feed HTML: tags become line breaks or nothing, entities become characters, and the result is
 * plain text that the element renders as text (so even a decoded "<script>" stays harmless text).
 */
export function htmlToText(input: string): string {
  if (!/[<&]/.test(input)) return tidy(input);
  const text = input
    .replace(DROP_WHOLE, ' ')
    .replace(BLOCK_END, '\n')
    .replace(TAG, '')
    .replace(ENTITY, decodeEntity);
  return tidy(text);
}

/** Collapses runs of spaces, keeps single line breaks between paragraphs. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\t \u00a0]+/g, ' ').trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim();
}

const MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘`]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

// Plain ASCII, plus the curly apostrophes word processors put in "don’t": the fast path.
const NOT_PLAIN = /[^\x00-\x7f\u2018\u2019]/;

/** Lower case, accents off ("Café" → "cafe"), apostrophes out ("carers'" → "carers"). */
export function fold(text: string): string {
  // Unicode normalisation is the slow part: skip it for plain text, which most directory text is.
  if (!NOT_PLAIN.test(text)) return text.toLowerCase().replace(APOSTROPHES, '');
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(APOSTROPHES, '').replace(/ß/g, 'ss');
}

/** FNV-1a, one UTF-16 unit at a time: the same word always gets the same number. */
export const HASH_SEED = 0x811c9dc5 | 0;
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619);
}
export function hashOf(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
}

/**
 * Receives each word as `text.slice(start, end)`, to be read in lower case, with the hash of its
 * lower-case form; or, for the rare word that needed full folding, as a whole string (start 0).
 * No string is made for a word already seen: indexing 10,000 activities meets the same words
 * hundreds of thousands of times, much of it before the JIT has warmed up.
 */
export type WordSink = (text: string, start: number, end: number, hash: number) => void;

function isApostrophe(c: number): boolean {
  return c === 39 || c === 96 || c === 0x2018 || c === 0x2019;
}

/** Calls `sink` with each folded word of `text`, in order. */
export function eachWord(text: string, sink: WordSink): void {
  let start = -1;
  let hash = HASH_SEED;
  // Set by an accent, another script or an apostrophe: that word goes through `fold`.
  let special = false;
  for (let i = 0; i <= text.length; i++) {
    let c = i < text.length ? text.charCodeAt(i) : 32;
    if (c >= 65 && c <= 90) c += 32;
    const plain = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (plain || c > 127 || (start >= 0 && isApostrophe(c))) {
      if (start < 0) {
        start = i;
        hash = HASH_SEED;
        special = false;
      }
      if (plain) hash = Math.imul(hash ^ c, 16777619);
      else special = true;
    } else if (start >= 0) {
      if (!special) sink(text, start, i, hash);
      else for (const w of fold(text.slice(start, i)).split(NOT_WORD)) if (w) sink(w, 0, w.length, hashOf(w));
      start = -1;
    }
  }
}

/** Folded words, in order. */
export function words(text: string): string[] {
  const out: string[] = [];
  eachWord(text, (s, start, end) => out.push(s.slice(start, end).toLowerCase()));
  return out;
}

/**
 * A light English stem, so "walks" finds "walk" and "activity" finds "activities". Applied to
 * both sides of a search; the index also keeps the word as written, for partial typing.
 */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** The first sentence of a description, for a one-line summary on a result card. */
export function firstSentence(text: string, max = 160): string {
  const line = text.split('\n')[0] ?? '';
  const match = /^.+?[.!?](?=\s|$)/.exec(line);
  const sentence = (match ? match[0] : line).trim();
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trimEnd()}…`;
}
