import { html as staticHtml } from 'lit/static-html.js';
import { h } from '../../platform/heading.ts';
import { msg } from '@lit/localize';

export interface ResumeOptions {
  onSend: () => void;
  onDelete: () => void;
  /** The level of the page's heading, which this comes before. */
  level: number;
}

/**
 * After a reload, above "check your answers": the request the person pressed "Send request" for
 * was never confirmed. It takes focus, so the offer is the first thing they hear.
 */
export function renderResume({ onSend, onDelete, level }: ResumeOptions) {
  return staticHtml`
    <section class="resume panel" part="resume" tabindex="-1" aria-labelledby="resume-title">
      <${h(level)} id="resume-title">${msg('Your request has not been sent yet: send it now?')}</${h(level)}>
      <p>${msg('The page was closed or reloaded before the service said it had your request. Your answers are below. You can change them before you send it.')}</p>
      <div class="resume__actions">
        <button type="button" class="button" @click=${onSend}>${msg('Send it now')}</button>
        <button type="button" class="button button--secondary" @click=${onDelete}>${msg('Delete it')}</button>
      </div>
    </section>
  `;
}
