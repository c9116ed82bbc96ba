import { z } from '../model/zod.ts';
import { LocalText } from '../model/common.ts';
import { NeedAreaId } from '../model/need-area.ts';
import { WorkPathwayChoice } from '../model/goals.ts';
import { toProblems, type Parsed } from '../model/problems.ts';
import { checkDefinition } from './definition-checks.ts';

/**
 * A questionnaire as data: pages of questions, each option able to weight need areas, mark a
 * work pathway or flag crisis. Waymark's default set and a service's own set (config
 * `questionnaire`) both pass through this schema, so a mistake in either is named by path.
 */

/** Ids become answer keys and element ids, so they stay short, lower case and stable. */
export const QuestionnaireId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));

export const Weights = z.partialRecord(NeedAreaId, z.number().check(z.gte(0), z.lte(10)));
export type Weights = z.infer<typeof Weights>;

/** What an answer means beyond need areas: the part of the result it fills in. */
export const FILLS = [
  'loneliness',
  'employment-status',
  'time-since-paid-work',
  'fit-note',
  'work-affecting-health',
  'work-confidence',
  'work-goals',
  'take-part',
  'days',
  'times',
  'max-miles',
  'access-needs',
  'life-satisfaction',
  'worthwhile',
  'happiness',
  'anxiety',
] as const;
export const Fills = z.enum(FILLS);
export type Fills = z.infer<typeof Fills>;

/** What choosing an option adds: weights, a work pathway, a crisis flag. */
const effects = {
  weights: z.optional(Weights),
  /** Said back to the person with the ranked need areas: "You said you feel lonely often". */
  reason: z.optional(LocalText),
  /** `none` is "not right now": no work weighting anywhere in the result. */
  workPathway: z.optional(WorkPathwayChoice),
  /** Choosing this stops the questionnaire and shows who to contact now. */
  crisis: z.optional(z.boolean()),
};

export const Option = z.strictObject({
  value: QuestionnaireId,
  label: LocalText,
  hint: z.optional(LocalText),
  /** "None of these": ticking it clears the others, and ticking another clears it. */
  exclusive: z.optional(z.boolean()),
  /** For a `max-miles` question: how far this option means. No miles means no limit. */
  miles: z.optional(z.number().check(z.gt(0), z.lte(100))),
  ...effects,
});
export type Option = z.infer<typeof Option>;

/** Yes and No carry the same effects as options; their labels default to "Yes" and "No". */
export const YesNoOption = z.strictObject({ label: z.optional(LocalText), hint: z.optional(LocalText), ...effects });

/**
 * Shows a page only when an earlier answer holds: `equals` a value (single, yes-no, scale,
 * text), or `anyOf` some option values (single or multiple).
 */
export const Condition = z.strictObject({
  question: QuestionnaireId,
  equals: z.optional(z.union([z.string(), z.number(), z.boolean()])),
  anyOf: z.optional(z.array(QuestionnaireId).check(z.minLength(1))),
});
export type Condition = z.infer<typeof Condition>;

const common = {
  id: QuestionnaireId,
  /** The question as the person reads it; on a one-question page it is the heading. */
  question: LocalText,
  hint: z.optional(LocalText),
  optional: z._default(z.boolean(), false),
  /** Shown when a required question is left empty, e.g. "Select how often you feel lonely". */
  errorMessage: z.optional(LocalText),
  fills: z.optional(Fills),
};

export const SingleQuestion = z.strictObject({
  kind: z.literal('single'),
  ...common,
  options: z.array(Option).check(z.minLength(2)),
});
export const MultipleQuestion = z.strictObject({
  kind: z.literal('multiple'),
  ...common,
  options: z.array(Option).check(z.minLength(2)),
});
export const ScaleQuestion = z.strictObject({
  kind: z.literal('scale'),
  ...common,
  /** What 0 means, e.g. "Not at all satisfied". */
  minLabel: LocalText,
  /** What 10 means, e.g. "Completely satisfied". */
  maxLabel: LocalText,
});
export const TextQuestion = z.strictObject({
  kind: z.literal('text'),
  ...common,
  maxLength: z._default(z.int().check(z.gte(1), z.lte(2000)), 500),
  /** A box of several lines, for answers longer than a few words. */
  long: z._default(z.boolean(), false),
});
export const YesNoQuestion = z.strictObject({
  kind: z.literal('yes-no'),
  ...common,
  yes: z.optional(YesNoOption),
  no: z.optional(YesNoOption),
});

export const QUESTION_KINDS = ['single', 'multiple', 'scale', 'text', 'yes-no'] as const;
export const Question = z.discriminatedUnion('kind', [SingleQuestion, MultipleQuestion, ScaleQuestion, TextQuestion, YesNoQuestion]);
export type Question = z.infer<typeof Question>;
export type QuestionKind = Question['kind'];
export const Page = z.strictObject({
  id: QuestionnaireId,
  /** The heading of a page with several questions. A one-question page uses its question. */
  title: z.optional(LocalText),
  /** A few words before the questions, e.g. why they are asked. */
  intro: z.optional(LocalText),
  /** All conditions must hold for the page to show. */
  showIf: z.optional(z.union([Condition, z.array(Condition).check(z.minLength(1))])),
  questions: z.array(Question).check(z.minLength(1)),
});
export type Page = z.infer<typeof Page>;

export const QuestionnaireDefinition = z
  .strictObject({
    /** The service's name for its set, e.g. "ashby-vale-2026": kept for its own records. */
    id: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    pages: z.array(Page).check(z.minLength(1)),
  })
  .check(z.superRefine((definition, ctx) => {
    // The problem's code travels in `params`; toProblems() reads it back.
    for (const { path, ...problem } of checkDefinition(definition)) {
      ctx.issues.push({ code: 'custom', message: problem.code, params: problem, path, input: definition });
    }
  }));
export type QuestionnaireDefinition = z.infer<typeof QuestionnaireDefinition>;
export type QuestionnaireDefinitionInput = z.input<typeof QuestionnaireDefinition>;

type Issue = z.core.$ZodIssue;

// A wrong `kind` fails the discriminated union with no branch to report; name the kinds instead.
function explainKind(issue: Issue): Issue {
  if (issue.code === 'invalid_union' && issue.errors.length === 0 && 'discriminator' in issue) {
    return { code: 'invalid_value', values: [...QUESTION_KINDS], path: issue.path, message: issue.message, input: issue.input };
  }
  return issue;
}

/**
 * Checks a questionnaire from outside (a service's config). `prefix` names where it came from,
 * so a problem reads `questionnaire.pages[2].questions[0].kind`.
 */
export function parseQuestionnaire(input: unknown, prefix: readonly PropertyKey[] = []): Parsed<QuestionnaireDefinition> {
  const result = QuestionnaireDefinition.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: toProblems(result.error.issues.map(explainKind), prefix, QuestionnaireDefinition) };
}
