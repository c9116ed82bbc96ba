import { html } from '../html.ts';
import { page, type Viewer } from './layout.ts';

// Pages that say no. None shows anything about a referral or a person.

export const forbiddenPage = (viewer: Viewer | undefined) =>
  page({
    title: 'You cannot open this page',
    viewer,
    body: html`<h1 class="heading-l">You cannot open this page</h1>
      <p>Your account does not give you access to it. Ask a manager if you need it.</p>
      <p><a href="/inbox">Go to the referrals</a></p>`,
  });

export const outOfDatePage = (viewer: Viewer | undefined) =>
  page({
    title: 'This form is out of date',
    viewer,
    body: html`<h1 class="heading-l">This form is out of date</h1>
      <p>Nothing was saved. This can happen if the page was open for a long time, or came from somewhere else.</p>
      <p><a href="/inbox">Go to the referrals</a> and try again.</p>`,
  });

export const notFoundPage = (viewer: Viewer | undefined) =>
  page({
    title: 'Page not found',
    viewer,
    body: html`<h1 class="heading-l">Page not found</h1>
      <p>Check the web address, or the reference if you typed one.</p>
      <p><a href="/inbox">Go to the referrals</a></p>`,
  });

export const tooManyPage = (seconds: number) =>
  page({
    title: 'Too many attempts',
    body: html`<h1 class="heading-l">Too many attempts</h1>
      <p>Wait ${seconds === 1 ? '1 second' : `${seconds} seconds`}, then <a href="/inbox/sign-in">try again</a>.</p>`,
  });
