// The plain-English rules every public English string must meet, as pure functions so the
// rules themselves can be tested. NHS content guidance aims at a reading age of 9 to 11, which
// is about US grade 4 to 6 (reading age ≈ grade + 5), with sentences of 20 words or fewer.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/**
 * Highest Flesch–Kincaid grade allowed: grade 6 is reading age 11, the top of the NHS range.
 */
export const MAX_GRADE = 6;

/**
 * The grade is only scored on messages of at least this many words. Flesch–Kincaid is an
 * average: on a label of 2 or 3 words one long word swings it by 5 grades or more ("1 activity
 * found" scores grade 15), so it says nothing about such labels. They get the word rule below.
 */
export const MIN_WORDS_FOR_GRADE = 8;

/** NHS content guidance: sentences of 20 words or fewer. */
export const MAX_SENTENCE_WORDS = 20;

/**
 * Longest word, in syllables. Words of 4 syllables ("activities", "information") are everyday
 * words in this service; 5 or more ("organisation", "accessibility", "unfortunately") are words
 * a reader of 9 to 11 often stumbles on, and each one has a shorter way to say it.
 */
export const MAX_WORD_SYLLABLES = 4;

/**
 * What a placeholder, a number, a web or email address or an allowed term stands for while
 * scoring: one short, neutral word. Its real value is not known here (a service name, a count,
 * a phone number), and a reader takes a number or an address in at a glance, not by sounding
 * it out syllable by syllable.
 */
export const STAND_IN = 'it';

export interface Score {
  /** The text that was scored, after placeholders and allowed terms became the stand-in. */
  scored: string;
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Kincaid grade, or null when the message is too short for it to mean anything. */
  grade: number | null;
  longestSentence: number;
  longWords: string[];
}

export interface Verdict extends Score {
  failures: string[];
}

const ADDRESS = /\b(?:https?:\/\/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|www\.\S+)/giu;
// Digits, and groups of digits as phone numbers are written ("116 123", "0800 1111").
const NUMBER = /\d+(?:[ ,.:]\d+)*/gu;
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
// A sentence ends at . ! ? or … followed by a space or the end. Colons and semicolons do not end
// one: the sentence-length rule then errs on the strict side.
const SENTENCE_END = /[.!?…]+(?=\s|$)/u;

/** Replace each allowed term (matched as whole words, any case) with the stand-in. */
export function replaceTerms(text: string, terms: readonly string[]): string {
  let out = text;
  for (const term of terms) {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'giu'), STAND_IN);
  }
  return out;
}

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Score one message's text (placeholders already replaced by the stand-in). */
export function score(text: string, allowedTerms: readonly string[] = []): Score {
  const scored = replaceTerms(text.replace(ADDRESS, STAND_IN).replace(NUMBER, STAND_IN), allowedTerms);
  const sentenceWords = scored
    .split(SENTENCE_END)
    .map(words)
    .filter((w) => w.length > 0);
  const all = sentenceWords.flat();
  const syllables = all.reduce((sum, w) => sum + syllable(w), 0);
  const sentences = Math.max(1, sentenceWords.length);
  const grade = all.length >= MIN_WORDS_FOR_GRADE
    ? fleschKincaid({ sentence: sentences, word: all.length, syllable: syllables })
    : null;
  return {
    scored,
    words: all.length,
    sentences,
    syllables,
    grade,
    longestSentence: Math.max(0, ...sentenceWords.map((w) => w.length)),
    longWords: [...new Set(all.filter((w) => syllable(w) > MAX_WORD_SYLLABLES))],
  };
}

/** Score a message and say, in words, every rule it breaks. */
export function judge(text: string, allowedTerms: readonly string[] = []): Verdict {
  const s = score(text, allowedTerms);
  const failures: string[] = [];
  // Grades are read to one decimal, as readability tools report them: 6.04 is grade 6.0.
  if (s.grade !== null && Math.round(s.grade * 10) / 10 > MAX_GRADE) {
    failures.push(`Flesch–Kincaid grade ${s.grade.toFixed(1)} is above ${MAX_GRADE} (reading age ${(s.grade + 5).toFixed(0)}): use shorter words or sentences`);
  }
  if (s.longestSentence > MAX_SENTENCE_WORDS) {
    failures.push(`a sentence of ${s.longestSentence} words is over ${MAX_SENTENCE_WORDS}: split it`);
  }
  for (const w of s.longWords) {
    failures.push(`"${w}" has ${syllable(w)} syllables (over ${MAX_WORD_SYLLABLES}): use a shorter word`);
  }
  return { ...s, failures };
}
