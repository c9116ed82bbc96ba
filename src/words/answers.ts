import { msg, str } from '@lit/localize';
import type { AnswerWords } from '../core/questionnaire/answers.ts';

/** The words core records answers with (a plain Yes and No, "You said: …"), in the person's language. */
export function answerWords(): AnswerWords {
  return { yes: msg('Yes'), no: msg('No'), youSaid: (answer) => msg(str`You said: ${answer}`) };
}
