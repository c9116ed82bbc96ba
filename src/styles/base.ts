import { css } from 'lit';

/** Typography, links, buttons and focus shared by every element, after the NHS.UK frontend. */
export const base = css`
  h1, h2, h3, h4, p, ul, ol, dl, fieldset, legend {
    margin: 0;
    padding: 0;
  }
  h1, h2, h3, h4 {
    font-weight: 700;
    line-height: 1.25;
    margin-block-end: 0.6em;
  }
  h1 { font-size: 1.75em; }
  h2 { font-size: 1.4em; }
  h3 { font-size: 1.15em; }
  h4 { font-size: 1em; }
  p, ul, ol, dl { margin-block-end: var(--_space); }
  ul, ol { padding-inline-start: 1.25em; }
  [tabindex='-1']:focus { outline: none; }

  a {
    color: var(--_color-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:visited { color: var(--_color-link-visited); }
  a:hover { text-decoration-thickness: 3px; }
  a:focus-visible {
    outline: 4px solid transparent;
    background-color: var(--_color-focus);
    color: var(--_color-focus-text);
    box-shadow: 0 -2px var(--_color-focus), 0 4px var(--_color-focus-text);
    text-decoration: none;
  }

  /* Controls scroll clear of a host page's sticky header when they take focus, and so do the
     questions scrolled into view with them (focus.ts). */
  a, button, input, select, textarea, summary, [tabindex], fieldset, label {
    scroll-margin-block: var(--waymark-scroll-margin, 6em);
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    margin: 0 0 var(--_space);
    padding: 0.5em 1em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    box-shadow: 0 4px 0 var(--_color-primary-dark);
    background: var(--_color-primary);
    color: #fff;
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  .button:visited { color: #fff; }
  .button:hover { filter: brightness(0.9); }
  .button:active { transform: translateY(4px); box-shadow: none; }
  .button:focus-visible {
    outline: 4px solid transparent;
    background: var(--_color-focus);
    color: var(--_color-focus-text);
    box-shadow: 0 4px 0 var(--_color-focus-text);
  }
  .button[disabled], .button[aria-disabled='true'] { opacity: 0.6; cursor: not-allowed; }
  .link-button[aria-disabled='true'] { color: var(--_color-secondary-text); text-decoration: none; cursor: not-allowed; }
  .button--secondary {
    background: var(--_color-surface);
    color: var(--_color-secondary);
    border-color: var(--_color-secondary);
    box-shadow: 0 4px 0 var(--_color-secondary);
  }
  .button--secondary:visited { color: var(--_color-secondary); }
  .button--warning { background: var(--_color-urgent); box-shadow: 0 4px 0 #6b140e; }
  .link-button {
    display: inline;
    min-block-size: var(--_target);
    padding: 0.5em 0;
    border: 0;
    background: none;
    color: var(--_color-link);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .link-button:focus-visible {
    outline: 4px solid transparent;
    background-color: var(--_color-focus);
    color: var(--_color-focus-text);
    box-shadow: 0 4px var(--_color-focus-text);
    text-decoration: none;
  }

  /* A <details> whose summary reads as a link: urgent help, the finder's filters. */
  details.disclosure > summary {
    display: flex;
    align-items: center;
    min-block-size: var(--_target);
    color: var(--_color-link);
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  details.disclosure > summary:focus-visible {
    outline: 4px solid transparent;
    background: var(--_color-focus);
    color: var(--_color-focus-text);
    box-shadow: 0 4px var(--_color-focus-text);
    text-decoration: none;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .hint { color: var(--_color-secondary-text); }
  .panel {
    padding: var(--_space);
    margin-block-end: var(--_space);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border-light);
    border-radius: var(--_radius);
  }
  .inset {
    padding: 0.25em var(--_space) 0.25em;
    margin-block-end: var(--_space);
    border-inline-start: 8px solid var(--_color-secondary);
  }

  /* Kiosk mode's "Are you still there?", on every element (platform/idle-dialog.ts), and "Clear
     everything?" (views/clear-dialog.ts). */
  .idle-dialog, .clear-dialog {
    max-inline-size: min(30em, 90vw);
    padding: 1.5em;
    border: 0;
    border-block-start: 8px solid var(--_color-secondary);
    border-radius: var(--_radius);
    color: var(--_color-text);
    font: inherit;
  }
  .idle-dialog::backdrop, .clear-dialog::backdrop { background: rgb(0 0 0 / 0.6); }
  .clear-dialog__actions { display: flex; flex-wrap: wrap; gap: var(--_space); }
  .idle-dialog__count { font-size: 1.5em; font-weight: 700; }

  .language-picker { margin-block-end: var(--_space); }
  .language-picker__list { display: flex; flex-wrap: wrap; gap: 0 1.25em; list-style: none; padding: 0; margin: 0; }
  .language-picker__option[aria-current='true'] { font-weight: 700; text-decoration: none; color: var(--_color-text); }

  @media (forced-colors: active) {
    .button { border-color: ButtonText; }
    a:focus-visible, .button:focus-visible, .link-button:focus-visible { outline: 3px solid Highlight; }
  }
  @media print {
    .no-print { display: none !important; }
  }
`;
