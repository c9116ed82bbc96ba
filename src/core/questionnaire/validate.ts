import { msg, str } from '@lit/localize';
import type { FieldError } from '../validate/field-error.ts';
import { localText } from '../text/local-text.ts';
import type { Page, Question } from './definition.ts';
import { isAnswered, type Answers } from './answers.ts';

function emptyMessage(question: Question): string {
  switch (question.kind) {
    case 'single':
    case 'yes-no':
      return msg('Select an answer');
    case 'multiple':
      return msg('Select at least one answer');
    case 'scale':
      return msg('Select a number from 0 to 10');
    case 'text':
      return msg('Enter your answer');
  }
}

/** What is wrong with one question's answer, if anything. */
export function validateQuestion(question: Question, answers: Answers, locale: string): string | undefined {
  const raw = answers[question.id];
  if (question.kind === 'text' && typeof raw === 'string' && raw.trim().length > question.maxLength) {
    return msg(str`Your answer must be ${question.maxLength} characters or fewer`);
  }
  if (question.optional || isAnswered(question, answers)) return undefined;
  return localText(question.errorMessage, locale) ?? emptyMessage(question);
}

/**
 * Every problem on a page, one per question, by field id (the question's id: the first input of
 * a group carries it). The error summary and the inline messages both render this list.
 */
export function validatePage(page: Page, answers: Answers, locale: string): FieldError[] {
  return page.questions.flatMap((question) => {
    const message = validateQuestion(question, answers, locale);
    return message ? [{ field: question.id, message }] : [];
  });
}
