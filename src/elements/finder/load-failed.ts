import { html as staticHtml } from 'lit/static-html.js';
import { msg } from '@lit/localize';
import { h } from '../../platform/heading.ts';

/** A view whose code did not arrive ("Your plan", the booklet): says so, with "Try again". */
export function renderLoadFailed(id: string, title: string, level: number, onRetry: () => void) {
  return staticHtml`
    <section class="panel failed" aria-labelledby=${id}>
      <${h(level)} id=${id} tabindex="-1">${title}</${h(level)}>
      <p>${msg('Your internet may not be working. Check it and try again.')}</p>
      <button type="button" class="button" @click=${onRetry}>${msg('Try again')}</button>
    </section>
  `;
}
