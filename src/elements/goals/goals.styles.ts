import { css } from 'lit';

export const goalsStyles = css`
  .goals__top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 1.5em;
    margin-block-end: 0.5em;
  }
  .goals__top .back-link { margin-block-end: 0; }
  /* Sits at the end of the row whether or not there is a back link. */
  .goals__urgent {
    margin-inline-start: auto;
    color: var(--_color-urgent);
    font-weight: 700;
  }

  .scale__ends {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25em 1em;
    margin-block-end: 0.5em;
    padding: 0;
    list-style: none;
  }
  .scale__end-number { font-weight: 700; }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .scale__point { position: relative; }
  /* The native radio stays (one tab stop, arrow keys, screen readers); the box is its label. */
  .scale__input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .scale__label {
    display: flex;
    align-items: center;
    justify-content: center;
    min-inline-size: var(--_target);
    min-block-size: var(--_target);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    font-weight: 700;
  }
  .scale__input:checked + .scale__label {
    background: var(--_color-text);
    border-color: var(--_color-text);
    color: var(--_color-surface);
  }
  .scale__input:focus-visible + .scale__label {
    outline: 4px solid var(--_color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 3px var(--_color-focus-text);
  }

  /* The interruption page: white on the urgent colour, after NHS.UK's urgent care card. */
  .interruption {
    padding: 1.5em var(--_space);
    margin-block-end: var(--_space);
    border-radius: var(--_radius);
    background: var(--_color-urgent);
    color: #fff;
  }
  .interruption a:not(:focus-visible),
  .interruption a:visited:not(:focus-visible) { color: #fff; }
  .interruption {
    --_urgent-divider: rgb(255 255 255 / 0.6);
    --_urgent-secondary-text: #fff;
    --_urgent-action-size: 1.15em;
  }
  .button--reverse {
    background: #fff;
    color: var(--_color-text);
    box-shadow: 0 4px 0 var(--_color-text);
  }
  .button--reverse:visited { color: var(--_color-text); }

  @media (forced-colors: active) {
    .scale__input:checked + .scale__label { forced-color-adjust: none; background: Highlight; color: HighlightText; }
    .scale__input:focus-visible + .scale__label { outline-color: Highlight; }
    .interruption { border: 3px solid CanvasText; }
  }
`;
