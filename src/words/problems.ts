import { msg, str } from '@lit/localize';
import type { Problem, ProblemCode } from '../core/model/problems.ts';

// A setup problem in the reader's language, for the site editor who has to fix it. The English
// for logs and the inbox is core/model/problem-text.ts: keep the two in step.

const quoted = (values: readonly string[]) => values.join(', ');

/** Where the problem is: its path, or "(the whole value)". */
export function problemPath(p: Problem): string {
  return p.path || msg('(the whole value)');
}

/** What is wrong, after its path. */
export function problemMessage(p: ProblemCode): string {
  switch (p.code) {
    case 'missing': return msg('is missing');
    case 'wrong-type': return msg(str`should be ${p.expected} but is ${p.actual}`);
    case 'too-small': {
      const minimum = String(p.minimum);
      if (p.origin === 'string') return p.minimum === 1 ? msg('should not be empty') : msg(str`should be at least ${minimum} characters`);
      if (p.origin === 'array') return msg(str`should have at least ${minimum} item(s)`);
      return msg(str`should be ${minimum} or more`);
    }
    case 'too-big': {
      const maximum = String(p.maximum);
      if (p.origin === 'string') return msg(str`should be at most ${maximum} characters`);
      if (p.origin === 'array') return msg(str`should have at most ${maximum} items`);
      return msg(str`should be ${maximum} or less`);
    }
    case 'bad-format':
      if (p.format === 'regex') return msg('is not in the expected format');
      if (p.format === 'url') return msg('should be a web address starting https://');
      return msg(str`should be a valid ${p.format}`);
    case 'not-one-of': return msg(str`should be one of: ${quoted(p.values)}`);
    case 'no-accepted-form': return msg('is not in any of the accepted forms');
    case 'not-multiple-of': return msg(str`should be a multiple of ${String(p.divisor)}`);
    case 'unknown-key': return msg('is not a setting Waymark knows (check the spelling)');
    case 'not-valid': return p.detail ?? msg('is not valid');
    case 'not-json': return msg(str`is not valid JSON: ${p.detail}`);
    case 'not-loaded': return msg(str`could not be loaded (${p.detail})`);
    case 'not-object': return msg(str`should be a JSON object, like { "service": { ... } }`);
    case 'setting-missing':
      return p.setting === 'endpoint'
        ? msg('is missing. Set the endpoint attribute, or referral.endpoint in the config, to the address that receives referrals.')
        : msg('is missing: give the address of your directory of activities');
    case 'not-checked': return msg('could not be checked, because part of Waymark did not load. Reload the page to try again.');
    case 'internal': return p.detail;
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
