import { html } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { h } from '../../platform/heading.ts';
import { property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { WaymarkConfig } from '../../core/model/config.ts';
import { WaymarkElement } from '../../platform/waymark-element.ts';
import { renderUrgentContacts, urgentContactsFor } from '../../views/urgent-contacts.ts';
import { currentLocale } from '../../i18n/locale.ts';
import { tokens } from '../../styles/tokens.ts';
import { base } from '../../styles/base.ts';
import { urgentHelpStyles } from './urgent-help.styles.ts';
import { urgentContactsStyles } from '../../views/urgent-contacts.styles.ts';

/**
 * Urgent help: 999, NHS 111, Samaritans and Shout by default, or a service's own contacts.
 * Waymark is not an emergency service; this panel can sit anywhere on a page to say so.
 *
 * @csspart panel - The panel or disclosure around the contacts.
 * @cssprop --waymark-color-urgent - The accent colour of the panel.
 */
@localized()
export class WaymarkUrgentHelp extends WaymarkElement {
  static override styles = [tokens, base, urgentContactsStyles, urgentHelpStyles];
  protected static override messages = 'urgent-help' as const;

  /** Show a one-line "Need help now?" that opens to the contacts, for the top of each step. */
  @property({ type: Boolean, reflect: true }) compact = false;

  override render() {
    return this.withConfig((config) => (this.compact ? this.renderCompact(config) : this.renderPanel(config)));
  }

  private renderPanel(config: WaymarkConfig) {
    return staticHtml`
      <section class="urgent" part="panel" aria-labelledby="urgent-title">
        <${h(this.topHeading)} id="urgent-title">${msg('If you need help now')}</${h(this.topHeading)}>
        <p>${msg('This service is not for emergencies. It cannot help you right away.')}</p>
        ${renderUrgentContacts(urgentContactsFor(config), currentLocale())}
      </section>
    `;
  }

  private renderCompact(config: WaymarkConfig) {
    return html`
      <details class="urgent disclosure" part="panel">
        <summary>${msg('Need help now?')}</summary>
        <p>${msg('This service is not for emergencies. It cannot help you right away.')}</p>
        ${renderUrgentContacts(urgentContactsFor(config), currentLocale())}
      </details>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'waymark-urgent-help': WaymarkUrgentHelp;
  }
}
