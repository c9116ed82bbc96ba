import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { h } from '../../platform/heading.ts';
import { dateText } from '../../words/intl.ts';
import { firstVisitText } from '../../words/first-visit.ts';
import { isStale } from '../../core/directory/freshness.ts';
import { msg, str } from '@lit/localize';
import type { RankedActivity } from '../../core/directory/search.ts';
import type { Location } from '../../core/model/activity.ts';
import {
  ageText, costText, joinText, milesText, modeText, sessionText, whenText,
} from '../../words/describe.ts';
import { milesBetween, type GeoPoint } from '../../core/geo/distance.ts';
import { safeHref } from '../../core/text/safe-href.ts';
import { plainLine } from '../../core/text/plain-line.ts';
import { telHref } from '../../core/text/phone.ts';
import { renderMatches, renderPlanButton } from './result-card.ts';

export interface DetailsActions {
  inPlan: boolean;
  origin?: GeoPoint;
  onBack: () => void;
  onTogglePlan: () => void;
  /** The level of the activity's name; its sections nest below it. */
  level: number;
}

/** A link only when the scheme is https, tel or mailto; anything else is shown as text, as one plain line. */
function link(href: string | undefined, text: string) {
  const safe = safeHref(href);
  return safe ? html`<a href=${safe} dir="auto">${plainLine(text)}</a>` : html`<span dir="auto">${plainLine(text)}</span>`;
}

/** "valefriends.example/phone": a web address as people read it aloud. */
function readableUrl(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

function section(level: number, title: string, body: unknown) {
  return staticHtml`<section class="details__section"><${h(level)}>${title}</${h(level)}>${body}</section>`;
}

function renderPlace(place: Location, origin: GeoPoint | undefined, locale: string) {
  const miles =
    origin && place.latitude !== undefined && place.longitude !== undefined
      ? milesText(milesBetween(origin, { latitude: place.latitude, longitude: place.longitude }), locale)
      : undefined;
  return html`<li>
    ${place.name ? html`<strong dir="auto">${place.name}</strong><br />` : nothing}
    ${place.address ? html`<span dir="auto">${place.address}</span><br />` : nothing}
    ${place.postcode ? html`<span dir="auto">${place.postcode}</span><br />` : nothing}
    ${miles ? html`<span class="miles">${miles}</span>` : nothing}
    ${place.accessibility.length
      ? html`<p class="details__access-title">${msg('Getting in and around:')}</p>
          <ul>${place.accessibility.map((line) => html`<li dir="auto">${line}</li>`)}</ul>`
      : nothing}
  </li>`;
}

/** Everything known about one activity. All directory text renders as text, with `dir="auto"` (see result-card.ts). */
export function renderDetails(result: RankedActivity, locale: string, actions: DetailsActions) {
  const a = result.activity;
  const c = a.contact;
  const sessions = a.schedule.map((s) => ({ when: sessionText(s, locale), note: s.description }));
  const age = ageText(a);
  const firstVisit = firstVisitText(a);
  const reviewed = a.lastChecked ? dateText(new Date(`${a.lastChecked}T12:00:00Z`), locale) : undefined;
  const sub = actions.level + 1;
  const back = html`<button type="button" class="link-button back-link" @click=${actions.onBack}>${msg('Back to results')}</button>`;

  return staticHtml`
    <article class="details" part="details" aria-labelledby="details-title">
      ${back}
      <${h(actions.level)} id="details-title" tabindex="-1" dir="auto">${a.name}</${h(actions.level)}>
      ${a.organisation ? html`<p class="result__org">${msg(str`Run by ${a.organisation.name}`)}</p>` : nothing}
      ${renderMatches(result, locale)}
      ${a.summary ? html`<p class="details__lead" dir="auto">${a.summary}</p>` : nothing}
      ${a.description ? a.description.split('\n').filter(Boolean).map((p) => html`<p dir="auto">${p}</p>`) : nothing}
      ${renderPlanButton(a.name, actions.inPlan, actions.onTogglePlan)}

      ${section(sub, 
        msg('When'),
        sessions.length
          ? html`<ul>${sessions.map((s) => html`<li><span dir="auto">${s.when}</span>${s.note && s.note !== s.when ? html`<br /><span class="hint" dir="auto">${s.note}</span>` : nothing}</li>`)}</ul>
              ${a.scheduleDescription ? html`<p dir="auto">${a.scheduleDescription}</p>` : nothing}`
          : html`<p dir="auto">${whenText(a, locale) ?? msg('Ask about times')}</p>`,
      )}
      ${section(sub, 
        msg('Where'),
        a.locations.length
          ? html`<ul class="details__places">${a.locations.map((p) => renderPlace(p, actions.origin, locale))}</ul>`
          : html`<p>${a.modes.filter((m) => m !== 'in-person').map(modeText).join(', ') || msg('Ask where it happens')}</p>`,
      )}
      ${section(sub, msg('How you take part'), html`<p>${a.modes.map(modeText).join(', ')}</p>`)}
      ${section(sub, msg('Cost'), html`<p dir="auto">${costText(a)}</p>`)}
      ${age || a.eligibility?.description
        ? section(sub, msg('Who it is for'), html`${age ? html`<p>${age}</p>` : nothing}${a.eligibility?.description ? html`<p dir="auto">${a.eligibility.description}</p>` : nothing}`)
        : nothing}
      ${section(sub, 
        msg('How to join'),
        a.howToJoin.length ? html`<ul>${a.howToJoin.map((r) => html`<li>${joinText(r)}</li>`)}</ul>` : html`<p>${msg('Contact them to ask')}</p>`,
      )}
      ${firstVisit ? section(sub, msg('Your first visit'), html`<p dir="auto">${firstVisit}</p>`) : nothing}
      ${a.languages.length ? section(sub, msg('Languages'), html`<p dir="auto">${a.languages.join(', ')}</p>`) : nothing}
      ${section(sub, 
        msg('Contact'),
        html`<ul class="contact-list">
          ${c.name ? html`<li dir="auto">${c.name}</li>` : nothing}
          ${c.phone ? html`<li>${msg('Phone:')} ${link(telHref(c.phone), c.phone)}</li>` : nothing}
          ${c.email ? html`<li>${msg('Email:')} ${link(`mailto:${c.email}`, c.email)}</li>` : nothing}
          ${c.website ? html`<li>${msg('Website:')} ${link(c.website, readableUrl(c.website))}</li>` : nothing}
          ${a.organisation?.website && a.organisation.website !== c.website
            ? html`<li>${msg(str`${a.organisation.name} website:`)} ${link(a.organisation.website, readableUrl(a.organisation.website))}</li>`
            : nothing}
          ${!c.name && !c.phone && !c.email && !c.website && !a.organisation?.website ? html`<li>${msg('No contact details given. A link worker can help.')}</li>` : nothing}
        </ul>`,
      )}
      ${reviewed ? html`<p class="hint">${msg(str`Last checked: ${reviewed}`)}</p>` : nothing}
      ${isStale(a, new Date())
        ? html`<p class="inset stale">${msg('This was last checked over a year ago. Call them before you go, to check it is still on.')}</p>`
        : nothing}
      ${back}
    </article>
  `;
}
