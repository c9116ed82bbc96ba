import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { Problem } from '../core/model/problems.ts';
import { telHref } from '../core/text/phone.ts';
import { plural } from '../i18n/plural.ts';
import { problemWords, type ProblemWords } from './config-checker.ts';

export function problemCount(count: number): string {
  return plural(count, {
    zero: () => msg(str`For the website editor: ${count} problems with the Waymark setup`, { id: 'editor-problems.zero' }),
    one: () => msg(str`For the website editor: ${count} problem with the Waymark setup`, { id: 'editor-problems.one' }),
    two: () => msg(str`For the website editor: ${count} problems with the Waymark setup`, { id: 'editor-problems.two' }),
    few: () => msg(str`For the website editor: ${count} problems with the Waymark setup`, { id: 'editor-problems.few' }),
    many: () => msg(str`For the website editor: ${count} problems with the Waymark setup`, { id: 'editor-problems.many' }),
    other: () => msg(str`For the website editor: ${count} problems with the Waymark setup`, { id: 'editor-problems.other' }),
  });
}

/**
 * What an element shows instead of itself when its setup is wrong: first a way for the public
 * to still get help, then every problem by path for the site editor. Never a blank box.
 */
export function renderConfigProblems(problems: Problem[], phone?: string, serviceName?: string, words: ProblemWords = problemWords()) {
  const count = problems.length;
  return html`
    <section class="config-problems" part="config-problems" aria-labelledby="config-problems-title">
      <h2 id="config-problems-title">${msg('Sorry, this part of the page is not working')}</h2>
      ${phone
        ? html`<p>
            ${serviceName ? msg(str`You can still get help. Call ${serviceName} on`) : msg('You can still get help. Call us on')}
            <a href=${telHref(phone)}>${phone}</a>.
          </p>`
        : // Waymark sits on charity sites as well as GP practices: name the service when the config got that far.
          html`<p>${serviceName ? msg(str`Please try again later, or contact ${serviceName}.`) : msg('Please try again later.')}</p>`}
      <p>${msg('If you need help urgently, call 111. If a life is at risk, call 999.')}</p>
      <details open>
        <summary>${problemCount(count)}</summary>
        <ul class="config-problems__list">
          ${problems.map((p) => html`<li><code>${words.path(p)}</code> ${words.message(p)}</li>`)}
        </ul>
      </details>
    </section>
  `;
}

/** What an element shows when its config checker's code did not arrive: a way to get help, and "Try again". */
export function renderNotLoaded(onRetry: () => void) {
  return html`
    <section class="config-problems" part="config-problems" aria-labelledby="not-loaded-title">
      <h2 id="not-loaded-title">${msg('Sorry, this part of the page did not load')}</h2>
      <p>${msg('Your internet may not be working. Check it and try again.')}</p>
      <p>${msg('If it still does not work, reload the page.')}</p>
      <p>${msg('If you need help urgently, call 111. If a life is at risk, call 999.')}</p>
      <button type="button" class="button" @click=${onRetry}>${msg('Try again')}</button>
    </section>
  `;
}

export function renderLoading(label = msg('Loading…')) {
  return html`<p class="loading" role="status">${label}</p>`;
}

