import { msg } from '@lit/localize';
import type { AnswerValue } from '../model/goals.ts';
import type { LocalText } from '../model/common.ts';
import { localText } from '../text/local-text.ts';
import type { Option, Question } from './definition.ts';

/** A person's answers so far, by question id. Kept in the element; nothing is stored. */
export type Answers = Record<string, AnswerValue>;

/** An option as chosen: a yes/no answer is one too, so scoring treats every kind alike. */
export type ChosenOption = Omit<Option, 'label'> & { label: LocalText };

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
        { ...question.yes, value: YES, label: question.yes?.label ?? msg('Yes') },
        { ...question.no, value: NO, label: question.no?.label ?? msg('No') },
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

/** The answer as the person would read it back: option labels, the number, or their words. */
export function displayAnswer(question: Question, answers: Answers, locale: string): string | undefined {
  const answer = answerOf(question, answers);
  if (answer === undefined) return undefined;
  if (question.kind === 'scale') return String(answer);
  if (question.kind === 'text') return answer as string;
  return chosenOptions(question, answers)
    .map((o) => localText(o.label, locale) ?? o.value)
    .join(', ');
}

/** A copy of the answers with one question's answer set, or removed when `value` is undefined. */
export function withAnswer(answers: Answers, questionId: string, value: AnswerValue | undefined): Answers {
  const next = { ...answers };
  if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[questionId];
  else next[questionId] = value;
  return next;
}
