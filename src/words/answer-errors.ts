import { msg, str } from '@lit/localize';
import type { AnswerError } from '../core/questionnaire/validate.ts';
import { localText } from '../core/text/local-text.ts';
import { currentLocale } from '../i18n/locale.ts';
import { plural } from '../i18n/plural.ts';

/** A questionnaire answer's problem, worded: the service's own message first, if it wrote one. */
export function answerErrorText(e: AnswerError, locale = currentLocale()): string {
  if (e.code === 'answer.too-long') return tooLongText(e.max);
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

function tooLongText(n: number): string {
  return plural(n, {
    zero: () => msg(str`Your answer must be ${n} characters or fewer`, { id: 'too-long.answer.zero' }),
    one: () => msg(str`Your answer must be ${n} character or fewer`, { id: 'too-long.answer.one' }),
    two: () => msg(str`Your answer must be ${n} characters or fewer`, { id: 'too-long.answer.two' }),
    few: () => msg(str`Your answer must be ${n} characters or fewer`, { id: 'too-long.answer.few' }),
    many: () => msg(str`Your answer must be ${n} characters or fewer`, { id: 'too-long.answer.many' }),
    other: () => msg(str`Your answer must be ${n} characters or fewer`, { id: 'too-long.answer.other' }),
  });
}
