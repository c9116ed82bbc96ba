import { html as staticHtml } from 'lit/static-html.js';
import { h } from '../../platform/heading.ts';
import { msg } from '@lit/localize';
import { checkboxes, radios, textField } from '../../views/form/index.ts';
import type { ContactMethod } from '../../core/model/referral.ts';
import type { Day, TimeOfDay } from '../../core/model/common.ts';
import type { YesNo } from '../../core/referral/draft.ts';
import type { CallBackChoices } from '../../core/referral/call-back-times.ts';
import { autocomplete, errorOf, type PageContext } from './page-context.ts';
import { dayChoices, methodChoices, timeChoices, yesNoChoices } from './labels.ts';

/**
 * Page 2: how and when to contact the person, and what is safe: someone else may read their texts.
 * Only the days and times the service is open are offered.
 */
export function renderContact(ctx: PageContext, callBack: CallBackChoices) {
  const d = ctx.draft;
  return staticHtml`
    <${h(ctx.level)} data-step-heading>${msg('How to contact you')}</${h(ctx.level)}>
    ${textField({
      id: 'phone',
      label: msg('Phone number'),
      hint: msg('A UK mobile or landline, like 07700 900 982.'),
      type: 'tel',
      value: d.phone,
      error: errorOf(ctx, 'phone'),
      autocomplete: autocomplete(ctx, 'tel'),
      width: 20,
      onInput: (v) => ctx.set('phone', v),
    })}
    ${textField({
      id: 'email',
      label: msg('Email address'),
      optional: true,
      type: 'email',
      value: d.email,
      error: errorOf(ctx, 'email'),
      autocomplete: autocomplete(ctx, 'email'),
      spellcheck: false,
      onInput: (v) => ctx.set('email', v),
    })}
    ${checkboxes({
      id: 'methods',
      label: msg('How can we contact you?'),
      hint: msg('Choose all that are OK for you.'),
      choices: methodChoices(),
      values: d.methods,
      error: errorOf(ctx, 'methods'),
      onChange: (v) => ctx.set('methods', v as ContactMethod[]),
    })}
    ${radios({
      id: 'voicemailOk',
      label: msg('Is it safe to leave you a voicemail?'),
      hint: msg('Choose no if someone else might listen to your messages.'),
      choices: yesNoChoices(),
      inline: true,
      value: d.voicemailOk || undefined,
      error: errorOf(ctx, 'voicemailOk'),
      onChange: (v) => ctx.set('voicemailOk', v as YesNo),
    })}
    ${radios({
      id: 'textOk',
      label: msg('Is it safe to send you a text message?'),
      hint: msg('Choose no if someone else might read your messages.'),
      choices: yesNoChoices(),
      inline: true,
      value: d.textOk || undefined,
      error: errorOf(ctx, 'textOk'),
      onChange: (v) => ctx.set('textOk', v as YesNo),
    })}
    ${checkboxes({
      id: 'bestDays',
      label: msg('Which days are best for a call?'),
      optional: true,
      choices: dayChoices(callBack.days),
      values: d.bestDays,
      error: errorOf(ctx, 'bestDays'),
      onChange: (v) => ctx.set('bestDays', v as Day[]),
    })}
    ${checkboxes({
      id: 'bestTimes',
      label: msg('What times are best?'),
      optional: true,
      choices: timeChoices(callBack.times),
      values: d.bestTimes,
      error: errorOf(ctx, 'bestTimes'),
      onChange: (v) => ctx.set('bestTimes', v as TimeOfDay[]),
    })}
  `;
}
