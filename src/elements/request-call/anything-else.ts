import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { h } from '../../platform/heading.ts';
import { msg } from '@lit/localize';
import { checkboxes, radios, textarea, textField } from '../../views/form/index.ts';
import type { LegalBasis } from '../../core/model/config.ts';
import { MAX_LENGTH, type YesNo } from '../../core/referral/draft.ts';
import { autocomplete, errorOf, type PageContext } from './page-context.ts';
import { legalBasisStatement, yesNoChoices } from './labels.ts';
import { renderFollowUp } from './follow-up.ts';

export interface PrivacyOptions {
  legalBasis: LegalBasis;
  /** The privacy notice, already checked by `settingLink`; absent when there is none or it cannot be linked. */
  privacyHref?: string;
  /** The service's `followUp.afterWeeks` when it asks again later; the question is left out otherwise. */
  followUpWeeks?: number;
}

function renderPrivacy(ctx: PageContext, privacy: PrivacyOptions) {
  return staticHtml`
    <${h(ctx.level + 1)}>${msg('How we use your information')}</${h(ctx.level + 1)}>
    ${privacy.legalBasis === 'consent'
      ? html`<p>${msg('We will only use your information to contact you and arrange support. We keep it safe and do not sell it.')}</p>`
      : html`<p>${legalBasisStatement(privacy.legalBasis)}</p>`}
    ${privacy.privacyHref
      ? // A new tab, so reading the notice does not lose the answers: they live only on this page.
        html`<p>
          <a href=${privacy.privacyHref} target="_blank" rel="noopener noreferrer">${msg('Read our privacy notice (opens in a new tab)')}</a>
        </p>`
      : nothing}
    ${privacy.legalBasis === 'consent'
      ? checkboxes({
          id: 'consent',
          label: msg('Do you agree that we can use your information?'),
          choices: [{ value: 'yes', label: msg('I agree. You can use my information to contact me and arrange support.') }],
          values: ctx.draft.consent ? ['yes'] : [],
          error: errorOf(ctx, 'consent'),
          onChange: (v) => ctx.set('consent', v.includes('yes')),
        })
      : nothing}
  `;
}

/** Page 3: language and anything that helps, a short message, and how their information is used. */
export function renderAnythingElse(ctx: PageContext, privacy: PrivacyOptions) {
  const d = ctx.draft;
  return staticHtml`
    <${h(ctx.level)} data-step-heading>${msg('Anything else')}</${h(ctx.level)}>
    ${textField({
      id: 'language',
      label: msg('What language would you like to speak?'),
      hint: msg('Leave this blank for English.'),
      optional: true,
      value: d.language,
      error: errorOf(ctx, 'language'),
      autocomplete: autocomplete(ctx, 'language'),
      maxlength: MAX_LENGTH.language,
      width: 20,
      onInput: (v) => ctx.set('language', v),
    })}
    ${checkboxes({
      id: 'interpreter',
      label: msg('Do you need an interpreter?'),
      optional: true,
      choices: [{ value: 'yes', label: msg('Yes, I need an interpreter') }],
      values: d.interpreter ? ['yes'] : [],
      error: errorOf(ctx, 'interpreter'),
      onChange: (v) => ctx.set('interpreter', v.includes('yes')),
    })}
    ${textarea({
      id: 'adjustments',
      label: msg('Is there anything that would make it easier to talk to us?'),
      hint: msg('For example, I use a hearing aid, or please speak slowly.'),
      optional: true,
      rows: 3,
      value: d.adjustments,
      error: errorOf(ctx, 'adjustments'),
      maxlength: MAX_LENGTH.adjustments,
      onInput: (v) => ctx.set('adjustments', v),
    })}
    ${radios({
      // A first visit is easier with someone beside you (issue 16): asked, never assumed.
      id: 'someoneToGoWith',
      label: msg('Would you like someone to go with you the first time?'),
      optional: true,
      choices: yesNoChoices(),
      inline: true,
      value: d.someoneToGoWith || undefined,
      error: errorOf(ctx, 'someoneToGoWith'),
      onChange: (v) => ctx.set('someoneToGoWith', v as YesNo),
    })}
    ${textarea({
      id: 'message',
      label: msg('Is there anything you want the link worker to know?'),
      hint: msg('Do not use this to ask for urgent help. We may not read it straight away. If you need help now, call 111, or 999 if a life is at risk.'),
      optional: true,
      value: d.message,
      error: errorOf(ctx, 'message'),
      maxlength: MAX_LENGTH.message,
      onInput: (v) => ctx.set('message', v),
    })}
    ${checkboxes({
      id: 'assisted',
      label: msg('Is someone helping to fill in this form?'),
      hint: msg('If so, check that the details on the first page are for the person we will call.'),
      optional: true,
      choices: [{ value: 'yes', label: msg('Yes, I am helping someone, or someone is helping me') }],
      values: d.assisted ? ['yes'] : [],
      error: errorOf(ctx, 'assisted'),
      onChange: (v) => ctx.set('assisted', v.includes('yes')),
    })}
    ${renderFollowUp(ctx, privacy.followUpWeeks)}
    ${renderPrivacy(ctx, privacy)}
  `;
}
