import type { GoalsResult } from '../model/goals.ts';

import type { QuestionnaireDefinition } from './definition.ts';
import type { Answers } from './answers.ts';
import { nextPage, nextPageAfterChange, pageNumber, previousPage, visiblePages } from './flow.ts';
import { validatePage, type AnswerError } from './validate.ts';
import { pageSignalsCrisis, withoutCrisisChoices } from './crisis.ts';
import { scoreAnswers } from './score.ts';
import type { AnswerWords } from './answers.ts';

/** A question page; `returnToCheck` when the person came from "Change" on check your answers. */
export type PageView = { kind: 'page'; pageId: string; returnToCheck: boolean };
export type CheckView = { kind: 'check' };
/** Who to contact now, from an answer or from "I need help urgently"; Back returns to `from`. */
export type CrisisView = { kind: 'crisis'; cause: 'answer' | 'link'; from: PageView | CheckView };
export type CompleteView = { kind: 'complete'; result: GoalsResult };
export type GoalsView = PageView | CheckView | CrisisView | CompleteView;

/** Where the person is in the questions. Answers are kept apart: a journey may set them from outside. */
export interface GoalsFlow {
  /** `undefined` before the first page. */
  readonly view: GoalsView | undefined;
  /** Pages the person has been through, so a change from check answers shows newly opened ones. */
  readonly seen: readonly string[];
  /** What to fix on the page on screen, after a failed Continue. */
  readonly errors: readonly AnswerError[];
}

export type GoalsAction =
  /** Continue on the page on screen. */
  | { type: 'continue'; locale: string }
  | { type: 'back' }
  /** "Change" on check your answers. */
  | { type: 'change'; pageId: string }
  /** "I need help urgently". */
  | { type: 'urgent' }
  /** Back from the urgent help page. */
  | { type: 'leave-crisis' }
  /** "Confirm" on check your answers. */
  | { type: 'confirm'; locale: string; words?: AnswerWords }
  /** "Change your answers" after confirming. */
  | { type: 'reopen' }
  /**
   * The browser's Back or Forward reached an entry of these questions: `mark` is the view it
   * showed (see `goalsMarkOf`), or `undefined` for the first page (an entry from an earlier session).
   */
  | { type: 'visit'; mark: string | undefined; locale: string };

export interface GoalsStep {
  flow: GoalsFlow;
  answers: Answers;
  /** Set when this step confirmed the answers: the result to announce. */
  completed?: GoalsResult;
}

export const startGoals: GoalsFlow = { view: undefined, seen: [], errors: [] };

/** The view to show. A page that answers set from outside have hidden falls back to the first. */
export function currentGoalsView(definition: QuestionnaireDefinition, flow: GoalsFlow, answers: Answers): GoalsView {
  const pages = visiblePages(definition, answers);
  const first: PageView = { kind: 'page', pageId: pages[0]!.id, returnToCheck: false };
  const view = flow.view;
  if (!view) return first;
  const page = view.kind === 'page' ? view : view.kind === 'crisis' && view.from.kind === 'page' ? view.from : undefined;
  if (page && !pages.some((p) => p.id === page.pageId)) return first;
  return view;
}

/** The step name and 1-based number `waymark-step` reports for a view. No personal data. */
export function goalsStepOf(definition: QuestionnaireDefinition, answers: Answers, view: GoalsView): { step: string; number: number } {
  const pages = visiblePages(definition, answers).length;
  switch (view.kind) {
    case 'page':
      return { step: `question:${view.pageId}`, number: pageNumber(definition, answers, view.pageId) };
    case 'check':
      return { step: 'check-answers', number: pages + 1 };
    case 'crisis':
      return { step: 'crisis', number: goalsStepOf(definition, answers, view.from).number };
    case 'complete':
      return { step: 'complete', number: pages + 2 };
  }
}

/** The view's name in a browser history entry: which page, never an answer. */
export function goalsMarkOf(view: GoalsView): string {
  switch (view.kind) {
    case 'page':
      return `${view.returnToCheck ? 'change' : 'page'}:${view.pageId}`;
    default:
      return view.kind;
  }
}

/**
 * Where a Back or Forward to `mark` takes the person: the page or check answers it names, once
 * the pages before it are complete (answers may have changed since); otherwise the first page
 * that is not, without errors. Urgent help is shown again; a confirmation is not made again.
 */
