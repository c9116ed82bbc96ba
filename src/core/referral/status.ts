// What happens to a referral after it lands: the statuses a service records, which may follow
// which, and why one was declined. Codes only: the inbox and any later screen turn them into
// words. The inbox's database holds the same list (server/store/migrations/0001_referrals.sql).

export const REFERRAL_STATUSES = ['new', 'contacted', 'accepted', 'declined', 'closed', 'superseded'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/**
 * The flow a link worker follows: new → contacted → accepted | declined → closed. A service may
 * decline a new referral before any contact (it is outside their area, say). `superseded` is set
 * by the inbox when the person sent changed answers, never by hand, and nothing follows it or
 * `closed`.
 */
const NEXT: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  new: ['contacted', 'declined'],
  contacted: ['accepted', 'declined'],
  accepted: ['closed'],
  declined: ['closed'],
  closed: [],
  superseded: [],
};

/** The statuses a worker may move a referral to from `status`, in the order to offer them. */
export function nextStatuses(status: ReferralStatus): readonly ReferralStatus[] {
  return NEXT[status];
}

export function canMove(from: ReferralStatus, to: ReferralStatus): boolean {
  return NEXT[from].includes(to);
}

/** Still being worked on: the inbox's list shows these unless asked for others. */
export const OPEN_STATUSES: readonly ReferralStatus[] = ['new', 'contacted', 'accepted', 'declined'];

/** Whether a worker may still act on it (assign, add notes, change status). */
export const isActionable = (status: ReferralStatus) => status !== 'superseded' && status !== 'closed';

export const SNOMED_CT = 'http://snomed.info/sct';

/** SNOMED CT's code for the person declining social prescribing (DOMAIN.md, "Codes"). */
export const SOCIAL_PRESCRIBING_DECLINED = { system: SNOMED_CT, code: '871711000000103', display: 'Social prescribing declined' } as const;

/**
 * Why a referral was declined: the person said no (coded in SNOMED CT), or a reason of the
 * service's own. `other` needs a few words of detail.
 */
export const DECLINE_REASONS = ['person-declined', 'outside-area', 'needs-other-service', 'not-eligible', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const declineNeedsDetail = (reason: DeclineReason) => reason === 'other';

/** The SNOMED CT concept for a reason, where one exists. */
export function declineCode(reason: DeclineReason): typeof SOCIAL_PRESCRIBING_DECLINED | undefined {
  return reason === 'person-declined' ? SOCIAL_PRESCRIBING_DECLINED : undefined;
}
