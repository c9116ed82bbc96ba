import { html } from '../html.ts';
import { IDLE_MINUTES } from '../auth/session-rules.ts';
import { button, errorFor, textInput, type FieldError } from './form.ts';
import { page } from './layout.ts';

export type SignInNotice = 'expired' | 'signed-out' | undefined;

export interface SignInForm {
  token: string;
  email?: string;
  next?: string;
  errors?: readonly FieldError[];
  notice?: SignInNotice;
}

const NOTICES = {
  expired: { title: 'You were signed out', text: `There was no activity for ${IDLE_MINUTES} minutes, so we signed you out to keep people's details safe. Sign in again to carry on.` },
  'signed-out': { title: 'You have signed out', text: 'Close this window if you are using a shared computer.' },
};

export function signInPage({ token, email = '', next, errors = [], notice }: SignInForm) {
  const shown = notice ? NOTICES[notice] : undefined;
  return page({
    title: 'Sign in',
    errors,
    body: html`
      ${shown && !errors.length
        ? html`<div class="banner" role="region" aria-labelledby="notice-title">
            <h2 class="banner__title" id="notice-title">${shown.title}</h2>
            <p class="banner__text">${shown.text}</p>
          </div>`
        : ''}
      <h1 class="heading-l">Sign in to the Waymark inbox</h1>
      <p>This is for staff of the social prescribing service. It holds people's health and contact details.</p>
      <form method="post" action="/inbox/sign-in" novalidate>
        <input type="hidden" name="token" value="${token}">
        ${next ? html`<input type="hidden" name="next" value="${next}">` : ''}
        ${textInput({ id: 'email', label: 'Email address', type: 'email', autocomplete: 'username', spellcheck: false, value: email, error: errorFor(errors, 'email') })}
        ${textInput({ id: 'password', label: 'Password', type: 'password', autocomplete: 'current-password', error: errorFor(errors, 'password') })}
        ${button('Sign in')}
      </form>
      <p>Forgotten your password, or locked out? Ask a manager to reset it.</p>`,
  });
}
