import type { FollowUpChannel } from '../vocabulary/lists.ts';
import { isUkMobile, normaliseUkPhone } from '../validate/phone.ts';
import { normaliseEmail } from '../validate/email.ts';
import type { ReferralDraft } from './draft.ts';

/**
 * The ways a check-in link may reach the person, from their answers on "How to contact you": a
 * text only to a mobile they chose texts for and said is safe to text, an email only to an address
 * they gave and chose email for. The question offers only these, and the referral keeps only
 * these, so a person who later unticks texts is never texted.
 */
export function followUpChannelsAllowed(d: Pick<ReferralDraft, 'phone' | 'email' | 'methods' | 'textOk'>): FollowUpChannel[] {
  const out: FollowUpChannel[] = [];
  const mobile = normaliseUkPhone(d.phone);
  if (d.methods.includes('text') && d.textOk === 'yes' && mobile && isUkMobile(mobile)) out.push('text');
  if (d.methods.includes('email') && normaliseEmail(d.email)) out.push('email');
  return out;
}

/** The channels the person ticked that they still allow, in a fixed order. */
export function followUpChannelsChosen(d: ReferralDraft): FollowUpChannel[] {
  return followUpChannelsAllowed(d).filter((c) => d.followUpChannels.includes(c));
}
