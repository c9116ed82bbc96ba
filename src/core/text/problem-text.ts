import type { Problem, ProblemCode } from '../model/problems.ts';

// The English wording of a problem, for logs, the command line and the inbox, which speak English
// to the people who run them. The widget words the same codes in the reader's language
// (src/words/problems.ts): keep the two in step.

const quoted = (values: readonly string[]) => values.join(', ');

/** What is wrong, after its path: "should be string but is number". */
export function problemDescription(p: ProblemCode): string {
  switch (p.code) {
    case 'missing': return 'is missing';
    case 'wrong-type': return `should be ${p.expected} but is ${p.actual}`;
    case 'too-small':
      if (p.origin === 'string') return p.minimum === 1 ? 'should not be empty' : `should be at least ${p.minimum} characters`;
      if (p.origin === 'array') return `should have at least ${p.minimum} item(s)`;
      return `should be ${p.minimum} or more`;
    case 'too-big':
      if (p.origin === 'string') return `should be at most ${p.maximum} characters`;
      if (p.origin === 'array') return `should have at most ${p.maximum} items`;
      return `should be ${p.maximum} or less`;
    case 'bad-format':
      if (p.format === 'regex') return 'is not in the expected format';
      if (p.format === 'url') return 'should be a web address starting https://';
      return `should be a valid ${p.format}`;
    case 'not-one-of': return `should be one of: ${quoted(p.values)}`;
    case 'no-accepted-form': return 'is not in any of the accepted forms';
    case 'not-multiple-of': return `should be a multiple of ${p.divisor}`;
    case 'unknown-key': return p.meant ? `is not a setting Waymark knows: did you mean "${p.meant}"?` : 'is not a setting Waymark knows (check the spelling)';
    case 'not-valid': return p.detail ?? 'is not valid';
    case 'not-json': return `is not valid JSON: ${p.detail}`;
    case 'not-loaded': return `could not be loaded (${p.detail})`;
    case 'not-object': return 'should be a JSON object, like { "service": { ... } }';
    case 'setting-missing':
      return p.setting === 'endpoint'
        ? 'is missing. Set the endpoint attribute, or referral.endpoint in the config, to the address that receives referrals.'
        : 'is missing: give the address of your directory of activities';
    case 'not-checked': return 'could not be checked, because part of Waymark did not load. Reload the page to try again.';
    case 'internal': return p.detail;
    case 'page-id-repeated': return `"${p.id}" is used by another page too: each page needs its own id`;
    case 'title-needed': return 'is needed when a page has more than one question';
    case 'question-id-repeated': return `"${p.id}" is used by another question too: each question needs its own id`;
    case 'option-value-repeated': return `"${p.value}" is used by another option of this question too`;
    case 'fills-repeated': return `"${p.fills}" is already filled by question "${p.question}"`;
    case 'fills-wrong-kind': return `"${p.fills}" needs a question of kind ${quoted(p.kinds)}, not "${p.kind}"`;
    case 'fills-wrong-value': return `should be one of: ${quoted(p.values)} (this question fills "${p.fills}")`;
    case 'condition-unknown-question': return `"${p.question}" should name a question on an earlier page`;
    case 'condition-both': return 'should have "equals" or "anyOf", not both';
    case 'condition-neither': return 'needs "equals" or "anyOf" to say when the page shows';
    case 'any-of-wrong-kind': return `only works with a question of kind "single" or "multiple"; "${p.question}" is "${p.kind}"`;
    case 'any-of-not-option': return `"${p.value}" is not an option of question "${p.question}"`;
    case 'equals-not-boolean': return `should be true or false, to match question "${p.question}"`;
    case 'equals-not-scale': return `should be a whole number from 0 to 10, to match question "${p.question}"`;
    case 'equals-not-text': return `should be text, to match question "${p.question}"`;
    case 'equals-not-option': return `should be one of its options: ${quoted(p.options)}, to match question "${p.question}"`;
    case 'equals-on-multiple': return 'cannot be used with a question of kind "multiple": use "anyOf"';
  }
}

/** "service.phone should be string but is number", in English. */
export function problemText(p: Problem): string {
  return `${p.path || '(the whole value)'} ${problemDescription(p)}`;
}
