// What the plain-English check lets through, and why. Keep it short: every entry must still be
// found in the source (the test says when one goes stale), and a new entry needs a reason a
// reviewer would accept, not "the score was close".

/**
 * Terms with no plainer word that means the same, scored as one short word. The reader needs
 * the term itself: to ask for it, to recognise it on a letter, or because a service uses it.
 */
export const ALLOWED_TERMS: readonly { term: string; why: string }[] = [
  {
    term: 'interpreter',
    why: 'what a person asks the NHS for by name; "someone to translate" is not the same service',
  },
  {
    term: 'volunteering',
    why: 'the activity as services, job centres and the work-confidence measure name it; "helping out for free" is longer and means less',
  },
  {
    term: 'disability',
    why: 'the word Access to Work and the Equality Act use to say who can get help; a person meets it on the forms they will fill in',
  },
  {
    term: 'Individual Placement and Support',
    why: 'the name of the NHS employment service; a person asks their GP or mental health team for it by that name',
  },
  {
    term: 'characters or fewer',
    why: 'the GOV.UK Design System wording for a text that is too long, kept as people meet it on every government form',
  },
];

/**
 * Whole messages kept word for word, because they are published measures: the Office for
 * National Statistics' ONS4 personal wellbeing questions and its direct loneliness question.
 * Changing a word makes the answers incomparable with national figures (DOMAIN.md).
 */
export const PUBLISHED_WORDING: readonly string[] = [
  'How often do you feel lonely?',
  'Occasionally',
  'Overall, how satisfied are you with your life nowadays?',
  'Overall, to what extent do you feel that the things you do in your life are worthwhile?',
  'Overall, how happy did you feel yesterday?',
  'On a scale where 0 is "not at all anxious" and 10 is "completely anxious", overall, how anxious did you feel yesterday?',
];
