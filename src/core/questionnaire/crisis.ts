import type { Page, Question, QuestionnaireDefinition } from './definition.ts';
import { chosenOptions, choiceValue, answerOf, withAnswer, type Answers } from './answers.ts';
import { visibleQuestions } from './flow.ts';

function questionSignalsCrisis(question: Question, answers: Answers): boolean {
  return chosenOptions(question, answers).some((o) => o.crisis === true);
}

/** Whether an answer on this page says the person may not be safe. Checked when they press Continue. */
export function pageSignalsCrisis(page: Page, answers: Answers): boolean {
  return page.questions.some((q) => questionSignalsCrisis(q, answers));
}

/** Whether any answer the person can see says they may not be safe. */
export function answersSignalCrisis(definition: QuestionnaireDefinition, answers: Answers): boolean {
  return visibleQuestions(definition, answers).some((q) => questionSignalsCrisis(q, answers));
}

/**
 * The answers with this page's crisis choices taken out, for "I chose this by mistake":
 * going back must not show the interruption again on the next Continue.
 */
export function withoutCrisisChoices(page: Page, answers: Answers): Answers {
  let next = answers;
  for (const question of page.questions) {
    const crisis = chosenOptions(question, answers).filter((o) => o.crisis === true).map((o) => o.value);
    if (crisis.length === 0) continue;
    const answer = answerOf(question, answers);
    if (Array.isArray(answer)) next = withAnswer(next, question.id, answer.filter((v) => !crisis.includes(v)));
    else if (crisis.includes(choiceValue(question, answer) ?? '')) next = withAnswer(next, question.id, undefined);
  }
  return next;
}
