import { msg } from '@lit/localize';
import { NEED_AREAS } from '../core/vocabulary/lists.ts';
import { needAreaDescription, needAreaLabel } from './need-areas.ts';
import type { Question, QuestionnaireDefinition, QuestionnaireDefinitionInput } from '../core/questionnaire/definition.ts';

/** The option in the first question that says a person may not be safe. */
export const CRISIS_OPTION = 'not-safe';

// Reading age 9 to 11: short sentences, everyday words, and a reason given for every
// question that might feel personal. Built in a function so msg() reads the locale in force.

function helpWith(): QuestionnaireDefinitionInput['pages'][number] {
  return {
    id: 'help-with',
    questions: [{
      kind: 'multiple',
      id: 'help-with',
      question: msg('What would you like help with?'),
      hint: msg('Choose as many as you like.'),
      errorMessage: msg('Select what you would like help with'),
      options: [
        ...NEED_AREAS.map((id) => ({
          value: id,
          label: needAreaLabel(id),
          hint: needAreaDescription(id),
          weights: { [id]: 3 },
          ...(id === 'work' ? { workPathway: 'direct' as const } : {}),
        })),
        { value: 'something-else', label: msg('Something else') },
        // Last, in plain words, so someone who is not safe is never made to hunt for it.
        {
          value: CRISIS_OPTION,
          label: msg('I feel I might harm myself, or I do not feel safe'),
          hint: msg('We will show you who can help you now.'),
          crisis: true,
        },
      ],
    }],
  };
}

function loneliness(): QuestionnaireDefinitionInput['pages'][number] {
  // The ONS direct question and its five answers, worded as published.
  return {
    id: 'loneliness',
    questions: [{
      kind: 'single',
      id: 'loneliness',
      fills: 'loneliness',
      optional: true,
      question: msg('How often do you feel lonely?'),
      hint: msg('This helps us find people and groups for you.'),
      options: [
        { value: 'often-always', label: msg('Often or always'), weights: { loneliness: 3 }, reason: msg('You said you feel lonely often or always') },
        { value: 'some-of-the-time', label: msg('Some of the time'), weights: { loneliness: 2 }, reason: msg('You said you feel lonely some of the time') },
        { value: 'occasionally', label: msg('Occasionally'), weights: { loneliness: 1 }, reason: msg('You said you feel lonely now and then') },
        { value: 'hardly-ever', label: msg('Hardly ever') },
        { value: 'never', label: msg('Never') },
      ],
    }],
  };
}

function work(): QuestionnaireDefinitionInput['pages'] {
  return [
    {
      id: 'work-situation',
      questions: [{
        kind: 'single',
        id: 'work-situation',
        fills: 'employment-status',
        optional: true,
        question: msg('What is your work situation at the moment?'),
        hint: msg('Some activities can help with work. We only suggest them if you want us to.'),
        options: [
          { value: 'working', label: msg('I am working') },
          { value: 'off-sick', label: msg('I have a job but I am off sick') },
          { value: 'looking-for-work', label: msg('I am looking for work'), weights: { work: 1 }, reason: msg('You said you are looking for work') },
          { value: 'unable-health', label: msg('I cannot work because of my health'), weights: { 'long-term-conditions': 1 }, reason: msg('You said you cannot work because of your health') },
          { value: 'caring', label: msg('I look after someone'), weights: { caring: 1 }, reason: msg('You said you look after someone') },
          { value: 'studying', label: msg('I am studying') },
          { value: 'retired', label: msg('I am retired') },
          { value: 'prefer-not-to-say', label: msg('I prefer not to say') },
        ],
      }],
    },
    ...workDetails(),
    {
      id: 'work-help',
      questions: [{
        kind: 'multiple',
        id: 'work-help',
        fills: 'work-goals',
        optional: true,
        question: msg('Would you like help with anything to do with work?'),
        hint: msg('Choose as many as you like.'),
        options: [
          { value: 'find-work', label: msg('Finding work'), weights: { work: 3 }, workPathway: 'direct', reason: msg('You said you would like help to find work') },
          {
            value: 'stay-or-return',
            label: msg('Staying in work or going back to work'),
            weights: { work: 3 },
            workPathway: 'direct',
            reason: msg('You said you would like help to stay in work or go back to work'),
          },
          { value: 'volunteer', label: msg('Volunteering'), weights: { volunteering: 3 }, workPathway: 'indirect', reason: msg('You said you would like to volunteer') },
          { value: 'learn-skills', label: msg('Learning new skills'), weights: { 'learning-skills': 3 }, workPathway: 'indirect', reason: msg('You said you would like to learn new skills') },
          { value: 'not-now', label: msg('Not right now'), hint: msg('That is fine. We will not suggest anything about work.'), exclusive: true, workPathway: 'none' },
        ],
      }],
    },
    {
      // The outcome measure of the indirect route, asked again at the check-in: only of someone
      // who asked for help towards work, so it is never put to someone who said "not now".
      id: 'work-confidence',
      showIf: { question: 'work-help', anyOf: ['find-work', 'stay-or-return', 'volunteer', 'learn-skills'] },
      questions: [{
        kind: 'scale',
        id: 'work-confidence',
        fills: 'work-confidence',
        optional: true,
        question: msg('How confident do you feel about work, learning or volunteering?'),
        hint: msg('There are no right or wrong answers. You can skip this question.'),
        minLabel: msg('Not at all confident'),
        maxLabel: msg('Very confident'),
      }],
    },
  ];
}