function visit(definition: QuestionnaireDefinition, view: GoalsView, answers: Answers, mark: string | undefined): GoalsView | undefined {
  const pages = visiblePages(definition, answers);
  const first: PageView = { kind: 'page', pageId: pages[0]!.id, returnToCheck: false };
  if (mark === undefined) return first;
  if (mark === 'crisis') return view.kind === 'page' || view.kind === 'check' ? { kind: 'crisis', cause: 'link', from: view } : undefined;
  const [kind, pageId] = mark.split(':');
  const onPage = (kind === 'page' || kind === 'change') && pageId !== undefined;
  if (!onPage && mark !== 'check') return undefined;
  const index = onPage ? pages.findIndex((p) => p.id === pageId) : pages.length;
  const before = index === -1 ? pages : pages.slice(0, index);
  const incomplete = before.find((page) => validatePage(page, answers).length > 0);
  if (incomplete) return { kind: 'page', pageId: incomplete.id, returnToCheck: false };
  return index === -1 ? { kind: 'check' } : onPage ? { kind: 'page', pageId: pageId!, returnToCheck: kind === 'change' } : { kind: 'check' };
}

/** Whether the page on screen offers Back. */
export function goalsCanGoBack(definition: QuestionnaireDefinition, answers: Answers, view: PageView): boolean {
  return view.returnToCheck || previousPage(definition, answers, view.pageId) !== undefined;
}

/**
 * The questions' flow as a pure reducer: given where the person is and what they did, where they
 * go next. An action that does not apply to the view on screen leaves everything as it was (the
 * same `flow` object), so the element can tell that nothing moved.
 */
export function goalsReducer(definition: QuestionnaireDefinition, flow: GoalsFlow, answers: Answers, action: GoalsAction): GoalsStep {
  const view = currentGoalsView(definition, flow, answers);
  const go = (next: GoalsView, seen = flow.seen): GoalsStep => ({ flow: { view: next, seen, errors: [] }, answers });
  const stay: GoalsStep = { flow, answers };
  switch (action.type) {
    case 'continue': {
      if (view.kind !== 'page') return stay;
      const page = definition.pages.find((p) => p.id === view.pageId)!;
      const errors = validatePage(page, answers);
      if (errors.length > 0) return { flow: { ...flow, view, errors }, answers };
      // Checked on Continue, not on click: moving someone away mid-choice would disorient them (WCAG 3.2.2).
      if (pageSignalsCrisis(page, answers)) return go({ kind: 'crisis', cause: 'answer', from: view });
      const seen = flow.seen.includes(page.id) ? flow.seen : [...flow.seen, page.id];
      const next = view.returnToCheck
        ? nextPageAfterChange(definition, answers, page.id, new Set(seen))
        : nextPage(definition, answers, page.id);
      return go(next ? { kind: 'page', pageId: next.id, returnToCheck: view.returnToCheck } : { kind: 'check' }, seen);
    }
    case 'back': {
      if (view.kind === 'page' && view.returnToCheck) return go({ kind: 'check' });
      if (view.kind !== 'page' && view.kind !== 'check') return stay;
      const previous = previousPage(definition, answers, view.kind === 'page' ? view.pageId : undefined);
      return previous ? go({ kind: 'page', pageId: previous.id, returnToCheck: false }) : stay;
    }
    case 'change':
      return view.kind === 'check' ? go({ kind: 'page', pageId: action.pageId, returnToCheck: true }) : stay;
    case 'urgent':
      return view.kind === 'page' || view.kind === 'check' ? go({ kind: 'crisis', cause: 'link', from: view }) : stay;
    case 'leave-crisis': {
      if (view.kind !== 'crisis') return stay;
      const from = view.from;
      const page = view.cause === 'answer' && from.kind === 'page' ? definition.pages.find((p) => p.id === from.pageId) : undefined;
      // "I chose this by mistake": going back must not show the interruption again on the next Continue.
      return { ...go(from), answers: page ? withoutCrisisChoices(page, answers) : answers };
    }
    case 'confirm': {
      if (view.kind !== 'check') return stay;
      const result = scoreAnswers(definition, answers, action.locale, action.words);
      if (result.crisis) {
        // Only reachable with answers set from outside: the pages stop at a crisis answer.
        const page = visiblePages(definition, answers).find((p) => pageSignalsCrisis(p, answers))!;
        return go({ kind: 'crisis', cause: 'answer', from: { kind: 'page', pageId: page.id, returnToCheck: true } });
      }
      return { ...go({ kind: 'complete', result }), completed: result };
    }
    case 'reopen':
      return view.kind === 'complete' ? go({ kind: 'check' }) : stay;
    case 'visit': {
      const next = visit(definition, view, answers, action.mark);
      return next && goalsMarkOf(next) !== goalsMarkOf(view) ? go(next) : stay;
    }
  }
}
