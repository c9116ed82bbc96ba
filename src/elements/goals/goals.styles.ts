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
    .interruption { border: 3px solid CanvasText; }
  }
`;
