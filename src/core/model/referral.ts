import { z } from './zod.ts';
import { Day, IsoDate, TimeOfDay } from './common.ts';
import { LegalBasis } from './config.ts';
import { GoalsResult } from './goals.ts';
import { FOLLOW_UP_CHANNELS } from '../vocabulary/lists.ts';

export { FOLLOW_UP_CHANNELS };

export const REFERRAL_SCHEMA_VERSION = 1;

export const CONTACT_METHODS = ['call', 'text', 'email'] as const;
export const ContactMethod = z.enum(CONTACT_METHODS);
export type ContactMethod = z.infer<typeof ContactMethod>;

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

export const ReferralSource = z.strictObject({
  /** The page the form was on, without its query string or fragment. */
  page: z.string(),
  widgetVersion: z.string(),
  locale: z.string(),
  kiosk: z.boolean(),
  /** True when a volunteer or relative filled the form in with the person. */
  assisted: z.boolean(),
});

export const ReferralPerson = z.strictObject({
  fullName: text(200),
  preferredName: z.optional(text(100)),
  dateOfBirth: IsoDate,
  postcode: z.string().check(z.regex(/^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/)),
  gpPractice: z.optional(text(200)),
  nhsNumber: z.optional(z.string().check(z.regex(/^[0-9]{10}$/))),
});

export const ReferralContact = z.strictObject({
  /** Digits only, UK national format: "07700900123". */
  phone: z.string().check(z.regex(/^0[0-9]{9,10}$/)),
  email: z.optional(z.email()),
  methods: z.array(ContactMethod).check(z.minLength(1)),
  bestDays: z._default(z.array(Day), []),
  bestTimes: z._default(z.array(TimeOfDay), []),
  voicemailOk: z.boolean(),
  textOk: z.boolean(),
  language: z.optional(text(100)),
  interpreter: z.boolean(),
  adjustments: z.optional(text(1000)),
  message: z.optional(text(2000)),
});

export const PlanItem = z.strictObject({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
});
export type PlanItem = z.infer<typeof PlanItem>;

/** What would make the first visit easier, asked on the form. */
export const ReferralFirstVisit = z.strictObject({
  /** "Would you like someone to go with you the first time?" */
  someoneToGoWith: z.boolean(),
});

export const FollowUpChannel = z.enum(FOLLOW_UP_CHANNELS);
export type FollowUpChannel = z.infer<typeof FollowUpChannel>;

/**
 * "Can we ask how you are getting on in about 12 weeks?": the person's answer, the channels they
 * chose for it (only ways they allowed us to contact them), and the interval they were told, which
 * is the service's `followUp.afterWeeks`. A receiver asks again that many weeks after it received
 * the referral, only when `consent` is true.
 */
export const ReferralFollowUp = z.strictObject({
  consent: z.boolean(),
  channels: z._default(z.array(FollowUpChannel), []),
  afterWeeks: z.int().check(z.gte(1), z.lte(52)),
});
export type ReferralFollowUp = z.infer<typeof ReferralFollowUp>;

export const ReferralConsent = z.strictObject({
  basis: LegalBasis,
  /** Whether the person ticked the consent question. Only asked when the basis is consent. */
  given: z.optional(z.boolean()),
  privacyNoticeUrl: z.optional(z.string()),
});

type ReferralShape = {
  contact: { phone: string; email?: string; methods: ContactMethod[]; textOk: boolean };
  followUp?: ReferralFollowUp;
};

/**
 * Why the follow-up channels do not fit the person's contact answers, or undefined when they do.
 * A check-in goes only the ways the person allowed: a text only to a mobile they said is safe to
 * text, an email only to an address they gave for contact. No consent, no channels.
 */
export function followUpChannelProblem(r: ReferralShape): 'channels-without-consent' | 'no-channel' | 'repeated' | FollowUpChannel | undefined {
  const f = r.followUp;
  if (!f) return undefined;
  if (!f.consent) return f.channels.length ? 'channels-without-consent' : undefined;
  if (!f.channels.length) return 'no-channel';
  if (new Set(f.channels).size !== f.channels.length) return 'repeated';
  const c = r.contact;
  if (f.channels.includes('text') && !(c.methods.includes('text') && c.textOk && c.phone.startsWith('07'))) return 'text';
  if (f.channels.includes('email') && !(c.methods.includes('email') && c.email)) return 'email';
  return undefined;
}

/**
 * A self-referral, as the form builds it, the demo's mock endpoint checks it, and
 * `dist/referral.schema.json` publishes it. Bump `schemaVersion` for any breaking change; an
 * optional field a receiver may ignore (such as `supersedes`) is not one.
 */
export const Referral = z
  .strictObject({
    schemaVersion: z.literal(REFERRAL_SCHEMA_VERSION),
    /** A UUID, made once per referral and sent as the `Idempotency-Key` on every attempt. */
    id: z.uuid(),
    /**
     * The `id` of an earlier referral from the same person that this one replaces. Set when they
     * changed their answers after a send that may have arrived: a service keeps the newest.
     */
    supersedes: z.optional(z.uuid()),
    submittedAt: z.iso.datetime({ offset: true }),
    source: ReferralSource,
    person: ReferralPerson,
    contact: ReferralContact,
    goals: z.optional(GoalsResult),
    plan: z._default(z.array(PlanItem), []),
    firstVisit: z.optional(ReferralFirstVisit),
    consent: ReferralConsent,
    followUp: z.optional(ReferralFollowUp),
  })
  .check(
    z.refine((r) => r.supersedes !== r.id, { message: 'supersedes must name another referral, not this one', path: ['supersedes'] }),
    z.refine((r) => r.consent.basis !== 'consent' || r.consent.given === true, {
      message: 'consent.given must be true when the legal basis is consent',
      path: ['consent', 'given'],
    }),
    z.refine((r) => followUpChannelProblem(r) === undefined, {
      message: 'should name only ways the person allowed us to contact them (text: a mobile that is safe to text; email: an address given for contact), at least one, and only with consent',
      path: ['followUp', 'channels'],
    }),
  );
export type Referral = z.infer<typeof Referral>;
export type ReferralInput = z.input<typeof Referral>;
