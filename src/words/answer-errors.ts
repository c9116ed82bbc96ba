import { msg } from '@lit/localize';
import type { AnswerError } from '../core/questionnaire/validate.ts';
import { localText } from '../core/text/local-text.ts';
import { currentLocale } from '../i18n/locale.ts';
import { tooLongText } from './too-long.ts';

/** A questionnaire answer's problem, worded: the service's own message first, if it wrote one. */
export function answerErrorText(e: AnswerError, locale = currentLocale()): string {
  if (e.code === 'answer.too-long') return tooLongText('answer', e.max);
  const own = localText(e.errorMessage, locale);
  if (own) return own;
  switch (e.kind) {
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
