import { msg, str } from '@lit/localize';
import {
  DAYS, TIMES_OF_DAY, TAKE_PART_MODES, EMPLOYMENT_STATUSES, FIT_NOTE_ANSWERS, LONELINESS_ANSWERS, TIME_SINCE_PAID_WORK, WORK_GOALS,
  WORK_HEALTH_ANSWERS,
} from '../vocabulary/lists.ts';
import type { Condition, Fills, Page, Question, QuestionKind, QuestionnaireDefinition } from './definition.ts';

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
  'life-satisfaction': { kinds: ['scale'] },
  worthwhile: { kinds: ['scale'] },
  happiness: { kinds: ['scale'] },
  anxiety: { kinds: ['scale'] },
};

export interface DefinitionProblem {
  path: PropertyKey[];
  message: string;
}

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

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
    if (pageIds.has(page.id)) problems.push({ path: at('id'), message: msg(str`"${page.id}" is used by another page too: each page needs its own id`) });
    pageIds.add(page.id);
    if (page.questions.length > 1 && page.title === undefined) {
      problems.push({ path: at('title'), message: msg('is needed when a page has more than one question') });
    }
    // Conditions may only look back: a page cannot depend on itself or on what comes later.
    problems.push(...checkShowIf(page, asked, at));

    page.questions.forEach((question, q) => {
      const qAt = (...rest: PropertyKey[]) => at('questions', q, ...rest);
      if (questionIds.has(question.id)) problems.push({ path: qAt('id'), message: msg(str`"${question.id}" is used by another question too: each question needs its own id`) });
      questionIds.add(question.id);
      if (question.kind === 'single' || question.kind === 'multiple') {
        const seen = new Set<string>();
        question.options.forEach((option, o) => {
          if (seen.has(option.value)) problems.push({ path: qAt('options', o, 'value'), message: msg(str`"${option.value}" is used by another option of this question too`) });
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
  if (earlier) problems.push({ path: at('fills'), message: msg(str`"${fills}" is already filled by question "${earlier}"`) });
  filled.set(fills, question.id);
  if (!rule.kinds.includes(question.kind)) {
    problems.push({ path: at('fills'), message: msg(str`"${fills}" needs a question of kind ${list(rule.kinds)}, not "${question.kind}"`) });
    return problems;
  }
  if (rule.values && (question.kind === 'single' || question.kind === 'multiple')) {
    question.options.forEach((option, o) => {
      if (!rule.values!.includes(option.value)) {
        problems.push({ path: at('options', o, 'value'), message: msg(str`should be one of: ${list(rule.values!)} (this question fills "${fills}")`) });
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
  if (!target) return [{ path: [...path, 'question'], message: msg(str`"${condition.question}" should name a question on an earlier page`) }];
  const hasEquals = condition.equals !== undefined;
  const hasAnyOf = condition.anyOf !== undefined;
  if (hasEquals && hasAnyOf) return [{ path, message: msg('should have "equals" or "anyOf", not both') }];
  if (!hasEquals && !hasAnyOf) return [{ path, message: msg('needs "equals" or "anyOf" to say when the page shows') }];

  if (hasAnyOf) {
    if (target.kind !== 'single' && target.kind !== 'multiple') {
      return [{ path: [...path, 'anyOf'], message: msg(str`only works with a question of kind "single" or "multiple"; "${target.id}" is "${target.kind}"`) }];
    }
    const values = target.options.map((o) => o.value);
    return condition.anyOf!.flatMap((value, i) =>
      values.includes(value) ? [] : [{ path: [...path, 'anyOf', i], message: msg(str`"${value}" is not an option of question "${target.id}"`) }],
    );
  }

  const equals = condition.equals;
  const wrong = (expected: string) => [{ path: [...path, 'equals'], message: msg(str`should be ${expected}, to match question "${target.id}"`) }];
  switch (target.kind) {
    case 'yes-no':
      return typeof equals === 'boolean' ? [] : wrong('true or false');
    case 'scale':
      return Number.isInteger(equals) && (equals as number) >= 0 && (equals as number) <= 10 ? [] : wrong(msg('a whole number from 0 to 10'));
    case 'text':
      return typeof equals === 'string' ? [] : wrong(msg('text'));
    case 'single':
      return target.options.some((o) => o.value === equals) ? [] : wrong(msg(str`one of its options: ${list(target.options.map((o) => o.value))}`));
    case 'multiple':
      return [{ path: [...path, 'equals'], message: msg(str`cannot be used with a question of kind "multiple": use "anyOf"`) }];
  }
}
