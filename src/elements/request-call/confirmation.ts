import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { UrgentContact } from '../../core/model/urgent-help.ts';
import { renderUrgentContacts } from '../../ui/urgent-contacts.ts';

export interface ConfirmationOptions {
  reference: string;
  whatHappensNext?: string;
  callBackWithin?: string;
  contacts: UrgentContact[];
  locale: string;
}

/** After a 2xx with a reference, and only then: the reference, what happens next and when, urgent help, print. */
export function renderConfirmation({ reference, whatHappensNext, callBackWithin, contacts, locale }: ConfirmationOptions) {
  return html`
    <div class="confirmation" part="confirmation">
      <h1 data-step-heading class="confirmation__title">${msg('Request sent')}</h1>
      <p class="confirmation__reference">
        ${msg('Your reference number')}<br />
        <strong>${reference}</strong>
      </p>
    </div>
    <p>${msg('Write this number down or print this page. Give it to us if you need to contact us about your request.')}</p>
    <h2>${msg('What happens next')}</h2>
    <p>${whatHappensNext ?? msg('A link worker will contact you. They will ask what matters to you and help you find support near you.')}</p>
    <p>${callBackWithin ? msg(str`We will contact you ${callBackWithin}.`) : msg('We will contact you as soon as we can.')}</p>
    <h2>${msg('If you need help before we call')}</h2>
    <p>${msg('This service is not for emergencies.')}</p>
    ${renderUrgentContacts(contacts, locale)}
    <button type="button" class="button button--secondary no-print" @click=${() => window.print()}>${msg('Print this page')}</button>
  `;
}
