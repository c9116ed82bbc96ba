import type { ContactMethod } from '../model/referral.ts';
import type { FollowUpChannel } from '../vocabulary/lists.ts';
import type { Day, TimeOfDay } from '../model/common.ts';
import type { DateParts } from '../validate/date-of-birth.ts';

export type YesNo = 'yes' | 'no' | '';

/**
 * What the person has typed so far, exactly as typed. It is normalised into a `Referral` only
 * when they send it, so nothing they wrote is rewritten under their fingers.
 * Each key is also the id of its field in the form (the first box of a group).
 */
export interface ReferralDraft {
  fullName: string;
  preferredName: string;
  dateOfBirth: DateParts;
  postcode: string;
  gpPractice: string;
  nhsNumber: string;
  phone: string;
  email: string;
  methods: ContactMethod[];
  bestDays: Day[];
  bestTimes: TimeOfDay[];
  voicemailOk: YesNo;
  textOk: YesNo;
  language: string;
  interpreter: boolean;
  adjustments: string;
  message: string;
  /** Ticked when someone is filling the form in with or for the person. */
  assisted: boolean;
  /** "Would you like someone to go with you the first time?" Optional: '' when not answered. */
  someoneToGoWith: YesNo;
  consent: boolean;
  /**
   * "Can we ask how you are getting on in about 12 weeks?": the ways the person ticked (a text,
   * an email). None ticked is no. Asked only when the service sends check-ins.
   */
  followUpChannels: FollowUpChannel[];
}

export function emptyDraft(): ReferralDraft {
  return {
    fullName: '',
    preferredName: '',
    dateOfBirth: { day: '', month: '', year: '' },
    postcode: '',
    gpPractice: '',
    nhsNumber: '',
    phone: '',
    email: '',
    methods: [],
    bestDays: [],
    bestTimes: [],
    voicemailOk: '',
    textOk: '',
    language: '',
    interpreter: false,
    adjustments: '',
    message: '',
    assisted: false,
    someoneToGoWith: '',
    consent: false,
    followUpChannels: [],
  };
}

/** Longest answers the referral accepts (see `core/model/referral.ts`). The form uses them as `maxlength`. */
export const MAX_LENGTH = {
  fullName: 200,
  preferredName: 100,
  gpPractice: 200,
  language: 100,
  adjustments: 1000,
  message: 2000,
} as const;

/** Whether the person has typed or chosen anything (the helper switch aside): leaving would lose it. */
export function draftHasAnswers(d: ReferralDraft): boolean {
  const empty = emptyDraft();
  return (Object.keys(empty) as (keyof ReferralDraft)[]).some((k) => k !== 'assisted' && JSON.stringify(d[k]) !== JSON.stringify(empty[k]));
}
