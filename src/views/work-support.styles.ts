import { css } from 'lit';

export const workSupportStyles = css`
  .work-support { margin-block-end: 1.5em; }
  .work-support__list { margin: 0; padding: 0; list-style: none; }
  .work-support__list > li + li { margin-block-start: var(--_space); }
  .work-support__list p { margin-block: 0 0.25em; }
  .work-support__name { font-weight: 700; }
`;
