import type { Condition, Page, Question, QuestionnaireDefinition } from './definition.ts';
import { answerOf, type Answers } from './answers.ts';
import { validatePage } from './validate.ts';

function conditionsOf(page: Page): Condition[] {
  if (!page.showIf) return [];
  return Array.isArray(page.showIf) ? page.showIf : [page.showIf];
}

/** Whether one condition holds. A question on a page that is not shown counts as unanswered. */
export function conditionHolds(condition: Condition, question: Question | undefined, answers: Answers): boolean {
  if (!question) return false;
  const answer = answerOf(question, answers);
  if (answer === undefined) return false;
  if (condition.anyOf) {
    const chosen = Array.isArray(answer) ? answer : [answer];
    return chosen.some((value) => condition.anyOf!.includes(value as string));
  }
  return answer === condition.equals;
}

/**
 * The pages the person will see, in order, given their answers so far. A page whose condition
 * rests on a hidden page is hidden too, so changing an early answer hides the whole branch.
 */
export function visiblePages(definition: QuestionnaireDefinition, answers: Answers): Page[] {
  const shown = new Map<string, Question>();
  const pages: Page[] = [];
  for (const page of definition.pages) {
    if (!conditionsOf(page).every((c) => conditionHolds(c, shown.get(c.question), answers))) continue;
    pages.push(page);
    for (const question of page.questions) shown.set(question.id, question);
  }
  return pages;
}

/** Every question the person will see, in order. Only these count in the result. */
export function visibleQuestions(definition: QuestionnaireDefinition, answers: Answers): Question[] {
  return visiblePages(definition, answers).flatMap((page) => page.questions);
}

/** The page after `pageId`, or `undefined` when the next step is checking answers. */
export function nextPage(definition: QuestionnaireDefinition, answers: Answers, pageId: string): Page | undefined {
  const pages = visiblePages(definition, answers);
  const index = pages.findIndex((p) => p.id === pageId);
  return index === -1 ? pages[0] : pages[index + 1];
}

/**
 * Where to go after changing an answer from the check-answers page: a page the change has just
 * brought in (not seen before) or one that now needs an answer; `undefined` to go straight back.
 */
export function nextPageAfterChange(
  definition: QuestionnaireDefinition,
  answers: Answers,
  pageId: string,
  seen: ReadonlySet<string>,
): Page | undefined {
  const pages = visiblePages(definition, answers);
  const index = pages.findIndex((p) => p.id === pageId);
  return pages.slice(index + 1).find((page) => !seen.has(page.id) || validatePage(page, answers).length > 0);
}

/** The page before `pageId` (or the last page, from check answers); `undefined` on the first page. */
export function previousPage(definition: QuestionnaireDefinition, answers: Answers, pageId: string | undefined): Page | undefined {
  const pages = visiblePages(definition, answers);
  if (pageId === undefined) return pages.at(-1);
  const index = pages.findIndex((p) => p.id === pageId);
  return index > 0 ? pages[index - 1] : undefined;
}

/** 1-based position of a page among those shown, for `waymark-step`. */
export function pageNumber(definition: QuestionnaireDefinition, answers: Answers, pageId: string): number {
  return visiblePages(definition, answers).findIndex((p) => p.id === pageId) + 1;
}
