import type { AnswerValue } from '../model/goals.ts';
import type { LocalText } from '../model/common.ts';
import { localText } from '../text/local-text.ts';
import type { Option, Question } from './definition.ts';

/** A person's answers so far, by question id. Kept in the element; nothing is stored. */
export type Answers = Record<string, AnswerValue>;

/** An option as chosen: a yes/no answer is one too, so scoring treats every kind alike. A yes/no without labels of its own has none. */
export type ChosenOption = Omit<Option, 'label'> & { label?: LocalText };

/**
 * The few words core needs to record answers as the person read them. The widget passes them in
 * the person's language (src/words/answers.ts); these English ones are for Node and the tests.
 */
export interface AnswerWords {
  yes: string;
  no: string;
  /** The reason a need area was chosen when the option gives none: "You said: Housing". */
  youSaid: (answer: string) => string;
}

export const ENGLISH_ANSWER_WORDS: AnswerWords = { yes: 'Yes', no: 'No', youSaid: (answer) => `You said: ${answer}` };

const YES = 'yes';
const NO = 'no';

/** The choices of a single, multiple or yes-no question, in order. Yes and No get their values here. */
export function optionsOf(question: Question): ChosenOption[] {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return question.options;
    case 'yes-no':
      return [
        { ...question.yes, value: YES },
        { ...question.no, value: NO },
      ];
    default:
      return [];
  }
}

/** The value a radio stands for: yes-no answers are kept as booleans. */
export function choiceAnswer(question: Question, value: string): AnswerValue {
  return question.kind === 'yes-no' ? value === YES : value;
}

/** The radio value for a stored answer: `true` → "yes". */
export function choiceValue(question: Question, answer: AnswerValue | undefined): string | undefined {
  if (question.kind === 'yes-no') return typeof answer === 'boolean' ? (answer ? YES : NO) : undefined;
  return typeof answer === 'string' ? answer : undefined;
}

/**
 * The answer to a question when it has the right shape for the question's kind; anything else
 * (a value from an older set, a blank text box) counts as not answered.
 */
export function answerOf(question: Question, answers: Answers): AnswerValue | undefined {
  const raw = answers[question.id];
  switch (question.kind) {
    case 'single':
      return typeof raw === 'string' && question.options.some((o) => o.value === raw) ? raw : undefined;
    case 'multiple': {
      if (!Array.isArray(raw)) return undefined;
      // Option order, not click order, so the same choices always read the same way.
      const chosen = question.options.filter((o) => raw.includes(o.value)).map((o) => o.value);
      return chosen.length > 0 ? chosen : undefined;
    }
    case 'scale':
      return typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw <= 10 ? raw : undefined;
    case 'text': {
      const text = typeof raw === 'string' ? raw.trim() : '';
      return text ? text : undefined;
    }
    case 'yes-no':
      return typeof raw === 'boolean' ? raw : undefined;
  }
}

export function isAnswered(question: Question, answers: Answers): boolean {
  return answerOf(question, answers) !== undefined;
}

/** The options a person has chosen for a question (none for scale and text). */
export function chosenOptions(question: Question, answers: Answers): ChosenOption[] {
  const answer = answerOf(question, answers);
  if (answer === undefined) return [];
  const value = choiceValue(question, answer);
  const values = Array.isArray(answer) ? answer : value === undefined ? [] : [value];
  return optionsOf(question).filter((o) => values.includes(o.value));
}

/** An option's label in the person's language; a yes/no without its own label reads Yes or No. */
export function optionLabel(option: ChosenOption, locale: string, words: AnswerWords = ENGLISH_ANSWER_WORDS): string {
  return localText(option.label, locale) ?? (option.value === YES ? words.yes : option.value === NO ? words.no : option.value);
}

/** The answer as the person would read it back: option labels, the number, or their words. */
export function displayAnswer(question: Question, answers: Answers, locale: string, words: AnswerWords = ENGLISH_ANSWER_WORDS): string | undefined {
  const answer = answerOf(question, answers);
  if (answer === undefined) return undefined;
  if (question.kind === 'scale') return String(answer);
  if (question.kind === 'text') return answer as string;
  return chosenOptions(question, answers)
    .map((o) => optionLabel(o, locale, words))
    .join(', ');
}

/** A copy of the answers with one question's answer set, or removed when `value` is undefined. */
export function withAnswer(answers: Answers, questionId: string, value: AnswerValue | undefined): Answers {
  const next = { ...answers };
  if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[questionId];
  else next[questionId] = value;
  return next;
}