/**
 * A few more questions about work, each asked only when it fits the person's answer before,
 * each optional with "I prefer not to say", so nobody is pushed to talk about work.
 */
function workDetails(): QuestionnaireDefinitionInput['pages'] {
  const preferNotToSay = { value: 'prefer-not-to-say', label: msg('I prefer not to say') };
  return [
    {
      id: 'time-since-paid-work',
      showIf: { question: 'work-situation', anyOf: ['looking-for-work', 'unable-health', 'caring', 'studying'] },
      questions: [{
        kind: 'single',
        id: 'time-since-paid-work',
        fills: 'time-since-paid-work',
        optional: true,
        question: msg('When did you last have a paid job?'),
        hint: msg('This helps a link worker find the right support for you. You can skip this question.'),
        options: [
          { value: 'less-than-6-months', label: msg('Less than 6 months ago') },
          { value: '6-to-12-months', label: msg('6 months to a year ago') },
          { value: '1-to-2-years', label: msg('1 to 2 years ago') },
          { value: '2-to-5-years', label: msg('2 to 5 years ago') },
          { value: 'more-than-5-years', label: msg('More than 5 years ago') },
          { value: 'never', label: msg('I have never had a paid job') },
          preferNotToSay,
        ],
      }],
    },
    {
      id: 'fit-note',
      showIf: { question: 'work-situation', equals: 'off-sick' },
      questions: [{
        kind: 'single',
        id: 'fit-note',
        fills: 'fit-note',
        optional: true,
        question: msg('Do you have a fit note?'),
        hint: msg('A fit note is from a doctor. It says if you can work, and what might help. You can skip this question.'),
        options: [
          { value: 'yes', label: msg('Yes') },
          { value: 'no', label: msg('No') },
          { value: 'not-sure', label: msg('I am not sure') },
          preferNotToSay,
        ],
      }],
    },
    {
      id: 'work-affecting-health',
      showIf: { question: 'work-situation', anyOf: ['working', 'off-sick'] },
      questions: [{
        kind: 'single',
        id: 'work-affecting-health',
        fills: 'work-affecting-health',
        optional: true,
        question: msg('Is your work affecting your health?'),
        hint: msg('Work can be good for us, but not always. A link worker can talk about it with you. You can skip this question.'),
        options: [
          { value: 'yes', label: msg('Yes') },
          { value: 'a-little', label: msg('A little') },
          { value: 'no', label: msg('No') },
          { value: 'not-sure', label: msg('I am not sure') },
          preferNotToSay,
        ],
      }],
    },
  ];
}

function takingPart(): QuestionnaireDefinitionInput['pages'] {
  return [
    {
      id: 'take-part',
      questions: [{
        kind: 'multiple',
        id: 'take-part',
        fills: 'take-part',
        optional: true,
        question: msg('How would you like to take part?'),
        hint: msg('Choose all that suit you.'),
        options: [
          { value: 'group', label: msg('In a group') },
          { value: 'one-to-one', label: msg('One-to-one') },
          { value: 'in-person', label: msg('Face to face') },
          { value: 'online', label: msg('Online') },
          { value: 'phone', label: msg('By phone') },
        ],
      }],
    },
    {
      id: 'days',
      questions: [{
        kind: 'multiple',
        id: 'days',
        fills: 'days',
        optional: true,
        question: msg('Which days are you free?'),
        hint: msg('Choose all that apply.'),
        options: [
          { value: 'mon', label: msg('Monday') },
          { value: 'tue', label: msg('Tuesday') },
          { value: 'wed', label: msg('Wednesday') },
          { value: 'thu', label: msg('Thursday') },
          { value: 'fri', label: msg('Friday') },
          { value: 'sat', label: msg('Saturday') },
          { value: 'sun', label: msg('Sunday') },
        ],
      }],
    },
    {
      id: 'times',
      questions: [{
        kind: 'multiple',
        id: 'times',
        fills: 'times',
        optional: true,
        question: msg('What times of day suit you?'),
        hint: msg('Choose all that apply.'),
        options: [
          { value: 'morning', label: msg('Mornings') },
          { value: 'afternoon', label: msg('Afternoons') },
          { value: 'evening', label: msg('Evenings') },
        ],
      }],
    },
    {
      id: 'distance',
      questions: [{
        kind: 'single',
        id: 'distance',
        fills: 'max-miles',
        optional: true,
        question: msg('How far can you travel to an activity?'),
        hint: msg('Think about walking, buses, or a lift from someone.'),
        options: [
          { value: 'up-to-1', label: msg('Up to 1 mile'), miles: 1 },
          { value: 'up-to-3', label: msg('Up to 3 miles'), miles: 3 },
          { value: 'up-to-5', label: msg('Up to 5 miles'), miles: 5 },
          { value: 'up-to-10', label: msg('Up to 10 miles'), miles: 10 },
          { value: 'any', label: msg('Distance does not matter to me') },
        ],
      }],
    },
    {
      id: 'easier',
      questions: [{
        kind: 'multiple',
        id: 'easier',
        fills: 'access-needs',
        optional: true,
        question: msg('Would anything make it easier for you to take part?'),
        hint: msg('Choose all that apply.'),
        options: [
          { value: 'step-free', label: msg('Step-free access, like a ramp or a lift') },
          { value: 'hearing', label: msg('A hearing loop or a sign language interpreter') },
          { value: 'language', label: msg('Help with English, or someone who speaks my language') },
          { value: 'bring-someone', label: msg('Bringing someone with me') },
          { value: 'quiet', label: msg('A quiet space') },
          { value: 'other', label: msg('Something else') },
          { value: 'none', label: msg('No, nothing'), exclusive: true },
        ],
      }],
    },
    {
      id: 'easier-details',
      showIf: { question: 'easier', anyOf: ['language', 'other'] },
      questions: [{
        kind: 'text',
        id: 'easier-details',
        optional: true,
        long: true,
        maxLength: 500,
        question: msg('Tell us what would make it easier'),
        hint: msg('For example, the language you speak.'),
      }],
    },
  ];
}

