import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { h } from '../../platform/heading.ts';
import { dateText } from '../../words/intl.ts';
import { msg, str } from '@lit/localize';
import { summaryList, type SummaryRow } from '../../views/form/index.ts';
import type { LegalBasis } from '../../core/model/config.ts';
import type { ReferralDraft } from '../../core/referral/draft.ts';
import type { ReferralStep } from '../../core/validate/referral-steps.ts';
import { checkDateOfBirth } from '../../core/validate/date-of-birth.ts';
import { dayLabel, methodLabel, timeLabel } from './labels.ts';
import { followUpAnswer, followUpQuestion } from './follow-up.ts';
import { followUpChannelsAllowed } from '../../core/referral/follow-up-channels.ts';

export interface CheckAnswersOptions {
  draft: ReferralDraft;
  locale: string;
  legalBasis: LegalBasis;
  /** The service asks again later: show the answer to "Can we ask how you are getting on?". */
  followUpWeeks?: number;
  /** A send is on its way: "Change" does nothing until it ends. */
  locked: boolean;
  onChange: (step: ReferralStep, field: string) => void;
  /** The level of the lists' headings, one below the page's. */
  level: number;
}

const orNotGiven = (value: string) => value.trim() || msg('Not given');
const yesNo = (value: string) => (value === 'yes' ? msg('Yes') : value === 'no' ? msg('No') : msg('Not given'));

/** What the person said, grouped as they were asked, each with a "Change" link back to its question. */
/** "12 April 1970" in the person's language; the boxes as typed if they do not make a date. */
function formatDateOfBirth(d: ReferralDraft, locale: string): string {
  const dob = checkDateOfBirth(d.dateOfBirth, new Date());
  if (!dob.ok) return [d.dateOfBirth.day, d.dateOfBirth.month, d.dateOfBirth.year].map((p) => p.trim()).join(' ');
  return dateText(new Date(`${dob.iso}T00:00:00Z`), locale);
}

export function renderAnswerLists({ draft: d, locale, legalBasis, followUpWeeks, locked, onChange, level }: CheckAnswersOptions) {
  const row = (key: string, value: string, step: ReferralStep, field: string, changeLabel: string): SummaryRow => ({
    key,
    value,
    changeLabel,
    onChange: () => onChange(step, field),
  });
  const about = [
    row(msg('Full name'), d.fullName.trim(), 'about-you', 'fullName', msg('full name')),
    row(msg('Would like to be called'), orNotGiven(d.preferredName), 'about-you', 'preferredName', msg('the name you would like to be called')),
    row(msg('Date of birth'), formatDateOfBirth(d, locale), 'about-you', 'dateOfBirth', msg('date of birth')),
    row(msg('Postcode'), d.postcode.trim().toUpperCase(), 'about-you', 'postcode', msg('postcode')),
    row(msg('GP practice'), orNotGiven(d.gpPractice), 'about-you', 'gpPractice', msg('GP practice')),
    row(msg('NHS number'), orNotGiven(d.nhsNumber), 'about-you', 'nhsNumber', msg('NHS number')),
  ];
  const contact = [
    row(msg('Phone number'), d.phone.trim(), 'contact', 'phone', msg('phone number')),
    row(msg('Email address'), orNotGiven(d.email), 'contact', 'email', msg('email address')),
    row(msg('How we can contact you'), d.methods.map(methodLabel).join(', '), 'contact', 'methods', msg('how we can contact you')),
    row(msg('Safe to leave a voicemail'), yesNo(d.voicemailOk), 'contact', 'voicemailOk', msg('if it is safe to leave a voicemail')),
    row(msg('Safe to send a text'), yesNo(d.textOk), 'contact', 'textOk', msg('if it is safe to send a text')),
    row(msg('Best days'), d.bestDays.length ? d.bestDays.map(dayLabel).join(', ') : msg('Any day'), 'contact', 'bestDays', msg('best days')),
    row(msg('Best times'), d.bestTimes.length ? d.bestTimes.map(timeLabel).join(', ') : msg('Any time'), 'contact', 'bestTimes', msg('best times')),
  ];
  const more = [
    row(msg('Language'), d.language.trim() || msg('English'), 'anything-else', 'language', msg('language')),
    row(msg('Needs an interpreter'), d.interpreter ? msg('Yes') : msg('No'), 'anything-else', 'interpreter', msg('if you need an interpreter')),
    row(msg('What would make it easier to talk'), orNotGiven(d.adjustments), 'anything-else', 'adjustments', msg('what would make it easier to talk')),
    row(msg('Someone to go with you the first time'), yesNo(d.someoneToGoWith), 'anything-else', 'someoneToGoWith', msg('if you would like someone to go with you')),
    row(msg('Your message'), orNotGiven(d.message), 'anything-else', 'message', msg('your message')),
    row(msg('Someone is helping'), d.assisted ? msg('Yes') : msg('No'), 'anything-else', 'assisted', msg('if someone is helping')),
  ];
  if (followUpWeeks !== undefined && followUpChannelsAllowed(d).length > 0) {
    more.push(row(followUpQuestion(followUpWeeks), followUpAnswer(d), 'anything-else', 'followUpChannels', msg('if we can ask how you are getting on')));
  }
  if (legalBasis === 'consent') {
    more.push(row(msg('You agree that we can use your information'), d.consent ? msg('Yes') : msg('No'), 'anything-else', 'consent', msg('if you agree that we can use your information')));
  }
  return staticHtml`
    <${h(level)}>${msg('About you')}</${h(level)}>
    ${summaryList(about, { locked })}
    <${h(level)}>${msg('How to contact you')}</${h(level)}>
    ${summaryList(contact, { locked })}
    <${h(level)}>${msg('Anything else')}</${h(level)}>
    ${summaryList(more, { locked })}
  `;
}

export interface SendOptions {
  sending: boolean;
  attempt: number;
  maxAttempts: number;
  /** Waiting out the service's `Retry-After` before sending: how long is left. */
  waitText?: string;
  onSend: (event: Event) => void;
}

/**
 * The send button. While sending it stays focusable but `aria-disabled` (a disabled button
 * drops focus to the page), and the status line, present from the start, says what is happening.
 */
export function renderSend({ sending, attempt, maxAttempts, waitText, onSend }: SendOptions) {
  return html`
    <form class="send" novalidate @submit=${onSend}>
      <p>${msg('By sending this request, you confirm your answers are right as far as you know.')}</p>
      <button type="submit" class="button" aria-disabled=${sending ? 'true' : 'false'} aria-describedby="send-status">
        ${sending ? msg('Sending…') : msg('Send request')}
      </button>
      <p id="send-status" class="send-status" role="status">
        ${waitText !== undefined
          ? msg('The service asked us to wait before we try again. Please wait.')
          : sending
          ? attempt > 1
            ? msg(str`The service did not answer. Trying again (${attempt} of ${maxAttempts}). Please wait.`)
            : msg('Sending your request. Please wait.')
          : nothing}
      </p>
      ${waitText !== undefined
        ? html`<p class="send-wait">${msg(str`Sending in ${waitText}`)}</p>`
        : nothing}
    </form>
  `;
}
