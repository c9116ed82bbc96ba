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
  .urgent-contacts { list-style: none; padding: 0; margin: 0; }
  .urgent-contact {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    padding-block: 0.5em;
    border-block-start: 1px solid var(--_color-border-light);
  }
  .urgent-contact__name { flex: 1 1 100%; }
  .urgent-contact__when { flex: 1 1 100%; color: var(--_color-secondary-text); }
  .urgent-contact__action {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    font-weight: 700;
  }
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
