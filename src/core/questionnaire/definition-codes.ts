// The codes of what a questionnaire's own checks find (definition-checks.ts), apart from the
// checks: the words for setup problems tell them from the config's own without loading zod.

/** What the schema alone cannot see, as codes and data (one union with the other problems: model/problems.ts). */
export type DefinitionProblemCode =
  | { code: 'page-id-repeated'; id: string }
  | { code: 'title-needed' }
  | { code: 'question-id-repeated'; id: string }
  | { code: 'option-value-repeated'; value: string }
  | { code: 'fills-repeated'; fills: string; question: string }
  | { code: 'fills-wrong-kind'; fills: string; kinds: string[]; kind: string }
  | { code: 'fills-wrong-value'; fills: string; values: string[] }
  | { code: 'condition-unknown-question'; question: string }
  | { code: 'condition-both' }
  | { code: 'condition-neither' }
  | { code: 'any-of-wrong-kind'; question: string; kind: string }
  | { code: 'any-of-not-option'; value: string; question: string }
  | { code: 'equals-not-boolean'; question: string }
  | { code: 'equals-not-scale'; question: string }
  | { code: 'equals-not-text'; question: string }
  | { code: 'equals-not-option'; question: string; options: string[] }
  | { code: 'equals-on-multiple' };

/** The questionnaire's own checks' codes: only the goals element runs them, so it words them (src/words/questionnaire-problems.ts). */
const DEFINITION_CODES: Record<DefinitionProblemCode['code'], true> = {
  'page-id-repeated': true,
  'title-needed': true,
  'question-id-repeated': true,
  'option-value-repeated': true,
  'fills-repeated': true,
  'fills-wrong-kind': true,
  'fills-wrong-value': true,
  'condition-unknown-question': true,
  'condition-both': true,
  'condition-neither': true,
  'any-of-wrong-kind': true,
  'any-of-not-option': true,
  'equals-not-boolean': true,
  'equals-not-scale': true,
  'equals-not-text': true,
  'equals-not-option': true,
  'equals-on-multiple': true,
};

export function isDefinitionProblem(p: { code: string }): p is DefinitionProblemCode {
  return Object.hasOwn(DEFINITION_CODES, p.code);
}

