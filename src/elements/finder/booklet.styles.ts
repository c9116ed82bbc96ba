import { css } from 'lit';

export const bookletStyles = css`
  .booklet__cover { margin-block-end: 1.5em; }
  .booklet__service { font-weight: 700; margin-block-end: 0.25em; }
  .booklet__section { margin-block-start: 2em; border-block-start: 4px solid var(--_color-primary); }
  .booklet__head { display: flex; flex-wrap: wrap; align-items: flex-start; justify-content: space-between; gap: 0.5em 1em; }
  .booklet__area { font-size: 1.5em; margin-block: 0.5em; }
  .booklet__qr { margin: 0.5em 0 0; inline-size: 8em; max-inline-size: 100%; }
  .booklet__qr figcaption { font-size: 0.875em; }
  .booklet__day { font-size: 1.25em; margin-block: 1em 0.5em; }
  .booklet__items { list-style: none; margin: 0; padding: 0; }
  .booklet__item {
    padding: 0.5em 0 0.75em;
    border-block-end: 1px solid var(--_color-border-light);
  }
  .booklet__name { font-size: 1.1em; margin-block: 0 0.25em; }
  .booklet__facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.1em 1em; margin: 0; }
  .booklet__facts dt { font-weight: 700; }
  .booklet__facts dd { margin: 0; overflow-wrap: anywhere; }
  .booklet__meets { margin-block: 0.25em 0; font-weight: 700; }
  .booklet__footer { margin-block-start: 1.5em; }
  .booklet .qr { inline-size: 100%; block-size: auto; aspect-ratio: 1; background: #fff; }

  /*
   * Large print on A4: 16pt text and strong headings, in black. A need area's title stays with
   * its QR code and first day, a day's name with its first activity, and an activity is never
   * split across two pages.
   */
  @media print {
    /* Through the private tokens: the :host font and colour are !important (see tokens.ts). */
    :host { --_font-size: 16pt; --_color-text: #000; }
    .booklet a { color: #000; text-decoration: none; }
    .booklet__cover { border-block-end: 3px solid #000; padding-block-end: 0.5em; }
    .booklet__section { border-block-start-color: #000; }
    .booklet__head { flex-wrap: nowrap; break-inside: avoid; break-after: avoid; }
    .booklet__area { font-size: 1.75em; font-weight: 800; }
    .booklet__qr { flex: 0 0 3cm; inline-size: 3cm; }
    .booklet__qr figcaption { font-size: 11pt; }
    .booklet__day { font-size: 1.35em; font-weight: 800; break-after: avoid; }
    .booklet__items { break-before: avoid; }
    .booklet__item { break-inside: avoid; border-block-end-color: #000; }
    .booklet__name { font-size: 1.15em; font-weight: 800; }
  }
`;
