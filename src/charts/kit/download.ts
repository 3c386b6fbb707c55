/** Above this many records the CSV is built on click instead of inlined in the page. */
export const INLINE_CSV_RECORDS = 2000;

/** A `data:` address for a CSV file; the byte-order mark makes Excel read Arabic and Cyrillic as UTF-8. */
export const csvDataHref = (csv: string): string => `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${csv}`)}`;
