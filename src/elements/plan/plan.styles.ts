import { css } from 'lit';

export const planStyles = css`
  .plan-list { list-style: none; padding: 0; margin: 0 0 1.5em; }
  .plan-item {
    padding: var(--_space);
    margin-block-end: var(--_space);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border-light);
    border-inline-start: 6px solid var(--_color-primary);
    border-radius: var(--_radius);
    break-inside: avoid;
  }
  .plan-item h3 { margin-block-end: 0.2em; }
  .plan-item__org { color: var(--_color-secondary-text); margin-block-end: 0.5em; }
  .facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; margin: 0 0 0.5em; }
  .facts dt { font-weight: 700; }
  .facts dd { margin: 0; overflow-wrap: anywhere; }
  .plan-actions { display: flex; flex-wrap: wrap; gap: 0 1em; align-items: center; }
  .take-away { display: flex; flex-wrap: wrap; gap: 1em; align-items: center; }
  /* Never wider than the plan: 10em is wider than a 320px phone at 200% text. */
  .take-away__qr { margin: 0; min-inline-size: 0; max-inline-size: 100%; }
  .qr {
    inline-size: 10em;
    max-inline-size: 100%;
    block-size: auto;
    aspect-ratio: 1;
    background: #fff;
    padding: 0.5em;
    border: 1px solid var(--_color-border-light);
  }
  .print-only { display: none; }

  /* A tidy handout: the "green prescription". Only the plan, the service's number and the QR. */
  @media print {
    /* Through the private tokens: the :host font and colour are !important (see tokens.ts). */
    :host { --_font-size: 12pt; --_color-text: #000; }
    .print-only { display: block; }
    .plan-item { border: 1px solid #000; border-inline-start: 6px solid #000; }
    .handout-header { border-block-end: 3px solid #000; margin-block-end: 1em; padding-block-end: 0.5em; }
    .handout-footer { border-block-start: 1px solid #000; margin-block-start: 1em; padding-block-start: 0.5em; }
    a { color: #000; text-decoration: none; }
    .take-away__qr { margin: 0; }
  .qr { inline-size: 3.5cm; block-size: 3.5cm; }
  }
`;
