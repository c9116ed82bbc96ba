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

const NOT_ASCII = /[^\x00-\x7f]/;

/** Lower case, accents off ("Café" → "cafe"), apostrophes out ("carers'" → "carers"). */
export function fold(text: string): string {
  // Most directory text is plain ASCII: skip Unicode normalisation, the slow part, when it is.
  if (!NOT_ASCII.test(text)) return text.toLowerCase().replace(APOSTROPHES, '');
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(APOSTROPHES, '').replace(/ß/g, 'ss');
}

/** Folded words, in order. */
export function words(text: string): string[] {
  const out: string[] = [];
  eachWord(text, (w) => out.push(w));
  return out;
}

/**
 * Calls `fn` with each folded word. Indexing 10,000 activities reads megabytes of text, so
 * plain ASCII (most of it) is scanned by character code rather than split by a regex.
 */
export function eachWord(text: string, fn: (word: string) => void): void {
  const folded = fold(text);
  if (NOT_ASCII.test(folded)) {
    for (const w of folded.split(NOT_WORD)) if (w) fn(w);
    return;
  }
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      fn(folded.slice(start, i));
      start = -1;
    }
  }
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
