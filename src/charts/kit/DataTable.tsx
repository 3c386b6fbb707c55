import type { ReactNode } from 'react';
import { joinMarkup, markup, rawHtml, type SafeMarkup } from './markup.js';
import { visuallyHidden as clipped } from './visuallyHidden.js';

/** One column of a {@link DataTable}. */
export interface DataTableColumn<Row> {
  /** Column heading. */
  header: string;
  /** The cell's content for a row; rendered as text, never as HTML. */
  cell: (row: Row) => ReactNode;
}

/** Props of {@link DataTable}. */
export interface DataTableProps<Row> {
  /** What the table shows; read first by screen readers. */
  caption: string;
  /** The columns, in order. The first one heads each row. */
  columns: DataTableColumn<Row>[];
  /** The rows. */
  rows: readonly Row[];
  /** A stable key for each row. */
  rowKey: (row: Row) => string;
  /** Hide the table visually but keep it for screen readers (the chart's text alternative). */
  visuallyHidden?: boolean;
  /**
   * Most rows to write; past it the caption says so (`truncated`) and
   * points to the CSV. A text alternative of 10,000 rows helps nobody.
   */
  maxRows?: number;
  /** What the caption adds when rows were left out, given shown and total counts. */
  truncated?: (shown: number, total: number) => string;
  /** Text direction; `rtl` for Arabic. */
  dir?: 'ltr' | 'rtl';
  /** Language of the content, e.g. `'ar'`. */
  lang?: string;
  className?: string;
}

/**
 * An accessible table of records: every chart ships one as its text
 * alternative, and it doubles as a plain fact-check table.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  visuallyHidden = false,
  maxRows = Number.POSITIVE_INFINITY,
  truncated = (shown, total) => `The first ${shown} of ${total} rows; the CSV download has them all.`,
  dir,
  lang,
  className,
}: DataTableProps<Row>) {
  const shown = rows.length > maxRows ? rows.slice(0, maxRows) : rows;
  const html = rowsAsMarkup(shown, columns);
  const table = (
    <table className={className} dir={dir} lang={lang}>
      <caption>
        {caption}
        {rows.length > maxRows ? ` (${truncated(maxRows, rows.length)})` : null}
      </caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.header} scope="col">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      {html !== null ? (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: text cells only, each escaped as React escapes text (rowsAsMarkup).
        <tbody dangerouslySetInnerHTML={rawHtml(html)} />
      ) : (
        <tbody>
          {shown.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.header} scope="row">
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.header}>{c.cell(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      )}
    </table>
  );
  // The wrapper is hidden, not the table (see visuallyHidden).
  return visuallyHidden ? (
    <div className="dm-hidden-table" style={clipped}>
      {table}
    </div>
  ) : (
    table
  );
}

/**
 * The rows as markup when every cell is text or a number (the charts' tables
 * are), or null: a chart's table runs to a thousand rows, and written as a
 * string it costs a fraction of as many React elements. Same markup as React's.
 */
function rowsAsMarkup<Row>(rows: readonly Row[], columns: readonly DataTableColumn<Row>[]): SafeMarkup | null {
  const html: SafeMarkup[] = [];
  for (const row of rows) {
    const cells: SafeMarkup[] = [];
    for (let i = 0; i < columns.length; i++) {
      const cell = columns[i].cell(row);
      if (typeof cell !== 'string' && typeof cell !== 'number') return null;
      cells.push(i === 0 ? markup`<th scope="row">${cell}</th>` : markup`<td>${cell}</td>`);
    }
    html.push(markup`<tr>${cells}</tr>`);
  }
  return joinMarkup(html);
}
