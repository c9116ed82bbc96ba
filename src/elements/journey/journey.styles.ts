import { css } from 'lit';

export const journeyStyles = css`
  .journey { container-type: inline-size; }
  .progress { margin-block-end: 1.5em; }
  .progress__count { font-weight: 700; margin-block-end: 0.4em; }
  .progress__list {
    display: flex;
    gap: 0.25em;
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .progress__step {
    flex: 1 1 0;
    padding-block-start: 0.5em;
    border-block-start: 6px solid var(--_color-border-light);
    color: var(--_color-secondary-text);
    font-size: 0.875em;
  }
  .progress__step--done { border-color: var(--_color-primary); }
  .progress__step--current { border-color: var(--_color-secondary); color: var(--_color-text); font-weight: 700; }
  /* On a small phone the step names crowd each other: the count and the bar say enough. */
  @container (max-width: 34em) {
    .progress__step { font-size: 0; padding: 0; }
  }

  .journey__title { margin-block-end: 0.4em; }
  .journey__why { color: var(--_color-secondary-text); }
  .journey__skip { margin-block-end: 1.5em; }
  .journey__skip ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0 1.5em; }
  .journey__nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 1.5em;
    margin-block: 1.5em;
  }
  .kiosk-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
    padding: 0.5em var(--_space);
    margin-block-end: var(--_space);
    background: var(--_color-background);
    border-radius: var(--_radius);
  }
  .kiosk-bar .button { margin: 0; }
  @media print {
    .progress, .kiosk-bar, .journey__nav, .journey__skip, .save-progress, waymark-urgent-help { display: none !important; }
  }
`;
