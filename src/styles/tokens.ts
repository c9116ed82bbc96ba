import { css } from 'lit';

/**
 * Design tokens in tiers (after material-web): public `--waymark-*` properties a site may set,
 * resolved once into private `--_*` values that the rest of the styles read.
 * Defaults follow the NHS.UK palette, the look patients already trust.
 *
 * Sizes are in `em` from a base of `max(16px, 1rem)`: many host sites shrink `rem` to 10px
 * (the "62.5%" trick), and a person who set a larger default font still gets it. A site may set
 * `--waymark-font-size` instead (kiosk mode is a quarter larger).
 */
export const tokens = css`
  :host {
    --_color-text: var(--waymark-color-text, #212b32);
    --_color-secondary-text: var(--waymark-color-secondary-text, #4c6272);
    --_color-link: var(--waymark-color-link, #005eb8);
    --_color-link-visited: var(--waymark-color-link-visited, #330072);
    --_color-primary: var(--waymark-color-primary, #007f3b);
    --_color-primary-dark: var(--waymark-color-primary-dark, #00401e);
    --_color-secondary: var(--waymark-color-secondary, #005eb8);
    --_color-focus: var(--waymark-color-focus, #ffeb3b);
    --_color-focus-text: var(--waymark-color-focus-text, #212b32);
    --_color-error: var(--waymark-color-error, #d5281b);
    --_color-urgent: var(--waymark-color-urgent, #d5281b);
    --_color-border: var(--waymark-color-border, #4c6272);
    --_color-border-light: var(--waymark-color-border-light, #d8dde0);
    --_color-surface: var(--waymark-color-surface, #ffffff);
    --_color-background: var(--waymark-color-background, #f0f4f5);
    --_font: var(--waymark-font, 'Frutiger W01', Arial, sans-serif);
    --_radius: var(--waymark-radius, 4px);
    --_space: var(--waymark-space, 1em);
    --_target: var(--waymark-target-size, 2.75em);
    --_font-size: var(--waymark-font-size, max(16px, 1rem));

    display: block;
    -webkit-text-size-adjust: 100%;
    /*
     * A host page's global rules ("* { font: 12px serif !important; color: red !important }")
     * reach this element and, by inheritance, everything inside it. An !important declaration
     * on :host outranks the page's own !important, so Waymark's type and colour hold on any site;
     * sites restyle it through the --waymark-* properties instead.
     */
    box-sizing: border-box !important;
    color: var(--_color-text) !important;
    font: 400 var(--_font-size) / 1.5 var(--_font) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
  }
  :host([hidden]) {
    display: none;
  }
  :host([kiosk]) {
    font-size: calc(var(--_font-size) * 1.25) !important;
    --_target: var(--waymark-target-size, 3.25em);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* What is inside <details> inherits through this pseudo-element, which * does not match.
     On its own: a browser that does not know it drops only this rule. */
  details::details-content {
    box-sizing: inherit;
  }
`;
