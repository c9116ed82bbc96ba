import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { h } from '../../platform/heading.ts';
import { backLink, radios, renderErrorSummary, textarea } from '../../views/form/index.ts';
import { LISTING_NOTE_MAX, LISTING_PROBLEMS } from '../../core/model/listing-report.ts';
import { errorFor } from '../../core/validate/field-error.ts';
import { REPORT_FIELDS, type ListingReportFieldError, type ListingReportForm } from '../../core/listing-report/form.ts';
import { listingProblemLabel, listingReportErrorText } from '../../words/listing-report.ts';

/** Where "Report a problem with this listing" has got to. */
export type ReportStep = 'form' | 'sending' | 'failed' | 'sent' | 'email';

export interface ListingReportView {
  activityName: string;
  step: ReportStep;
  form: ListingReportForm;
  errors: readonly ListingReportFieldError[];
  /** How it goes: to the inbox, or by the person's own email app. */
  by: 'inbox' | 'email';
  /** The email's address and its prefilled `mailto:` (step `email`). */
  email?: { address: string; href: string };
  root: ShadowRoot | null;
  level: number;
  onChange: (form: ListingReportForm) => void;
  onSubmit: () => void;
  onBack: () => void;
}

const title = (level: number, text: string, id = 'report-title') =>
  staticHtml`<${h(level)} id=${id} class="report__title" tabindex="-1" data-step-heading>${text}</${h(level)}>`;

/**
 * "Report a problem with this listing": a short anonymous form (what is wrong, a few words if they
 * like), then thanks, or a way to try again, or the person's email app with the report written in.
 * Every state has a heading that takes focus, so a screen reader hears where it is.
 */
export function renderListingReport(v: ListingReportView) {
  const back = backLink(v.onBack, msg('Back to results'));
  if (v.step === 'sent') {
    return html`<section class="report" aria-labelledby="report-title">
      ${title(v.level, msg('Thank you for telling us'))}
      <p>${msg(str`We will check the listing for ${v.activityName} and put it right.`)}</p>
      <button type="button" class="button report__done" @click=${v.onBack}>${msg('Back to results')}</button>
    </section>`;
  }
  if (v.step === 'email' && v.email) {
    return html`${back}<section class="report" aria-labelledby="report-title">
      ${title(v.level, msg('Send your report by email'))}
      <p>${msg('Your email app will open with your report written in. Check it, then send it.')}</p>
      <p><a class="button report__email" href=${v.email.href}>${msg('Open your email app')}</a></p>
      <p>${msg('If it does not open, write to this address:')} <a href=${`mailto:${v.email.address}`}>${v.email.address}</a></p>
    </section>`;
  }
  const errors = v.errors;
  const sending = v.step === 'sending';
  const noteOptional = v.form.reason !== 'other';
  return html`${back}
    ${renderErrorSummary(errors, listingReportErrorText, v.root, v.level)}
    ${v.step === 'failed'
      ? html`<div class="report__failed inset" role="group" aria-labelledby="report-failed-title">
          ${title(v.level, msg('Sorry, your report was not sent'), 'report-failed-title')}
          <p>${msg('Your internet may not be working, or our system may be busy. What you wrote is still here. Please try again.')}</p>
        </div>`
      : nothing}
    <form class="report" novalidate aria-labelledby="report-title" @submit=${(e: Event) => (e.preventDefault(), v.onSubmit())}>
      ${title(v.level, msg('Report a problem with this listing'))}
      <p class="report__listing">${msg('Listing:')} <strong dir="auto">${v.activityName}</strong></p>
      <p>${msg('We do not ask who you are. Your report goes to the people who keep this list up to date.')}</p>
      ${radios({
        id: REPORT_FIELDS.reason,
        label: msg('What is wrong?'),
        choices: LISTING_PROBLEMS.map((reason) => ({ value: reason, label: listingProblemLabel(reason) })),
        value: v.form.reason,
        error: errorFor(errors, REPORT_FIELDS.reason) && listingReportErrorText(errorFor(errors, REPORT_FIELDS.reason)!),
        onChange: (reason) => v.onChange({ ...v.form, reason: reason as ListingReportForm['reason'] }),
      })}
      ${textarea({
        id: REPORT_FIELDS.note,
        label: msg('Tell us more'),
        optional: noteOptional,
        hint: msg(str`For example, the new day, time or place. Up to ${LISTING_NOTE_MAX} characters. Do not write your name or contact details.`),
        value: v.form.note,
        rows: 3,
        error: errorFor(errors, REPORT_FIELDS.note) && listingReportErrorText(errorFor(errors, REPORT_FIELDS.note)!),
        onInput: (note) => v.onChange({ ...v.form, note }),
      })}
      <button type="submit" class="button report__send" aria-disabled=${sending ? 'true' : 'false'}>
        ${sending ? msg('Sending…') : v.step === 'failed' ? msg('Try again') : v.by === 'inbox' ? msg('Send report') : msg('Continue')}
      </button>
    </form>`;
}
