import { css } from 'lit';

export const checkInStyles = css`
  .check-in__progress { color: var(--_color-secondary-text); margin-block-end: 0.5em; }
  .then-and-now { border-collapse: collapse; inline-size: 100%; margin-block-end: var(--_space); }
  .then-and-now th, .then-and-now td { text-align: start; vertical-align: top; padding: 0.5em 0.75em 0.5em 0; border-block-end: 1px solid var(--_color-border-light); }
  .bars__then, .key--then { fill: var(--_color-border); background: var(--_color-border); }
  .bars__now, .key--now { fill: var(--_color-secondary); background: var(--_color-secondary); }
  .key { display: inline-block; inline-size: 1em; block-size: 0.6em; margin-inline: 0.5em 0.25em; }
  @media (max-width: 30em) { .then-and-now__chart { display: none; } }
  @media (forced-colors: active) {
    .bars__then { fill: GrayText; }
    .bars__now { fill: CanvasText; }
  }
`;
