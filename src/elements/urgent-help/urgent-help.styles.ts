import { css } from 'lit';

export const urgentHelpStyles = css`
  .urgent {
    padding: var(--_space);
    margin-block-end: var(--_space);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border-light);
    border-inline-start: 8px solid var(--_color-urgent);
    border-radius: var(--_radius);
  }
  .urgent h2 { font-size: 1.25em; }
  details.urgent > summary {
    display: flex;
    align-items: center;
    min-block-size: var(--_target);
    color: var(--_color-link);
    font-weight: 700;
    text-decoration: underline;
    cursor: pointer;
  }
  details.urgent > summary:focus-visible {
    outline: 4px solid transparent;
    background: var(--_color-focus);
    color: var(--_color-focus-text);
    box-shadow: 0 4px var(--_color-focus-text);
  }
  details.urgent[open] > summary { margin-block-end: 0.5em; }
`;
