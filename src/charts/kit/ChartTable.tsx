import { DataTable, type DataTableColumn } from './DataTable.js';
import { directionOf, type Locale } from './locale.js';
import { messages } from './messages.js';
import { TABLE_ROWS } from './sizes.js';

/**
 * A chart's text alternative: its records in a visually hidden table, in the
 * chart's language and direction, the first {@link TABLE_ROWS} of them (the
 * caption says when there are more; the CSV has them all).
 */
export function ChartTable<Row>({
  caption,
  locale,
  rows,
  rowKey,
  columns,
}: {
  caption: string;
  locale: Locale;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  columns: DataTableColumn<Row>[];
}) {
  return (
    <DataTable
      caption={caption}
      visuallyHidden
      maxRows={TABLE_ROWS}
      truncated={messages[locale].tableTruncated}
      dir={directionOf(locale)}
      lang={locale}
      rows={rows}
      rowKey={rowKey}
      columns={columns}
    />
  );
}
