import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import type { FailureReason } from '../../core/referral/attempt.ts';
import type { ReferralFieldError } from '../../core/validate/referral-steps.ts';
import { renderOrCall } from '../../views/call-us.ts';
import { h } from '../../platform/heading.ts';
import { referralErrorText } from '../../words/referral-errors.ts';

export interface FailureOptions {
  reason: FailureReason;
  /** Whether any attempt may have reached the service (see `SubmitFailure`). */
  mayHaveArrived: boolean;
  /** Messages from the service about answers that are not on any page of the form. */
  messages: readonly ReferralFieldError[];
  serviceName?: string;
  servicePhone?: string;
  /** How long the service asked to be left alone (`Retry-After`), e.g. "1 minute". */
  waitText?: string;
  onRetry: () => void;
  /** The level of the page's heading, which this comes before. */
  level: number;
}

function explain(reason: FailureReason): string {
  switch (reason) {
    case 'offline': return msg('We could not connect to the service. Check you are online, then try again.');
    case 'timeout': return msg('The service took too long to answer. Please try again.');
    case 'server': return msg('The service is having a problem right now. Please try again in a few minutes.');
    case 'invalid': return msg('The service could not accept some of your answers. Check your answers below, then send them again.');
    case 'rejected': return msg('The service could not accept your request. Please call us instead.');
    case 'not-configured': return msg('This form is not set up yet. Please call us instead.');
    case 'in-progress': return msg('The service is still dealing with your request. Wait a minute, then try again.');
    case 'conflict': return msg('The service already has a different request with the same reference. Please call us so we can check your details.');
    case 'redirected': return msg('The address for sending requests has changed, so the service may not have your request. Please call us instead.');
  }
}

/** Worth pressing "Try again" without changing anything: the service may answer next time. */
function canRetry(reason: FailureReason): boolean {
  return reason === 'offline' || reason === 'timeout' || reason === 'server' || reason === 'in-progress';
}

/**
 * Shown at the top of "check your answers" when sending failed. It takes focus, says plainly
 * whether the service may have the request ("may not have been sent" unless it plainly refused
 * it) and that nothing was lost, and offers another try and the service's phone number.
 */
export function renderFailure({ reason, mayHaveArrived, messages, serviceName, servicePhone, waitText, onRetry, level }: FailureOptions) {
  return staticHtml`
    <div class="failure" part="failure" role="alert" tabindex="-1" aria-labelledby="failure-title">
      <${h(level)} id="failure-title" class="failure__title">
        ${mayHaveArrived ? msg('Your request may not have been sent') : msg('Your request has not been sent')}
      </${h(level)}>
      <p>${explain(reason)}</p>
      ${waitText && canRetry(reason) ? html`<p>${msg(str`The service asked us to wait ${waitText} before we try again. If you press "Try again", we will wait that long, then send it.`)}</p>` : nothing}
      ${messages.length ? html`<ul>${messages.map((m) => html`<li>${referralErrorText(m)}</li>`)}</ul>` : nothing}
      <p>${msg('Your answers are still here. You do not need to type them again.')}</p>
      ${canRetry(reason) ? html`<button type="button" class="button" @click=${onRetry}>${msg('Try again')}</button>` : nothing}
      ${renderOrCall(servicePhone, serviceName)}
    </div>
  `;
}
