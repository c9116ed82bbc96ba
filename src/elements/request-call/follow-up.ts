import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { checkboxes } from '../../views/form/index.ts';
import { plural } from '../../i18n/plural.ts';
import type { FollowUpChannel } from '../../core/vocabulary/lists.ts';
import { followUpChannelsAllowed, followUpChannelsChosen } from '../../core/referral/follow-up-channels.ts';
import type { ReferralDraft } from '../../core/referral/draft.ts';
import { errorOf, type PageContext } from './page-context.ts';

/** "Can we ask how you are getting on in about 12 weeks?" */
export function followUpQuestion(weeks: number): string {
  return plural(weeks, {
    zero: () => msg(str`Can we ask how you are getting on in about ${weeks} weeks?`, { id: 'follow-up-question.zero' }),
    one: () => msg(str`Can we ask how you are getting on in about ${weeks} week?`, { id: 'follow-up-question.one' }),
    two: () => msg(str`Can we ask how you are getting on in about ${weeks} weeks?`, { id: 'follow-up-question.two' }),
    few: () => msg(str`Can we ask how you are getting on in about ${weeks} weeks?`, { id: 'follow-up-question.few' }),
    many: () => msg(str`Can we ask how you are getting on in about ${weeks} weeks?`, { id: 'follow-up-question.many' }),
    other: () => msg(str`Can we ask how you are getting on in about ${weeks} weeks?`, { id: 'follow-up-question.other' }),
  });
}

function channelLabel(channel: FollowUpChannel): string {
  return channel === 'text' ? msg('Yes, send me a text message') : msg('Yes, send me an email');
}

/**
 * The check-in question, offered only the ways the person allowed on "How to contact you". Not
 * shown when there are none (calls only): a check-in is a link, never a cold call.
 */
export function renderFollowUp(ctx: PageContext, weeks: number | undefined) {
  const allowed = weeks === undefined ? [] : followUpChannelsAllowed(ctx.draft);
  if (weeks === undefined || allowed.length === 0) return nothing;
  return html`
    ${checkboxes({
      id: 'followUpChannels',
      label: followUpQuestion(weeks),
      hint: msg('We would send you a link to a few short questions, so we can learn what helps. Leave this blank if you would rather we did not.'),
      optional: true,
      choices: allowed.map((c) => ({ value: c, label: channelLabel(c) })),
      values: ctx.draft.followUpChannels.filter((c) => allowed.includes(c)),
      error: errorOf(ctx, 'followUpChannels'),
      onChange: (v) => ctx.set('followUpChannels', v as FollowUpChannel[]),
    })}
  `;
}

/** The answer on check your answers: the ways still allowed, or "No". */
export function followUpAnswer(d: ReferralDraft): string {
  const chosen = followUpChannelsChosen(d);
  if (chosen.length === 0) return msg('No');
  return chosen.map((c) => (c === 'text' ? msg('Yes, by text message') : msg('Yes, by email'))).join(', ');
}
