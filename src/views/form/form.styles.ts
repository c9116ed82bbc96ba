import { css } from 'lit';

/** Form controls after NHS.UK frontend: big targets, thick focus, errors in red with a left bar. */
export const formStyles = css`
  .form-group { margin-block-end: 1.5em; }
  .form-group--error {
    padding-inline-start: 0.9em;
    border-inline-start: 4px solid var(--_color-error);
  }
  .fieldset { border: 0; margin: 0; padding: 0; min-inline-size: 0; }
  .legend, .label {
    display: block;
    margin-block-end: 0.3em;
    font-weight: 600;
  }
  .legend--heading h1, .label-wrapper { margin-block-end: 0.5em; font-size: 1.6em; }
  .label-wrapper .label { font-weight: 700; margin: 0; }
  .optional { font-weight: 400; }
  .hint { display: block; margin-block-end: 0.5em; color: var(--_color-secondary-text); }
  .error-message {
    display: block;
    margin-block-end: 0.5em;
    color: var(--_color-error);
    font-weight: 700;
  }
  .input, .textarea, .select {
    display: block;
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: 0.3em 0.4em;
    border: 2px solid var(--_color-border);
    border-radius: 0;
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    appearance: none;
  }
  .textarea { min-block-size: 6em; resize: vertical; }
  .input--error { border-color: var(--_color-error); }
  .input:focus, .textarea:focus, .select:focus {
    outline: 4px solid var(--_color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_color-text);
  }
  .input--width-2 { max-inline-size: 3.5em; }
  .input--width-3 { max-inline-size: 4.5em; }
  .input--width-4 { max-inline-size: 5.5em; }
  .input--width-5 { max-inline-size: 6.5em; }
  .input--width-10 { max-inline-size: 12em; }
  .input--width-20 { max-inline-size: 22em; }
  .input--width-30 { max-inline-size: 32em; }

  .choices { display: flex; flex-direction: column; gap: 0.5em; }
  .choices--inline { flex-direction: row; flex-wrap: wrap; gap: 0.5em 1.5em; }
  .choices__divider { padding-block: 0.25em; }
  .choice {
    position: relative;
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 0.6em;
  }
  .choice__input {
    /* Form controls do not inherit the font, so 1.6em would be 1.6 times the browser's 13.33px. */
    font-size: inherit;
    inline-size: 1.6em;
    block-size: 1.6em;
    /* Its middle on the middle of the label's first line, which sits centred in a target-high row. */
    margin: calc(var(--_target) / 2 - 0.8em) 0 0;
    accent-color: var(--_color-text);
    cursor: pointer;
  }
  .choice__input:focus-visible { outline: 4px solid var(--_color-focus); outline-offset: 2px; box-shadow: 0 0 0 6px var(--_color-text); }
  .choice__label {
    display: block;
    min-block-size: var(--_target);
    line-height: 1.5;
    padding-block: calc((var(--_target) - 1.5em) / 2);
    cursor: pointer;
    /* The whole row is a target, not only the small box (WCAG 2.5.8). */
    touch-action: manipulation;
  }
  .choice__hint { grid-column: 2; margin-block-start: -0.3em; }

  /* "Save my progress on this device" (save-progress.ts), below a journey or a plan. */
  .save-progress {
    margin-block-start: 2em;
    padding-block-start: 1em;
    border-block-start: 1px solid var(--_color-border-light);
  }
  @media print {
    .save-progress { display: none !important; }
  }

  .date-input { display: flex; flex-wrap: wrap; gap: 1em; }
  .date-input__label { font-weight: 400; }

  .error-summary {
    padding: var(--_space);
    margin-block-end: 1.5em;
    border: 4px solid var(--_color-error);
    background: var(--_color-surface);
  }
  .error-summary:focus { outline: 4px solid var(--_color-focus); outline-offset: 0; }
  .error-summary__title { font-size: 1.3em; }
  .error-summary__list { list-style: none; padding: 0; margin: 0; }
  .error-summary__list a { color: var(--_color-error); font-weight: 700; }

  .back-link {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    min-block-size: var(--_target);
    margin-block-end: 0.5em;
  }
  .back-link::before {
    content: '';
    inline-size: 0.45em;
    block-size: 0.45em;
    border-block-start: 2px solid currentColor;
    border-inline-start: 2px solid currentColor;
    transform: rotate(-45deg);
  }
  .back-link:dir(rtl)::before { transform: rotate(45deg); }

  .summary-list { margin: 0 0 1.5em; }
  .summary-list__row {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.2em 1em;
    padding-block: 0.6em;
    border-block-end: 1px solid var(--_color-border-light);
  }
  @container (min-width: 40em) {
    .summary-list__row { grid-template-columns: 2fr 3fr auto; }
  }
  .summary-list__key { font-weight: 700; margin: 0; }
  .summary-list__value { margin: 0; overflow-wrap: anywhere; }
  .summary-list__actions { margin: 0; }
`;
