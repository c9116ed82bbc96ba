// The fixed lists of ids Waymark's data uses, as plain values. The zod schemas in core/model
// are built from them; elements import them from here, so drawing a filter or a label never
// pulls in the checker (zod), which loads on its own (see platform/config-checker.ts).

/** The languages Waymark speaks: English and the translations in locales/. */
export const LOCALES = ['en', 'cy', 'pl', 'ur', 'ar', 'bn'] as const;
export type Locale = (typeof LOCALES)[number];

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

/** The fixed, stable ids of what a person may want help with. Never rename one: services store them. */
export const NEED_AREAS = [
  'loneliness',
  'mental-wellbeing',
  'physical-activity',
  'arts-creativity',
  'nature-outdoors',
  'learning-skills',
  'work',
  'volunteering',
  'money-debt',
  'housing',
  'food-cooking',
  'caring',
  'long-term-conditions',
  'bereavement',
  'family-parenting',
  'digital-skills',
] as const;
export type NeedAreaId = (typeof NEED_AREAS)[number];

/** How an activity helps towards work: directly (employment support) or by removing barriers. */
export const WORK_PATHWAYS = ['work-direct', 'work-indirect'] as const;
export type WorkPathway = (typeof WORK_PATHWAYS)[number];

export const TAKE_PART_MODES = ['in-person', 'online', 'phone'] as const;
export type TakePartMode = (typeof TAKE_PART_MODES)[number];

export const JOIN_ROUTES = ['self-referral', 'link-worker', 'drop-in'] as const;
export type JoinRoute = (typeof JOIN_ROUTES)[number];

/** Access needs an activity's description can say it meets (found by words; see directory/facets.ts). */
export const ACCESS_FEATURES = ['step-free', 'accessible-toilet', 'hearing-loop'] as const;
export type AccessFeature = (typeof ACCESS_FEATURES)[number];

export const EMPLOYMENT_STATUSES = [
  'working',
  'off-sick',
  'looking-for-work',
  'unable-health',
  'caring',
  'studying',
  'retired',
  'prefer-not-to-say',
] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

/** What a person would like help with towards work. `not-now` is respected everywhere after. */
export const WORK_GOALS = ['find-work', 'stay-or-return', 'volunteer', 'learn-skills', 'not-now'] as const;
export type WorkGoal = (typeof WORK_GOALS)[number];

/**
 * How long since the person was last in paid work, in bands. `never` is "I have never had a paid job".
 * Every work answer offers `prefer-not-to-say`, as the employment status does: a kind way out.
 */
export const TIME_SINCE_PAID_WORK = [
  'less-than-6-months',
  '6-to-12-months',
  '1-to-2-years',
  '2-to-5-years',
  'more-than-5-years',
  'never',
  'prefer-not-to-say',
] as const;
export type TimeSincePaidWork = (typeof TIME_SINCE_PAID_WORK)[number];

/** Off sick: whether they have a fit note (a Statement of Fitness for Work). */
export const FIT_NOTE_ANSWERS = ['yes', 'no', 'not-sure', 'prefer-not-to-say'] as const;
export type FitNoteAnswer = (typeof FIT_NOTE_ANSWERS)[number];

/** In work: "Is your work affecting your health?" */
export const WORK_HEALTH_ANSWERS = ['yes', 'a-little', 'no', 'not-sure', 'prefer-not-to-say'] as const;
export type WorkHealthAnswer = (typeof WORK_HEALTH_ANSWERS)[number];

export const LONELINESS_ANSWERS = ['often-always', 'some-of-the-time', 'occasionally', 'hardly-ever', 'never'] as const;
export type Loneliness = (typeof LONELINESS_ANSWERS)[number];

/** How a check-in link may reach the person: a text to their mobile, or an email. Never a call: it is a link. */
export const FOLLOW_UP_CHANNELS = ['text', 'email'] as const;
export type FollowUpChannel = (typeof FOLLOW_UP_CHANNELS)[number];

/** Steps towards work since the referral, direct and indirect (DOMAIN.md: count steps, not only jobs). */
export const WORK_STEPS = ['volunteering-or-course', 'updated-cv', 'applied', 'interview', 'started-or-returned', 'more-hours'] as const;
export type WorkStep = (typeof WORK_STEPS)[number];

/** "Would you recommend it?" */
export const RECOMMEND_ANSWERS = ['yes', 'no', 'not-sure'] as const;
export type RecommendAnswer = (typeof RECOMMEND_ANSWERS)[number];
