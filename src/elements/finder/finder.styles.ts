import { css } from 'lit';

export const finderStyles = css`
  :host {
    --_card-gap: var(--waymark-finder-card-gap, 1em);
    container-type: inline-size;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0 0.75em;
  }
  .search .form-group { flex: 1 1 16em; margin-block-end: var(--_space); }
  .search__button { flex: 0 0 auto; }

  .filters, .distance {
    margin-block-end: 1.5em;
    padding: 0 var(--_space);
    border: 1px solid var(--_color-border-light);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .distance { padding-block: var(--_space) 0; }
  .distance h3 { font-size: 1.15em; }
  .distance__form { margin-block-end: 0.5em; }
  .distance > .link-button { margin-block-end: 0.5em; }
  .filters__body { padding-block: 0.5em var(--_space); }
  .filters .legend { font-size: 1.05em; }

  .chips { margin-block-end: 1em; }
  .chips__title { margin: 0 0 0.5em; font-weight: 700; }
  .chips__list { display: flex; flex-wrap: wrap; gap: 0.5em; margin: 0; padding: 0; list-style: none; }
  .chip {
    min-block-size: var(--_target);
    padding: 0.25em 0.75em;
    border: 2px solid var(--_color-primary);
    border-radius: 1.5em;
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    cursor: pointer;
  }
  .chip:hover { background: #e8edee; }
  .chip:focus-visible {
    outline: 4px solid transparent;
    border-color: var(--_color-focus-text);
    background: var(--_color-focus);
    color: var(--_color-focus-text);
    box-shadow: 0 4px 0 var(--_color-focus-text);
  }
  .chip__x { margin-inline-start: 0.5em; font-weight: 700; }
  .work-support h3 { font-size: 1.15em; }
  .no-match__list { margin: 0 0 1em; padding: 0; list-style: none; }

  .results__title { font-size: 1.3em; margin-block-start: 0.5em; }
  .results {
    display: grid;
    gap: var(--_card-gap);
    margin: 0 0 1.5em;
    padding: 0;
    list-style: none;
  }
  .result {
    padding: var(--_space);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border-light);
    border-block-end: 4px solid var(--_color-border-light);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .result__name { margin-block-end: 0.25em; }
  .result__org { color: var(--_color-secondary-text); margin-block-end: 0.5em; }
  .tag {
    display: inline-block;
    padding: 0.1em 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: #e3f1e8;
    color: #00401e;
    font-weight: 600;
  }
  .facts { display: grid; gap: 0.35em; margin-block-end: var(--_space); }
  .facts__row { display: grid; grid-template-columns: 1fr; gap: 0 1em; }
  @container (min-width: 32em) {
    .facts__row { grid-template-columns: 8em 1fr; }
  }
  .facts dt { font-weight: 700; }
  .facts dd { margin: 0; }
  .miles { color: var(--_color-secondary-text); }
  .result__actions { display: flex; flex-wrap: wrap; gap: 0 1em; }
  .result__actions .button { margin-block-end: 0.5em; }
  .result__report { margin-block-start: 0.25em; }
  .report__listing { font-size: 1.15em; }
  .report__failed { margin-block-end: 1.5em; }

  .details { overflow-wrap: anywhere; }
  .details__lead { font-size: 1.15em; }
  .details__section { margin-block-start: 1.5em; }
  .details__section h3 { font-size: 1.15em; }
  .details__places { padding: 0; list-style: none; }
  .details__places > li + li { margin-block-start: var(--_space); }
  .details__access-title { margin: 0.5em 0 0.25em; font-weight: 600; }
  .contact-list { padding: 0; list-style: none; }
  .contact-list li { min-block-size: var(--_target); display: flex; flex-wrap: wrap; align-items: center; gap: 0 0.4em; }
  .failed h2 { font-size: 1.3em; }
  [aria-disabled='true'] { opacity: 0.7; cursor: progress; }

  @media print {
    .search, .filters, .distance, .chips, .no-match button, .show-more, .result__actions, .back-link { display: none !important; }
  }
`;
