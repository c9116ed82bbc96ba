import { css } from 'lit';

/** The urgent contacts list, shared by the urgent-help panel, the goals interruption page and printed handouts. */
export const urgentContactsStyles = css`
  .urgent-contacts { list-style: none; padding: 0; margin: 0 0 var(--_space); }
  .urgent-contact {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    padding-block: 0.5em;
    border-block-start: 1px solid var(--_urgent-divider, var(--_color-border-light));
  }
  .urgent-contact__name,
  .urgent-contact__when { flex: 1 1 100%; }
  .urgent-contact__when { color: var(--_urgent-secondary-text, var(--_color-secondary-text)); }
  .urgent-contact__action {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    font-size: var(--_urgent-action-size, 1em);
    font-weight: 700;
  }
  .handout-urgent { display: none; }
  @media print {
    .handout-urgent { display: block; border: 2px solid #000; padding: 0.5em 1em; margin-block-start: 1em; break-inside: avoid; }
    .urgent-contact__action { min-block-size: 0; }
  }
`;
