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
  details.urgent[open] > summary { margin-block-end: 0.5em; }
`;
