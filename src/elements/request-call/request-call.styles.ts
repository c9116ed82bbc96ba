import { css } from 'lit';

export const requestCallStyles = css`
  /* "Need help now?": one line that opens to the urgent contacts, at the top of every page. */
  .urgent {
    margin-block-end: var(--_space);
    padding: 0.25em var(--_space);
    border-inline-start: 8px solid var(--_color-urgent);
    background: var(--_color-surface);
  }

  .failure {
    padding: var(--_space);
    margin-block-end: 1.5em;
    border: 4px solid var(--_color-error);
    background: var(--_color-surface);
  }
  .failure:focus { outline: 4px solid var(--_color-focus); outline-offset: 0; }
  .failure__title { font-size: 1.3em; }

  .send-status:empty { margin: 0; }
  .send .button[aria-disabled='true'] { opacity: 0.75; cursor: progress; }

  /* The confirmation panel, after GOV.UK's: the reference stands out, on the service's colour. */
  .confirmation {
    /* Its text shrinks with the panel (cqi), so 200% text on a 320px phone stays inside it. */
    container-type: inline-size;
    margin-block-end: 1.5em;
    padding: 1.5em var(--_space);
    background: var(--_color-primary);
    color: #fff;
    text-align: center;
  }
  .confirmation__title {
    font-size: 2em;
    font-size: min(2em, 12cqi);
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .confirmation__reference { margin: 0; font-size: 1.3em; font-size: min(1.3em, 9cqi); }
  /* A reference is read out on the phone: never broken across lines ("AV-" / "1001"). About 13
     characters fit at 12cqi; a longer one (a service's own format) may wrap rather than spill. */
  .confirmation__reference strong {
    display: inline-block;
    margin-block-start: 0.25em;
    font-size: 1.3em;
    font-size: min(1.3em, 12cqi);
    white-space: nowrap;
  }
  .confirmation__reference strong.confirmation__reference--long { white-space: normal; overflow-wrap: anywhere; }

  @media print {
    .confirmation { border: 4px solid #000; background: none; color: #000; }
  }
  .isolated-frame { display: block; inline-size: 100%; border: 0; }
`;
