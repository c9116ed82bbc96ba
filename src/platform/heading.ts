import { literal, type StaticValue } from 'lit/static-html.js';

// An element's headings start at its `heading-level` and nest below it, so they fit the page
// around them: h2 under a host page's h1, h3 under a journey's h2 step heading (issue 15). The
// tag is chosen at render, which a Lit template can only do with a static value.

const TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** Where an element's headings start when the page says nothing: below the host page's own h1. */
export const DEFAULT_HEADING_LEVEL = 2;

/** An attribute's heading level, 1 to 6; anything else is the default (never a broken outline). */
export function toHeadingLevel(value: unknown): number {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 6 ? n : DEFAULT_HEADING_LEVEL;
}

/** The tag of a heading at `level` (h6 at most), for `html` from `lit/static-html.js`. */
export function h(level: number): StaticValue {
  return TAGS[Math.min(Math.max(level, 1), 6) - 1]!;
}
