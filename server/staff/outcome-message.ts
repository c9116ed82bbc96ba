import { SOCIAL_PRESCRIBING_REFERRAL } from '../../src/core/referral/fhir.ts';
import { DECLINE_REASONS, SOCIAL_PRESCRIBING_DECLINED, type DeclineReason, type ReferralStatus } from '../../src/core/referral/status.ts';
import { dateOnly } from './words.ts';
import type { ReferralView } from './referral-view.ts';

// "Message to the referrer": a short plain-text outcome a worker copies into a letter or email
// to the GP practice, or prints, for the person's GP record (PRSB Social Prescribing standard:
// a record of what happened, back to the referrer). Plain text, so it pastes anywhere.

export interface OutcomeFacts {
  reference: string;
  status: ReferralStatus;
  statusAt: string;
  receivedAt: string;
  declineReason: string | null;
  declineDetail: string | null;
  workerName: string | null;
  serviceName: string | undefined;
  today: Date;
}

/** A service's reason, said about the person: "because Sam lives outside the area we cover". */
const BECAUSE: Record<Exclude<DeclineReason, 'person-declined' | 'other'>, string> = {
  'outside-area': 'lives outside the area we cover',
  'needs-other-service': 'needs a different service',
  'not-eligible': 'cannot use our service',
};

const isReason = (value: string | null): value is DeclineReason => (DECLINE_REASONS as readonly string[]).includes(value ?? '');

function outcome(f: OutcomeFacts, name: string): string[] {
  const declined = f.status === 'declined' || (f.status === 'closed' && isReason(f.declineReason));
  if (declined && isReason(f.declineReason)) {
    const reason = f.declineReason;
    if (reason === 'other') return [`Outcome: declined by the service. Reason: ${f.declineDetail ?? 'not recorded'}`];
    const lines = reason === 'person-declined'
      ? [`Outcome: declined. ${name} decided not to take up social prescribing.`, `Code: SNOMED CT ${SOCIAL_PRESCRIBING_DECLINED.code} ${SOCIAL_PRESCRIBING_DECLINED.display}.`]
      : [`Outcome: declined by the service, because ${name} ${BECAUSE[reason]}.`];
    if (f.declineDetail) lines.push(`Detail: ${f.declineDetail}`);
    return lines;
  }
  switch (f.status) {
    case 'new':
      return [`Outcome so far: received. We will contact ${name} soon.`];
    case 'contacted':
      return [`Outcome so far: we have spoken with ${name}. We will tell you the outcome.`];
    case 'accepted':
      return [`Outcome: accepted. ${name} is working with a link worker.`];
    case 'closed':
      return [`Outcome: accepted. ${name} worked with a link worker, and the referral is now closed.`];
    default:
      return [`Outcome: this referral was replaced by a newer one from ${name}.`];
  }
}

export function outcomeMessage(view: ReferralView, f: OutcomeFacts): string {
  const person = view.person;
  const get = (label: string) => person.find((l) => l.label === label)?.value;
  const name = get('Preferred name') ?? view.name;
  const gp = get('GP practice');
  const lines = [
    'Social prescribing referral: outcome',
    '',
    `To: ${gp ?? 'the referrer'}`,
    `From: ${f.serviceName ?? 'the social prescribing service'}${f.workerName ? ` (${f.workerName}, link worker)` : ''}`,
    `Date: ${dateOnly(f.today.toISOString())}`,
    '',
    `Patient: ${view.name}`,
    ...[get('Date of birth') && `Date of birth: ${get('Date of birth')}`, get('NHS number') && `NHS number: ${get('NHS number')}`, get('Postcode') && `Postcode: ${get('Postcode')}`].filter(
      (l): l is string => Boolean(l),
    ),
    `Our reference: ${f.reference}`,
    `Referral received: ${dateOnly(f.receivedAt)} (SNOMED CT ${SOCIAL_PRESCRIBING_REFERRAL.code} ${SOCIAL_PRESCRIBING_REFERRAL.display})`,
    '',
    ...outcome(f, name),
    ...(f.status !== 'new' && f.status !== 'superseded' ? [`Date of outcome: ${dateOnly(f.statusAt)}`] : []),
    ...(view.plan.length ? ['', `Activities they chose: ${view.plan.join('; ')}.`] : []),
  ];
  return `${lines.join('\n')}\n`;
}
