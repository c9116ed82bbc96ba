import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { h } from '../platform/heading.ts';
import { msg, str } from '@lit/localize';
import type { UrgentContact } from '../core/model/urgent-help.ts';
import type { WaymarkConfig } from '../core/model/config.ts';
import { defaultUrgentContacts } from '../words/urgent-contacts.ts';
import { localText } from '../core/text/local-text.ts';
import { smsHref, telHref } from '../core/text/phone.ts';

export function urgentContactsFor(config: WaymarkConfig | undefined): UrgentContact[] {
  return config?.urgentHelp.contacts ?? defaultUrgentContacts();
}

/** The list of urgent contacts, each a tap-to-call or tap-to-text link. Shared by the panel and the interruption page. */
export function renderUrgentContacts(contacts: UrgentContact[], locale: string) {
  return html`
    <ul class="urgent-contacts" role="list">
      ${contacts.map((c) => {
        const name = localText(c.name, locale);
        const when = localText(c.when, locale);
        return html`<li class="urgent-contact">
          <strong class="urgent-contact__name">${name}</strong>
          ${when ? html`<span class="urgent-contact__when">${when}</span>` : nothing}
          ${c.call ? html`<a class="urgent-contact__action" href=${telHref(c.call)}>${msg(str`Call ${c.call}`)}</a>` : nothing}
          ${c.text
            ? html`<a class="urgent-contact__action" href=${smsHref(c.text, c.textMessage)}
                >${c.textMessage ? msg(str`Text ${c.textMessage} to ${c.text}`) : msg(str`Text ${c.text}`)}</a
              >`
            : nothing}
        </li>`;
      })}
    </ul>
  `;
}

/**
 * On paper, the urgent numbers go with what is printed (a plan, a booklet): the screen's "Need
 * help now?" is not printed, and a handout is read later, away from the page (issue 15). Shown
 * only in print; its heading at `level`.
 */
export function renderUrgentForPrint(config: WaymarkConfig, locale: string, level: number) {
  return staticHtml`
    <section class="handout-urgent" aria-labelledby="handout-urgent-title">
      <${h(level)} id="handout-urgent-title">${msg('If you need help now')}</${h(level)}>
      <p>${msg('This service is not for emergencies. It cannot help you right away.')}</p>
      ${renderUrgentContacts(urgentContactsFor(config), locale)}
    </section>
  `;
}