function wellbeing(): QuestionnaireDefinitionInput['pages'] {
  // ONS4 personal wellbeing, worded exactly as the Office for National Statistics publishes it.
  // Asked only if the person agrees, and every item can be skipped.
  const onlyIfAgreed = { question: 'wellbeing', equals: true };
  const hint = msg('There are no right or wrong answers.');
  const item = (id: string, fills: 'life-satisfaction' | 'worthwhile' | 'happiness' | 'anxiety', question: string, minLabel: string, maxLabel: string) => ({
    id,
    showIf: onlyIfAgreed,
    questions: [{ kind: 'scale' as const, id, fills, optional: true, question, hint, minLabel, maxLabel }],
  });
  return [
    {
      id: 'wellbeing',
      questions: [{
        kind: 'yes-no',
        id: 'wellbeing',
        optional: true,
        question: msg('Would you like to answer 4 questions about how you feel?'),
        hint: msg('This helps us see if we are helping. You can skip these questions.'),
      }],
    },
    item('life-satisfaction', 'life-satisfaction', msg('Overall, how satisfied are you with your life nowadays?'), msg('Not at all satisfied'), msg('Completely satisfied')),
    item(
      'worthwhile',
      'worthwhile',
      msg('Overall, to what extent do you feel that the things you do in your life are worthwhile?'),
      msg('Not at all worthwhile'),
      msg('Completely worthwhile'),
    ),
    item('happiness', 'happiness', msg('Overall, how happy did you feel yesterday?'), msg('Not at all happy'), msg('Completely happy')),
    item(
      'anxiety',
      'anxiety',
      msg('On a scale where 0 is "not at all anxious" and 10 is "completely anxious", overall, how anxious did you feel yesterday?'),
      msg('Not at all anxious'),
      msg('Completely anxious'),
    ),
  ];
}

/** Waymark's own "what matters to you" set, as data (before the schema fills its defaults). */
export function defaultQuestionnaireInput(): QuestionnaireDefinitionInput {
  return {
    id: 'waymark-default-1',
    pages: [helpWith(), {
      id: 'something-else',
      showIf: { question: 'help-with', anyOf: ['something-else'] },
      questions: [{
        kind: 'text',
        id: 'something-else',
        long: true,
        maxLength: 500,
        question: msg('What else would you like help with?'),
        hint: msg('Use your own words.'),
        errorMessage: msg('Tell us what else you would like help with'),
      }],
    }, loneliness(), ...work(), ...takingPart(), ...wellbeing()],
  };
}

/**
 * The default set, with the schema's defaults filled in. It does not go through the schema at
 * run time (that schema is for a service's own set and loads only then); the tests check that
 * the schema accepts it and gives exactly this. Call at render time.
 */
export function defaultQuestionnaire(): QuestionnaireDefinition {
  const input = defaultQuestionnaireInput();
  return {
    ...input,
    pages: input.pages.map((page) => ({
      ...page,
      questions: page.questions.map((question) => {
        const filled = { ...question, optional: question.optional ?? false };
        return (filled.kind === 'text' ? { ...filled, maxLength: filled.maxLength ?? 500, long: filled.long ?? false } : filled) as Question;
      }),
    })),
  };
}
