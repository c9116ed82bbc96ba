import { z } from './zod.ts';
import { ClockTime, Day, LocalText, SafeUrl } from './common.ts';
import { UrgentContact, WorkSupportRoute } from './urgent-help.ts';
import { LOCALES, NEED_AREAS, WORK_PATHWAYS } from '../vocabulary/lists.ts';

export { LOCALES };
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

export const DIRECTORY_FORMATS = ['waymark', 'oruk', 'oruk-v1'] as const;
export const DirectoryFormat = z.enum(DIRECTORY_FORMATS);
export type DirectoryFormat = z.infer<typeof DirectoryFormat>;

export const REFERRAL_FORMATS = ['json', 'fhir', 'form'] as const;
export const ReferralFormat = z.enum(REFERRAL_FORMATS);
export type ReferralFormat = z.infer<typeof ReferralFormat>;

/** The lawful basis the service relies on (UK GDPR article 6). Only `consent` asks a consent question. */
export const LEGAL_BASES = ['consent', 'public-task', 'legitimate-interests', 'vital-interests'] as const;
export const LegalBasis = z.enum(LEGAL_BASES);
export type LegalBasis = z.infer<typeof LegalBasis>;

/** What a directory's taxonomy term means: a need area, or a work pathway named outright. */
export const TaxonomyMeaning = z.enum([...NEED_AREAS, ...WORK_PATHWAYS]);
export type TaxonomyMeaning = z.infer<typeof TaxonomyMeaning>;

const PHONE = /^\+?[0-9][0-9 ]{2,19}$/;

/** Days the service is open and its hours on them, as schema.org's OpeningHoursSpecification and ORUK schedules say it. */
export const OpeningPeriod = z
  .strictObject({
    days: z.array(Day).check(z.minLength(1)),
    opens: ClockTime,
    closes: ClockTime,
  })
  .check(z.refine((p) => p.opens < p.closes, { message: 'closes must be later than opens', path: ['closes'] }));
export type OpeningPeriod = z.infer<typeof OpeningPeriod>;

/**
 * When the service is open: the days and hours a link worker can call back (the request form
 * offers only those), or, as before, words only, which leave every day and time on offer.
 */
export const OpeningHours = z.union([z.array(OpeningPeriod).check(z.minLength(1)), LocalText]);
export type OpeningHours = z.infer<typeof OpeningHours>;

export const ServiceConfig = z.strictObject({
  name: z.optional(LocalText),
  phone: z.optional(z.string().check(z.regex(PHONE))),
  email: z.optional(z.email()),
  openingHours: z.optional(OpeningHours),
  privacyNoticeUrl: z.optional(SafeUrl),
  /** How soon a link worker calls back, in the person's words: "within 2 working days". */
  callBackWithin: z.optional(LocalText),
  whatHappensNext: z.optional(LocalText),
  legalBasis: z._default(LegalBasis, 'consent'),
});

export const DirectoryConfig = z.strictObject({
  src: z.optional(SafeUrl),
  format: z._default(DirectoryFormat, 'waymark'),
  /** Open Referral pages are fetched this many records at a time. */
  perPage: z._default(z.int().check(z.gte(1), z.lte(500)), 100),
  /**
   * Taxonomy term ids, codes or names (lower case) mapped to what they mean, for Open Referral
   * feeds: need areas, and `work-direct` / `work-indirect` to set a term's work pathway outright.
   */
  taxonomyMap: z._default(z.record(z.string(), z.array(TaxonomyMeaning)), {}),
});

export const ReferralConfig = z.strictObject({
  endpoint: z.optional(SafeUrl),
  format: z._default(ReferralFormat, 'json'),
  /** Each attempt gives up after this long. */
  timeoutMs: z._default(z.int().check(z.gte(1000), z.lte(120000)), 15000),
  maxAttempts: z._default(z.int().check(z.gte(1), z.lte(8)), 4),
});

export const UrgentHelpConfig = z.strictObject({
  /** Replaces England's defaults when given. */
  contacts: z.optional(z.array(UrgentContact).check(z.minLength(1))),
});

export const LanguageConfig = z.strictObject({
  default: z._default(Locale, 'en'),
  enabled: z._default(z.array(Locale).check(z.minLength(1)), ['en']),
  picker: z._default(z.boolean(), false),
});

export const KioskConfig = z.strictObject({
  enabled: z._default(z.boolean(), false),
  idleSeconds: z._default(z.int().check(z.gte(5), z.lte(3600)), 120),
  countdownSeconds: z._default(z.int().check(z.gte(3), z.lte(600)), 30),
});

/**
 * Asking again later: "Can we ask how you are getting on in about 12 weeks?" Off unless the
 * service sends check-ins (the Waymark inbox does), so nobody is promised a message that never comes.
 */
export const FollowUpConfig = z.strictObject({
  enabled: z._default(z.boolean(), false),
  /** Weeks after the referral arrives; evaluations of social prescribing asked again at 3 to 4 months. */
  afterWeeks: z._default(z.int().check(z.gte(1), z.lte(52)), 12),
});

/**
 * "Report a problem with this listing" on each finder card. Reports go to `endpoint`, a Waymark
 * inbox's `/listing-reports`, when set; else the person's email app opens a message to `email`
 * (or to `service.email`). With neither, the finder offers no report.
 */
export const ListingReportsConfig = z.strictObject({
  endpoint: z.optional(SafeUrl),
  email: z.optional(z.email()),
});

/**
 * Everything a site sets up. Unknown keys are refused so a typo ("endpiont") is named,
 * not silently ignored. Every section has safe defaults, so `{}` is a working config for
 * elements that need nothing more (the urgent-help panel, a finder given `directory-src`).
 */
export const WaymarkConfig = z.strictObject({
  service: z._default(ServiceConfig, { legalBasis: 'consent' }),
  directory: z._default(DirectoryConfig, { format: 'waymark', perPage: 100, taxonomyMap: {} }),
  referral: z._default(ReferralConfig, { format: 'json', timeoutMs: 15000, maxAttempts: 4 }),
  /** A postcodes.io-compatible base URL: Waymark calls `{postcodeLookup}/outcodes/{outcode}`. */
  postcodeLookup: z.optional(SafeUrl),
  urgentHelp: z._default(UrgentHelpConfig, {}),
  /** Where to turn for help with work when no employment support is near; replaces Waymark's UK list. */
  workSupport: z.optional(z.array(WorkSupportRoute).check(z.minLength(1), z.maxLength(10))),
  languages: z._default(LanguageConfig, { default: 'en', enabled: ['en'], picker: false }),
  kiosk: z._default(KioskConfig, { enabled: false, idleSeconds: 120, countdownSeconds: 30 }),
  followUp: z._default(FollowUpConfig, { enabled: false, afterWeeks: 12 }),
  listingReports: z.optional(ListingReportsConfig),
  /** A service's own questionnaire definition; checked by the questionnaire's schema. */
  questionnaire: z.optional(z.unknown()),
});
export type WaymarkConfig = z.infer<typeof WaymarkConfig>;
export type WaymarkConfigInput = z.input<typeof WaymarkConfig>;
