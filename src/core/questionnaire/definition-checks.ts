import {
  DAYS, TIMES_OF_DAY, TAKE_PART_MODES, EMPLOYMENT_STATUSES, FIT_NOTE_ANSWERS, LONELINESS_ANSWERS, TIME_SINCE_PAID_WORK, WORK_GOALS,
  WORK_HEALTH_ANSWERS,
} from '../vocabulary/lists.ts';
import type { Condition, Fills, Page, Question, QuestionKind, QuestionnaireDefinition } from './definition.ts';
import type { DefinitionProblemCode } from './definition-codes.ts';

/** How each `fills` may be used: the question kinds that make sense, and the option values it reads. */
export const FILL_RULES: Record<Fills, { kinds: readonly QuestionKind[]; values?: readonly string[] }> = {
  loneliness: { kinds: ['single'], values: LONELINESS_ANSWERS },
  'employment-status': { kinds: ['single'], values: EMPLOYMENT_STATUSES },
  'time-since-paid-work': { kinds: ['single'], values: TIME_SINCE_PAID_WORK },
  'fit-note': { kinds: ['single'], values: FIT_NOTE_ANSWERS },
  'work-affecting-health': { kinds: ['single'], values: WORK_HEALTH_ANSWERS },
  'work-confidence': { kinds: ['scale'] },
  'work-goals': { kinds: ['single', 'multiple'], values: WORK_GOALS },
  'take-part': { kinds: ['single', 'multiple'], values: [...TAKE_PART_MODES, 'group', 'one-to-one'] },
  days: { kinds: ['single', 'multiple'], values: DAYS },
  times: { kinds: ['single', 'multiple'], values: TIMES_OF_DAY },
  'max-miles': { kinds: ['single'] },
  // Reads the options that are access features (step-free, ...); others travel as answers only.
  'access-needs': { kinds: ['single', 'multiple'] },
  'life-satisfaction': { kinds: ['scale'] },
  worthwhile: { kinds: ['scale'] },
  happiness: { kinds: ['scale'] },
  anxiety: { kinds: ['scale'] },
};

export type DefinitionProblem = DefinitionProblemCode & { path: PropertyKey[] };

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v));

/**
 * What a schema alone cannot see: ids used twice, a `showIf` pointing at a question that is not
 * asked before it, a `fills` on the wrong kind of question. Each problem names its path.
 */
export function checkDefinition(definition: QuestionnaireDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const pageIds = new Set<string>();
  const questionIds = new Set<string>();
  const asked = new Map<string, Question>();
  const filled = new Map<Fills, string>();

  definition.pages.forEach((page, p) => {
    const at = (...rest: PropertyKey[]) => ['pages', p, ...rest];
    if (pageIds.has(page.id)) problems.push({ code: 'page-id-repeated', id: page.id, path: at('id') });
    pageIds.add(page.id);
    if (page.questions.length > 1 && page.title === undefined) {
      problems.push({ code: 'title-needed', path: at('title') });
    }
    // Conditions may only look back: a page cannot depend on itself or on what comes later.
    problems.push(...checkShowIf(page, asked, at));

    page.questions.forEach((question, q) => {
      const qAt = (...rest: PropertyKey[]) => at('questions', q, ...rest);
      if (questionIds.has(question.id)) problems.push({ code: 'question-id-repeated', id: question.id, path: qAt('id') });
      questionIds.add(question.id);
      if (question.kind === 'single' || question.kind === 'multiple') {
        const seen = new Set<string>();
        question.options.forEach((option, o) => {
          if (seen.has(option.value)) problems.push({ code: 'option-value-repeated', value: option.value, path: qAt('options', o, 'value') });
          seen.add(option.value);
        });
      }
      if (question.fills) problems.push(...checkFills(question, filled, qAt));
    });
    for (const question of page.questions) asked.set(question.id, question);
  });
  return problems;
}

function checkFills(question: Question, filled: Map<Fills, string>, at: (...rest: PropertyKey[]) => PropertyKey[]): DefinitionProblem[] {
  const fills = question.fills!;
  const rule = FILL_RULES[fills];
  const problems: DefinitionProblem[] = [];
  const earlier = filled.get(fills);
  if (earlier) problems.push({ code: 'fills-repeated', fills, question: earlier, path: at('fills') });
  filled.set(fills, question.id);
  if (!rule.kinds.includes(question.kind)) {
    problems.push({ code: 'fills-wrong-kind', fills, kinds: list(rule.kinds), kind: question.kind, path: at('fills') });
    return problems;
  }
  if (rule.values && (question.kind === 'single' || question.kind === 'multiple')) {
    question.options.forEach((option, o) => {
      if (!rule.values!.includes(option.value)) {
        problems.push({ code: 'fills-wrong-value', fills, values: list(rule.values!), path: at('options', o, 'value') });
      }
    });
  }
  return problems;
}

function checkShowIf(page: Page, asked: Map<string, Question>, at: (...rest: PropertyKey[]) => PropertyKey[]): DefinitionProblem[] {
  if (!page.showIf) return [];
  const conditions: [Condition, PropertyKey[]][] = Array.isArray(page.showIf)
    ? page.showIf.map((c, i) => [c, at('showIf', i)])
    : [[page.showIf, at('showIf')]];
  return conditions.flatMap(([condition, path]) => checkCondition(condition, asked.get(condition.question), path));
}

function checkCondition(condition: Condition, target: Question | undefined, path: PropertyKey[]): DefinitionProblem[] {
  if (!target) return [{ code: 'condition-unknown-question', question: condition.question, path: [...path, 'question'] }];
  const hasEquals = condition.equals !== undefined;
  const hasAnyOf = condition.anyOf !== undefined;
  if (hasEquals && hasAnyOf) return [{ code: 'condition-both', path }];
  if (!hasEquals && !hasAnyOf) return [{ code: 'condition-neither', path }];

  if (hasAnyOf) {
    if (target.kind !== 'single' && target.kind !== 'multiple') {
      return [{ code: 'any-of-wrong-kind', question: target.id, kind: target.kind, path: [...path, 'anyOf'] }];
    }
    const values = target.options.map((o) => o.value);
    return condition.anyOf!.flatMap((value, i) =>
      values.includes(value) ? [] : [{ code: 'any-of-not-option' as const, value, question: target.id, path: [...path, 'anyOf', i] }],
    );
  }

  const equals = condition.equals;
  const at = [...path, 'equals'];
  const question = target.id;
  switch (target.kind) {
    case 'yes-no':
      return typeof equals === 'boolean' ? [] : [{ code: 'equals-not-boolean', question, path: at }];
    case 'scale':
      return Number.isInteger(equals) && (equals as number) >= 0 && (equals as number) <= 10 ? [] : [{ code: 'equals-not-scale', question, path: at }];
    case 'text':
      return typeof equals === 'string' ? [] : [{ code: 'equals-not-text', question, path: at }];
    case 'single':
      return target.options.some((o) => o.value === equals) ? [] : [{ code: 'equals-not-option', question, options: list(target.options.map((o) => o.value)), path: at }];
    case 'multiple':
      return [{ code: 'equals-on-multiple', path: at }];
  }
}
