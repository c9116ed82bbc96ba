/// <reference types="node" />
// Plain English (issue 7): every English string a person can see must read at age 9 to 11.
// A Node test because the strings come from the source itself, through lit-localize's own
// extraction over the TypeScript program, so a new msg() cannot escape the check.
// Run alone with: node --import tsx --test test/e2e/readability.test.ts
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultQuestionnaire } from '../../src/words/default-set.ts';
import {
  judge, MAX_GRADE, MAX_SENTENCE_WORDS, MAX_WORD_SYLLABLES, MIN_WORDS_FOR_GRADE, score, STAND_IN,
} from '../i18n/readability/rules.ts';
import { extractUiMessages, type UiMessage } from '../i18n/readability/messages.ts';
import { ALLOWED_TERMS, PUBLISHED_WORDING } from '../i18n/readability/allow-list.ts';
import { TEST_TIMEOUT } from './harness.ts';

const TERMS = ALLOWED_TERMS.map((t) => t.term);

describe('plain-English rules', () => {
  it('passes a plain sentence', { timeout: TEST_TIMEOUT }, () => {
    const v = judge('Find activities near you. Add the ones you like to your plan.');
    assert.deepEqual(v.failures, []);
    assert.ok(v.grade !== null && v.grade <= MAX_GRADE);
  });

  it('fails hard words in a long enough message, naming the grade', { timeout: TEST_TIMEOUT }, () => {
    const v = judge('Notwithstanding the aforementioned considerations, individuals should endeavour to ascertain eligibility.');
    assert.ok(v.grade !== null && v.grade > 12, `grade ${v.grade}`);
    assert.match(v.failures.join('\n'), /Flesch–Kincaid grade \d+\.\d is above 6/);
  });

  it(`fails a sentence over ${MAX_SENTENCE_WORDS} words, and passes one of ${MAX_SENTENCE_WORDS}`, { timeout: TEST_TIMEOUT }, () => {
    const twenty = 'we can call you on a day that is good for you and we will ask what you need most';
    assert.equal(score(twenty).words, 20);
    assert.deepEqual(judge(`${twenty}.`).failures, []);
    assert.match(judge(`${twenty} now.`).failures.join(), /a sentence of 21 words/);
    // Two sentences are counted apart.
    assert.equal(score(`${twenty}. ${twenty}.`).longestSentence, 20);
  });

  it(`fails a word over ${MAX_WORD_SYLLABLES} syllables even in a short label`, { timeout: TEST_TIMEOUT }, () => {
    assert.match(judge('Accessibility').failures.join(), /"Accessibility" has 6 syllables/);
    assert.deepEqual(judge('Activities for you').failures, []);
  });

  it('reads the grade to one decimal, as readability tools report it', { timeout: TEST_TIMEOUT }, () => {
    const text = 'Choose no if someone else might listen to your messages.';
    const grade = score(text).grade ?? 0;
    assert.ok(grade > MAX_GRADE && grade < MAX_GRADE + 0.05, `grade ${grade}`);
    assert.deepEqual(judge(text).failures, []);
  });

  it(`gives no grade below ${MIN_WORDS_FOR_GRADE} words, where one word swings it by grades`, { timeout: TEST_TIMEOUT }, () => {
    assert.equal(score('1 activity found').grade, null);
    assert.notEqual(score('We found one activity that you might like.').grade, null);
  });

  it('scores numbers, phone numbers and addresses as one short word', { timeout: TEST_TIMEOUT }, () => {
    assert.equal(score('Call 0800 1111 or email name@example.com today').scored, `Call ${STAND_IN} or email ${STAND_IN} today`);
    assert.equal(score('Go to https://www.nhs.uk/ now').scored, `Go to ${STAND_IN} now`);
  });

  it('scores an allowed term as one short word, as a whole word only', { timeout: TEST_TIMEOUT }, () => {
    assert.equal(score('Do you need an Interpreter?', TERMS).scored, `Do you need an ${STAND_IN}?`);
    assert.equal(score('interpreters', TERMS).scored, 'interpreters');
  });
});

