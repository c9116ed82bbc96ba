import type { Activity } from '../../../src/core/model/activity.ts';
import { bookletOf, type BookletItem, type BookletSection } from '../../../src/core/directory/booklet.ts';
import { needAreaLink } from '../../../src/core/directory/need-area-link.ts';
import { qrMatrix, qrPath } from '../../../src/core/plan/qr.ts';
import { telHref } from '../../../src/core/text/phone.ts';
import { BOOKLET_WORDS } from '../booklet-words.ts';
import { html, type Html } from '../html.ts';
import { dateOnly, URGENT_HELP_TEXT } from '../words.ts';
import { button, errorFor, textInput, type FieldError } from './form.ts';
import { page, type Viewer } from './layout.ts';

// "Print a booklet" in the inbox: the published directory as the finder's large-print booklet
// (the same core/directory/booklet.ts, in English), for people who are not online. The screen's
// header, form and buttons are not printed; inbox.css has the booklet's print rules.

export const BOOKLET_PATH = '/inbox/directory/booklet';

export interface BookletPageData {
  viewer: Viewer;
  activities: readonly Activity[];
  /** The public page with the activity finder: each section's QR code opens it, filtered to its need area. */
  finderPage?: string;
  serviceName?: string;
  servicePhone?: string;
  /** Today, as YYYY-MM-DD: the booklet says when it was printed. */
  today: string;
  errors?: readonly FieldError[];
}

export function bookletPage({ viewer, activities, finderPage, serviceName, servicePhone, today, errors = [] }: BookletPageData): Html {
  const booklet = bookletOf(activities, BOOKLET_WORDS);
  const qr = !errors.length && finderPage ? finderPage : undefined;
  return page({
    title: 'Print a booklet',
    viewer,
    errors,
    section: 'directory',
    wide: true,
    backLink: { href: '/inbox/directory', text: 'Back to the directory' },
    body: html`
      <div class="no-print">
        <h1 class="heading-l">Print a booklet</h1>
        <p>The published directory as a large-print booklet, for people who are not online: each need area, then each day, with when, where, cost and phone.</p>
        <form method="get" action="${BOOKLET_PATH}" class="form" novalidate>
          ${textInput({
            id: 'finder',
            label: 'Web page with your activity finder',
            optional: true,
            hint: 'Each need area then gets a QR code that opens this page showing only that need area. It must start with https://',
            value: finderPage ?? '',
            type: 'text',
            spellcheck: false,
            error: errorFor(errors, 'finder'),
          })}
          ${button('Make the booklet', { secondary: true })}
        </form>
        ${booklet.sections.length
          ? html`<div class="button-group" data-needs-script hidden><button type="button" class="button" data-print>Print this booklet</button></div>
              <p>Or use your browser's Print. You can save it as a PDF there too.</p>`
          : ''}
      </div>
      <article class="booklet" aria-labelledby="booklet-title">
        <header class="booklet__cover">
          ${serviceName ? html`<p class="booklet__service">${serviceName}</p>` : ''}
          <h2 id="booklet-title" class="heading-l">Activities near you</h2>
          <p>Printed on ${dateOnly(today)}. Times can change, so call before you go.</p>
        </header>
        ${booklet.sections.length
          ? booklet.sections.map((section, i) => renderSection(section, i, qr))
          : html`<p>Nothing is published yet, so there are no activities to print.</p>`}
        <p class="booklet__urgent">${URGENT_HELP_TEXT}</p>
        ${servicePhone ? html`<p class="booklet__footer">Questions? Call ${serviceName ? `${serviceName} on ` : ''}<a href="${telHref(servicePhone)}">${servicePhone}</a>.</p>` : ''}
      </article>`,
  });
}

function renderSection(section: BookletSection, index: number, finderPage: string | undefined): Html {
  const id = `booklet-section-${index}`;
  const link = finderPage && section.needArea !== 'other' ? needAreaLink(finderPage, section.needArea) : undefined;
  const matrix = link ? qrMatrix(link) : undefined;
  return html`<section class="booklet__section" aria-labelledby="${id}">
    <div class="booklet__head">
      <h3 id="${id}" class="booklet__area">${section.title}</h3>
      ${matrix
        ? html`<figure class="booklet__qr">
            <svg class="qr" role="img" aria-labelledby="${id}-qr" viewBox="-2 -2 ${matrix.size + 4} ${matrix.size + 4}" shape-rendering="crispEdges">
              <rect x="-2" y="-2" width="${matrix.size + 4}" height="${matrix.size + 4}" fill="#fff"></rect><path d="${qrPath(matrix)}" fill="#000"></path>
            </svg>
            <figcaption id="${id}-qr">Scan this code with your phone camera for the latest times.</figcaption>
          </figure>`
        : ''}
    </div>
    ${section.days.map(
      (day) => html`<h4 class="booklet__day">${day.title}</h4>
        <ul class="booklet__items">${day.items.map(renderItem)}</ul>`,
    )}
  </section>`;
}

function renderItem(item: BookletItem): Html {
  return html`<li class="booklet__item">
    <h5 class="booklet__name">${item.name}</h5>
    <dl class="booklet__facts">
      <dt>When</dt><dd>${item.when ?? 'Ask about times'}</dd>
      <dt>Where</dt><dd>${item.where ?? 'Ask where it happens'}</dd>
      <dt>Cost</dt><dd>${item.cost}</dd>
      ${item.phone ? html`<dt>Phone</dt><dd><a href="${telHref(item.phone)}">${item.phone}</a></dd>` : ''}
    </dl>
    ${item.meetsYou ? html`<p class="booklet__meets">${item.meetsYou}</p>` : ''}
  </li>`;
}
