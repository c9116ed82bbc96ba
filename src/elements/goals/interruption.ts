import { html } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { msg } from '@lit/localize';
import type { UrgentContact } from '../../core/model/urgent-help.ts';
import { renderUrgentContacts } from '../../views/urgent-contacts.ts';
import { h } from '../../platform/heading.ts';

export interface InterruptionOptions {
  /** `answer`: an answer said the person may not be safe. `link`: they asked for urgent help. */
  cause: 'answer' | 'link';
  contacts: UrgentContact[];
  locale: string;
  onBack: () => void;
  /** The level of the page's heading. */
  level: number;
}

/**
 * The interruption page (GOV.UK interruption card, NHS urgent care): who to contact now, and
 * nothing else to answer. The way back is for someone who chose the answer by mistake.
 */
export function renderInterruption(o: InterruptionOptions) {
  return staticHtml`
    <section class="interruption" part="interruption" aria-labelledby="interruption-title">
      <${h(o.level)} id="interruption-title" data-step-heading>
        ${o.cause === 'answer' ? msg('Please get help now') : msg('Get help now')}
      </${h(o.level)}>
      ${o.cause === 'answer'
        ? html`<p>${msg('Thank you for telling us. You said you might not be safe right now.')}</p>
            <p>${msg('You do not have to cope with this on your own. Please contact one of these now.')}</p>`
        : html`<p>${msg('If you need help now, contact one of these.')}</p>`}
      ${renderUrgentContacts(o.contacts, o.locale)}
      <p>${msg('This service is not for emergencies. It cannot help you right away.')}</p>
      <button type="button" class="button button--reverse" @click=${o.onBack}>
        ${o.cause === 'answer' ? msg('I chose this by mistake. Go back') : msg('Go back to the questions')}
      </button>
    </section>
  `;
}
