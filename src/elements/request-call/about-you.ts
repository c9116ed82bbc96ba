import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { h } from '../../platform/heading.ts';
import { msg } from '@lit/localize';
import { dateInput, textField } from '../../views/form/index.ts';
import { MAX_LENGTH } from '../../core/referral/draft.ts';
import { autocomplete, errorOf, type PageContext } from './page-context.ts';

/** Page 1: who the person is. Only what the service needs to find their records and call. */
export function renderAboutYou(ctx: PageContext) {
  const d = ctx.draft;
  const dobError = ctx.errors.find((e) => e.field.startsWith('dateOfBirth'));
  return staticHtml`
    <${h(ctx.level)} data-step-heading>${msg('About you')}</${h(ctx.level)}>
    ${d.assisted
      ? // Only once it is known someone is helping (the kiosk's switch, or the question on page 3):
        // before then it would speak of a question the person has not been asked (issue 15).
        html`<p>${msg('Someone is helping with this form. Enter the details of the person we will call.')}</p>`
      : nothing}
    ${textField({
      id: 'fullName',
      label: msg('Full name'),
      value: d.fullName,
      error: errorOf(ctx, 'fullName'),
      autocomplete: autocomplete(ctx, 'name'),
      spellcheck: false,
      maxlength: MAX_LENGTH.fullName,
      onInput: (v) => ctx.set('fullName', v),
    })}
    ${textField({
      id: 'preferredName',
      label: msg('What would you like us to call you?'),
      hint: msg('Only if it is different from your full name.'),
      optional: true,
      value: d.preferredName,
      error: errorOf(ctx, 'preferredName'),
      autocomplete: autocomplete(ctx, 'nickname'),
      spellcheck: false,
      maxlength: MAX_LENGTH.preferredName,
      width: 20,
      onInput: (v) => ctx.set('preferredName', v),
    })}
    ${dateInput({
      id: 'dateOfBirth',
      label: msg('Date of birth'),
      hint: msg('For example, 27 3 1985'),
      value: d.dateOfBirth,
      error: errorOf(ctx, 'dateOfBirth'),
      errorParts: dobError?.parts,
      autocompletePrefix: ctx.kiosk ? 'off' : 'bday',
      onInput: (v) => ctx.set('dateOfBirth', v),
    })}
    ${textField({
      id: 'postcode',
      label: msg('Postcode'),
      hint: msg('We use this to find support near you.'),
      value: d.postcode,
      error: errorOf(ctx, 'postcode'),
      autocomplete: autocomplete(ctx, 'postal-code'),
      spellcheck: false,
      width: 10,
      onInput: (v) => ctx.set('postcode', v),
    })}
    ${textField({
      id: 'gpPractice',
      label: msg('GP practice'),
      hint: msg('The name of the surgery you are registered with, if you know it.'),
      optional: true,
      value: d.gpPractice,
      error: errorOf(ctx, 'gpPractice'),
      autocomplete: 'off',
      maxlength: MAX_LENGTH.gpPractice,
      onInput: (v) => ctx.set('gpPractice', v),
    })}
    ${textField({
      id: 'nhsNumber',
      label: msg('NHS number'),
      hint: msg('This is a 10 digit number, like 943 476 5919. It is on letters from the NHS and in the NHS App. Leave it blank if you do not know it.'),
      optional: true,
      value: d.nhsNumber,
      error: errorOf(ctx, 'nhsNumber'),
      autocomplete: 'off',
      inputmode: 'numeric',
      spellcheck: false,
      width: 10,
      onInput: (v) => ctx.set('nhsNumber', v),
    })}
  `;
}
