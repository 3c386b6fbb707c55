/**
 * `damascus-moscow`: React charts of the Syria–USSR/Russia dataset, and
 * the dataset itself (everything in `damascus-moscow/data` is re-exported).
 *
 * @module
 */

export type { DataTableColumn, DataTableProps } from './charts/kit/DataTable.js';
export { DataTable } from './charts/kit/DataTable.js';
export type { Locale } from './charts/kit/locale.js';
export { directionOf, formatPartialDate, localize } from './charts/kit/locale.js';
export * from './data/index.js';
