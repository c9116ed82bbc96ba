import { msg, str } from '@lit/localize';
import type { ProblemCode } from '../core/model/problems.ts';
import { isDefinitionProblem, type DefinitionProblemCode } from '../core/questionnaire/definition-codes.ts';

// What is wrong with a service's own questionnaire, in the reader's language, for the site editor.
// Only the goals element checks a questionnaire, so these words load with its checker and live in
// its language part. The English for logs is core/text/problem-text.ts: keep the two in step.

const quoted = (values: readonly string[]) => values.join(', ');

/** A questionnaire problem's words, or `undefined` for any other problem (problems.ts words those). */
export function questionnaireProblemMessage(p: ProblemCode): string | undefined {
  return isDefinitionProblem(p) ? definitionMessage(p) : undefined;
}

function definitionMessage(p: DefinitionProblemCode): string {
  switch (p.code) {
    case 'page-id-repeated': return msg(str`"${p.id}" is used by another page too: each page needs its own id`);
    case 'title-needed': return msg('is needed when a page has more than one question');
    case 'question-id-repeated': return msg(str`"${p.id}" is used by another question too: each question needs its own id`);
    case 'option-value-repeated': return msg(str`"${p.value}" is used by another option of this question too`);
    case 'fills-repeated': return msg(str`"${p.fills}" is already filled by question "${p.question}"`);
    case 'fills-wrong-kind': return msg(str`"${p.fills}" needs a question of kind ${quoted(p.kinds)}, not "${p.kind}"`);
    case 'fills-wrong-value': return msg(str`should be one of: ${quoted(p.values)} (this question fills "${p.fills}")`);
    case 'condition-unknown-question': return msg(str`"${p.question}" should name a question on an earlier page`);
    case 'condition-both': return msg('should have "equals" or "anyOf", not both');
    case 'condition-neither': return msg('needs "equals" or "anyOf" to say when the page shows');
    case 'any-of-wrong-kind': return msg(str`only works with a question of kind "single" or "multiple"; "${p.question}" is "${p.kind}"`);
    case 'any-of-not-option': return msg(str`"${p.value}" is not an option of question "${p.question}"`);
    case 'equals-not-boolean': return equalsText('true or false', p.question);
    case 'equals-not-scale': return equalsText(msg('a whole number from 0 to 10'), p.question);
    case 'equals-not-text': return equalsText(msg('text'), p.question);
    case 'equals-not-option': return equalsText(msg(str`one of its options: ${quoted(p.options)}`), p.question);
    case 'equals-on-multiple': return msg(str`cannot be used with a question of kind "multiple": use "anyOf"`);
  }
}

function equalsText(expected: string, question: string): string {
  return msg(str`should be ${expected}, to match question "${question}"`);
}
