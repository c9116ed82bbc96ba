import { msg, str } from '@lit/localize';
import type { Problem, ProblemCode } from '../core/model/problems.ts';
import { isDefinitionProblem } from '../core/questionnaire/definition-codes.ts';

// A setup problem in the reader's language, for the site editor who has to fix it. The English
// for logs and the inbox is core/model/problem-text.ts: keep the two in step.

const quoted = (values: readonly string[]) => values.join(', ');

/** Where the problem is: its path, or "(the whole value)". */
export function problemPath(p: Problem): string {
  return p.path || msg('(the whole value)');
}

/** What is wrong, after its path. */
export function problemMessage(p: ProblemCode): string {
  // A questionnaire's own problems are worded by the goals element, the one element that checks
  // one (questionnaire-problems.ts), so its language part carries them; never blank without.
  if (isDefinitionProblem(p)) return p.code;
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
    case 'unknown-key':
      return p.meant ? msg(str`is not a setting Waymark knows: did you mean "${p.meant}"?`) : msg('is not a setting Waymark knows (check the spelling)');
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
  }
}
