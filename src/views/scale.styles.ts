import { css } from 'lit';

/** The 0 to 10 scale (scale-field.ts): the goals questionnaire and the check-in ask on it. */
export const scaleStyles = css`
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

  @media (forced-colors: active) {
    .scale__input:checked + .scale__label { forced-color-adjust: none; background: Highlight; color: HighlightText; }
    .scale__input:focus-visible + .scale__label { outline-color: Highlight; }
  }
`;
