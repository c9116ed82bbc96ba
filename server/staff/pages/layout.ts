import { can, type Permission, type Role } from '../roles.ts';
import { html, type Html, type HtmlValue } from '../html.ts';
import { IDLE_MINUTES } from '../auth/session-rules.ts';
import { errorSummary, successBanner, type FieldError } from './form.ts';

/** The signed-in person a page is drawn for. */
export interface Viewer {
  id: string;
  name: string;
  email: string;
  role: Role;
  csrfToken: string;
}

export type Section = 'referrals' | 'check-ins' | 'listing-reports' | 'report' | 'directory' | 'audit' | 'users';

/**
 * The sections of the screen, in the order of the header. A role sees only what it may open.
 * Issues 19 and 20 add theirs here ("Check-ins", "Report", "Directory").
 */
const SECTIONS: readonly { key: Section; href: string; text: string; permission: Permission }[] = [
  { key: 'referrals', href: '/inbox', text: 'Referrals', permission: 'referrals' },
  { key: 'check-ins', href: '/inbox/check-ins', text: 'Check-ins', permission: 'check-ins' },
  { key: 'listing-reports', href: '/inbox/listing-reports', text: 'Listing reports', permission: 'listing-reports' },
  { key: 'report', href: '/inbox/report', text: 'Report', permission: 'report' },
  { key: 'directory', href: '/inbox/directory', text: 'Directory', permission: 'directory' },
  { key: 'audit', href: '/inbox/audit', text: 'Audit log', permission: 'audit' },
  { key: 'users', href: '/inbox/users', text: 'Users', permission: 'users' },
];

export const csrfField = (viewer: Viewer) => html`<input type="hidden" name="csrf" value="${viewer.csrfToken}">`;

export interface PageOptions {
  /** The page's name: its `<title>` (after "Error: " when it shows errors). */
  title: string;
  body: HtmlValue;
  viewer?: Viewer;
  section?: Section;
  /** The page's errors: an error summary first, and "Error: " in its title. */
  errors?: readonly FieldError[];
  /** What was just done, said in a success banner (not while there are errors). */
  done?: HtmlValue;
  backLink?: { href: string; text: string };
  /** Lists and tables use the full width; forms keep a readable measure. */
  wide?: boolean;
}

function header(viewer: Viewer | undefined, section: Section | undefined): Html {
  const nav = viewer
    ? html`<nav class="header__nav" aria-label="Inbox">
        <ul class="header__list">
          ${SECTIONS.filter((s) => can(viewer.role, s.permission)).map(
            (s) => html`<li><a class="header__link" href="${s.href}"${s.key === section ? html` aria-current="page"` : ''}>${s.text}</a></li>`,
          )}
        </ul>
      </nav>
      <div class="header__account">
        <p class="header__who">Signed in as <strong>${viewer.name}</strong></p>
        <form method="post" action="/inbox/sign-out" class="header__sign-out">
          ${csrfField(viewer)}
          <button type="submit" class="link-button">Sign out</button>
        </form>
      </div>`
    : '';
  return html`<header class="header">
    <div class="header__inner">
      <p class="header__service"><a class="header__home" href="/inbox">Waymark inbox</a></p>
      ${nav}
    </div>
  </header>`;
}

/** The warning before an idle session ends (WCAG 2.2.1): opened by inbox.js, which also keeps the session. */
function timeoutWarning(viewer: Viewer): Html {
  return html`<dialog id="timeout-warning" class="dialog" aria-labelledby="timeout-warning-title" aria-describedby="timeout-warning-text">
    <h2 id="timeout-warning-title" class="heading-m">You will be signed out soon</h2>
    <p id="timeout-warning-text">We sign you out after ${IDLE_MINUTES} minutes without any activity, to keep people's details safe. You will be signed out in 2 minutes.</p>
    <form method="post" action="/inbox/session" data-keep-alive>
      ${csrfField(viewer)}
      <button type="submit" class="button">Stay signed in</button>
    </form>
    <form method="post" action="/inbox/sign-out">
      ${csrfField(viewer)}
      <button type="submit" class="link-button">Sign out now</button>
    </form>
  </dialog>`;
}

/** A whole page: the same head, header, skip link and main landmark everywhere. */
export function page({ title, body, viewer, section, errors = [], done, backLink, wide }: PageOptions): Html {
  return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${errors.length ? 'Error: ' : ''}${title} – Waymark inbox</title>
<link rel="icon" href="/inbox/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/inbox/assets/inbox.css">
${viewer ? html`<script type="module" src="/inbox/assets/inbox.js"></script>` : ''}
</head>
<body${viewer ? html` data-idle-seconds="${IDLE_MINUTES * 60}"` : ''}>
<a class="skip-link" href="#main">Skip to main content</a>
${header(viewer, section)}
<div class="page${wide ? ' page--wide' : ''}">
<main id="main" class="main" tabindex="-1">
${backLink ? html`<a class="back-link" href="${backLink.href}">${backLink.text}</a>` : ''}
${errorSummary(errors)}
${done && !errors.length ? successBanner(done) : ''}
${body}
</main>
</div>
${viewer ? timeoutWarning(viewer) : ''}
</body>
</html>`;
}
