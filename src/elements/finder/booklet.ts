// "Print a booklet": the activities found as a large-print booklet, for people who are not
// online. Loaded only when someone asks for it (finder.ts), with its words and its styles, so
// the finder's first load stays the same size.
import { adoptStyles, html, nothing, type CSSResult, type ReactiveElement } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import type { Activity } from '../../core/model/activity.ts';
import type { WaymarkConfig } from '../../core/model/config.ts';
import { bookletOf, type BookletItem, type BookletSection, type BookletWords } from '../../core/directory/booklet.ts';
import { needAreaLink } from '../../core/directory/need-area-link.ts';
import { qrMatrix, qrPath } from '../../core/plan/qr.ts';
import { localText } from '../../core/text/local-text.ts';
import { telHref } from '../../core/text/phone.ts';
import { bookletWords } from '../../words/booklet.ts';
import { dateText } from '../../words/intl.ts';
import { h } from '../../platform/heading.ts';
import { backLink } from '../../views/form/index.ts';
import { renderQrCode } from '../../views/qr-code.ts';
import { renderUrgentForPrint } from '../../views/urgent-contacts.ts';
import { urgentContactsStyles } from '../../views/urgent-contacts.styles.ts';
import { bookletStyles } from './booklet.styles.ts';

export interface BookletView {
  activities: readonly Activity[];
  config: WaymarkConfig;
  locale: string;
  /** The page it is printed from: each section's QR code opens it, filtered to that need area. */
  pageUrl: string;
  /** A need area's name in the person's language (words/need-areas.ts). */
  needAreaName: BookletWords['needArea'];
  /** The level of the booklet's title. */
  level: number;
  onBack: () => void;
}

const adopted = new WeakSet<ShadowRoot>();

/**
 * Adds the booklet's styles to the finder's shadow root, once: they come with the booklet's code,
 * not with the finder's first load. Through Lit's adoptStyles, so a strict CSP's nonce still holds.
 */
export function adoptBookletStyles(root: ShadowRoot, host: typeof ReactiveElement): void {
  if (adopted.has(root)) return;
  adopted.add(root);
  adoptStyles(root, [...host.elementStyles, urgentContactsStyles, bookletStyles] as CSSResult[]);
}

export function renderBooklet({ activities, config, locale, pageUrl, needAreaName, level, onBack }: BookletView) {
  const booklet = bookletOf(activities, bookletWords(locale, needAreaName));
  const serviceName = localText(config.service.name, locale);
  const phone = config.service.phone;
  const today = dateText(new Date(), locale);
  return staticHtml`
    ${backLink(onBack, msg('Back to activities'))}
    <article class="booklet" aria-labelledby="booklet-title">
      <header class="booklet__cover">
        ${serviceName ? html`<p class="booklet__service">${serviceName}</p>` : nothing}
        <${h(level)} id="booklet-title" tabindex="-1">${msg('Activities near you')}</${h(level)}>
        <p>${msg(str`Printed on ${today}. Times can change, so call before you go.`)}</p>
        <p class="no-print">${msg('This booklet has the activities you found, in large print. You can print it or save it as a PDF.')}</p>
        <button type="button" class="button no-print booklet__print" @click=${() => window.print()}>${msg('Print this booklet')}</button>
      </header>
      ${booklet.sections.length
        ? booklet.sections.map((section, i) => renderSection(section, i, pageUrl, level + 1))
        : html`<p>${msg('There are no activities to print.')}</p>`}
      ${phone
        ? html`<p class="booklet__footer">
            ${serviceName ? msg(str`Questions? Call ${serviceName} on`) : msg('Questions? Call')}
            <a href=${telHref(phone)}>${phone}</a>.
          </p>`
        : nothing}
      ${renderUrgentForPrint(config, locale, level + 1)}
    </article>
  `;
}

/** A need area: its title and one QR code (never one an item), then its days. */
function renderSection(section: BookletSection, index: number, pageUrl: string, level: number) {
  const id = `booklet-section-${index}`;
  const link = section.needArea === 'other' ? undefined : needAreaLink(pageUrl, section.needArea);
  const matrix = link ? qrMatrix(link) : undefined;
  return staticHtml`
    <section class="booklet__section" aria-labelledby=${id}>
      <div class="booklet__head">
        <${h(level)} id=${id} class="booklet__area">${section.title}</${h(level)}>
        ${matrix
          ? html`<figure class="booklet__qr">
              ${renderQrCode(matrix, qrPath(matrix), `${id}-qr`)}
              <figcaption id=${`${id}-qr`}>${msg('Scan this code with your phone camera for the latest times.')}</figcaption>
            </figure>`
          : nothing}
      </div>
      ${section.days.map(
        (day) => staticHtml`
          <${h(level + 1)} class="booklet__day">${day.title}</${h(level + 1)}>
          <ul class="booklet__items" role="list">
            ${day.items.map((item) => renderItem(item, level + 2))}
          </ul>
        `,
      )}
    </section>
  `;
}

function renderItem(item: BookletItem, level: number) {
  return staticHtml`
    <li class="booklet__item">
      <${h(level)} class="booklet__name" dir="auto">${item.name}</${h(level)}>
      <dl class="booklet__facts">
        <dt>${msg('When')}</dt><dd dir="auto">${item.when ?? msg('Ask about times')}</dd>
        <dt>${msg('Where')}</dt><dd dir="auto">${item.where ?? msg('Ask where it happens')}</dd>
        <dt>${msg('Cost')}</dt><dd dir="auto">${item.cost}</dd>
        ${item.phone ? html`<dt>${msg('Phone')}</dt><dd dir="auto"><a href=${telHref(item.phone)}>${item.phone}</a></dd>` : nothing}
      </dl>
      ${item.meetsYou ? html`<p class="booklet__meets">${item.meetsYou}</p>` : nothing}
    </li>
  `;
}
