import { css } from 'lit';

/**
 * Design tokens in tiers (after material-web): public `--waymark-*` properties a site may set,
 * resolved once into private `--_*` values that the rest of the styles read.
 * Defaults follow the NHS.UK palette, the look patients already trust.
 *
 * Sizes are in `em` from a base of `max(16px, 1rem)`: many host sites shrink `rem` to 10px
 * (the "62.5%" trick), and a person who set a larger default font still gets it.
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

    display: block;
    box-sizing: border-box;
    color: var(--_color-text);
    font-family: var(--_font);
    font-size: max(16px, 1rem);
    font-weight: 400;
    line-height: 1.5;
    text-align: start;
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  :host([kiosk]) {
    font-size: max(20px, 1.25rem);
    --_target: var(--waymark-target-size, 3.25em);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;