describe('English UI strings', () => {
  const { messages, errors, distinct, distinctTexts } = extractUiMessages();
  const published = new Set(PUBLISHED_WORDING);
  const publicMessages = messages.filter((m) => m.editorOnly === null);

  it('are all extracted by lit-localize, one call site at a time', { timeout: TEST_TIMEOUT }, () => {
    assert.deepEqual(errors, [], 'lit-localize could not read some msg() calls');
    // Our walk must see every message lit-localize writes for translators.
    const texts = new Set(messages.map((m) => m.text));
    assert.ok(distinct > 400, `only ${distinct} messages: is lit-localize.json still pointing at src/?`);
    assert.ok(texts.size >= distinctTexts, `walk found ${texts.size} texts, lit-localize ${distinctTexts}`);
    assert.ok(messages.every((m) => m.file.startsWith('src/')));
  });

  it('include every text of the default questionnaire', { timeout: TEST_TIMEOUT }, () => {
    const texts = new Set(messages.map((m) => m.text));
    // Keys that hold ids and codes, not words; `showIf` names other questions by id.
    const notText = new Set(['id', 'value', 'kind', 'fills', 'workPathway', 'showIf']);
    const missing: string[] = [];
    const walk = (value: unknown, key: string): void => {
      if (notText.has(key)) return;
      if (typeof value === 'string') {
        if (!texts.has(value)) missing.push(`${key}: ${value}`);
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) walk(v, Array.isArray(value) ? key : k);
      }
    };
    const questionnaire = defaultQuestionnaire();
    walk(questionnaire.pages, 'pages');
    assert.deepEqual(missing, [], 'questionnaire text that is not a msg() call escapes both translation and this check');
    assert.ok(questionnaire.pages.length > 5);
  });

  it('for website editors are told apart by a documented rule, not guessed', { timeout: TEST_TIMEOUT }, () => {
    const editor = (text: string) => messages.find((m) => m.text === text)?.editorOnly ?? null;
    // A setup problem, worded where every problem code is worded, is for the editor...
    assert.match(editor('is missing: give the address of your directory of activities') ?? '', /setup problem wording/);
    assert.match(editor('could not be checked, because part of Waymark did not load. Reload the page to try again.') ?? '', /setup problem wording/);
    // ...and so is the heading over the problems; the public lines beside it are not.
    assert.match(editor(`For the website editor: ${STAND_IN} problems with the Waymark setup`) ?? '', /editor/);
    assert.equal(editor('Sorry, this part of the page is not working'), null);
    assert.equal(editor('Please try again later.'), null);
    assert.ok(publicMessages.length > messages.length * 0.8, 'most messages are for the public');
  });

  it('keep the allow-list current', { timeout: TEST_TIMEOUT }, () => {
    for (const text of PUBLISHED_WORDING) {
      assert.ok(publicMessages.some((m) => m.text === text), `published wording no longer in the source: ${text}`);
    }
    for (const { term } of ALLOWED_TERMS) {
      const re = new RegExp(`(?<!\\p{L})${term}(?!\\p{L})`, 'iu');
      assert.ok(publicMessages.some((m) => re.test(m.text)), `allowed term no longer used: ${term}`);
    }
  });

  it(`read at age 9 to 11: grade ${MAX_GRADE} or less, sentences of ${MAX_SENTENCE_WORDS} words or fewer, no word over ${MAX_WORD_SYLLABLES} syllables`, { timeout: TEST_TIMEOUT }, () => {
    const failing: { message: UiMessage; why: string[] }[] = [];
    const grades: number[] = [];
    for (const message of publicMessages) {
      if (published.has(message.text)) continue;
      const verdict = judge(message.text, TERMS);
      if (verdict.grade !== null) grades.push(verdict.grade);
      if (verdict.failures.length) failing.push({ message, why: verdict.failures });
    }
    const scored = new Set(publicMessages.map((m) => m.text)).size;
    const mean = grades.reduce((a, b) => a + b, 0) / grades.length;
    console.log(
      `plain English: ${messages.length} msg() calls, ${scored} public texts checked `
      + `(${grades.length} long enough to grade, mean grade ${mean.toFixed(1)}, highest ${Math.max(...grades).toFixed(1)}); `
      + `${messages.length - publicMessages.length} editor-only calls and ${published.size} published ONS texts not scored`,
    );
    const report = failing
      .map(({ message: m, why }) => `  ${m.file}:${m.line}  "${m.source}"\n${why.map((w) => `      - ${w}`).join('\n')}`)
      .join('\n');
    assert.equal(failing.length, 0, `${failing.length} English strings miss a reading age of 9 to 11:\n${report}\n`);
  });
});
