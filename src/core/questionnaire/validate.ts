import type { FieldError } from '../validate/field-error.ts';
import type { LocalText } from '../model/common.ts';
import type { Page, Question, QuestionKind } from './definition.ts';
import { isAnswered, type Answers } from './answers.ts';

/**
 * What can be wrong with one answer: too long for a text question, or missing. A missing answer
 * carries the service's own `errorMessage`, if it wrote one, and the question's kind, which words
 * the message otherwise.
 */
export type AnswerProblem =
  | { code: 'answer.too-long'; max: number }
  | { code: 'answer.missing'; kind: QuestionKind; errorMessage?: LocalText };

export type AnswerError = FieldError<AnswerProblem>;

/** What is wrong with one question's answer, if anything. */
export function validateQuestion(question: Question, answers: Answers): AnswerProblem | undefined {
  const raw = answers[question.id];
  if (question.kind === 'text' && typeof raw === 'string' && raw.trim().length > question.maxLength) {
    return { code: 'answer.too-long', max: question.maxLength };
  }
  if (question.optional || isAnswered(question, answers)) return undefined;
  return { code: 'answer.missing', kind: question.kind, ...(question.errorMessage ? { errorMessage: question.errorMessage } : {}) };
}

/**
 * Every problem on a page, one per question, by field id (the question's id: the first input of
 * a group carries it). The error summary and the inline messages both render this list.
 */
export function validatePage(page: Page, answers: Answers): AnswerError[] {
  return page.questions.flatMap((question) => {
    const problem = validateQuestion(question, answers);
    return problem ? [{ ...problem, field: question.id }] : [];
  });
}
