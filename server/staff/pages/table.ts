import { html, type Html, type HtmlValue } from '../html.ts';

// The staff screen's one table: a caption (hidden when the heading above already says it), column
// headings with scope, the first column as each row's header, and numbers right-aligned.

export interface Column<Row> {
  heading: HtmlValue;
  cell: (row: Row) => HtmlValue;
  /** Right-aligned, for counts and means. */
  numeric?: boolean;
  /** A class for the column's cells, e.g. `nowrap`. */
  className?: string;
}

export interface TableOptions<Row> {
  caption: string;
  /** Shown above the table; otherwise for screen readers only. */
  showCaption?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  /** Which column names each row (a `th scope="row"`): the first unless said, -1 for none. */
  rowHeader?: number;
  numbers?: boolean;
}

const classes = (column: Column<unknown>) => [column.numeric ? 'numeric' : '', column.className ?? ''].filter(Boolean).join(' ');
const classAttr = (names: string) => (names ? html` class="${names}"` : '');

export function dataTable<Row>({ caption, showCaption = false, columns, rows, rowHeader = 0, numbers = false }: TableOptions<Row>): Html {
  return html`<table class="${numbers ? 'table table--numbers' : 'table'}">
    <caption class="${showCaption ? 'table__caption' : 'visually-hidden'}">${caption}</caption>
    <thead><tr>${columns.map((c) => html`<th scope="col"${classAttr(classes(c as Column<unknown>))}>${c.heading}</th>`)}</tr></thead>
    <tbody>${rows.map(
      (row) => html`<tr>${columns.map((c, i) => {
        const attrs = classAttr(classes(c as Column<unknown>));
        return i === rowHeader ? html`<th scope="row"${attrs}>${c.cell(row)}</th>` : html`<td${attrs}>${c.cell(row)}</td>`;
      })}</tr>`,
    )}</tbody>
  </table>`;
}

/** A column heading read by screen readers only, for a column of buttons or ticks. */
export const hiddenHeading = (text: string) => html`<span class="visually-hidden">${text}</span>`;
