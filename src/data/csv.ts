/** A cell value before it is written out. */
export type Cell = string | number | boolean | null | undefined;

// Spreadsheets run cells that start with these as formulas (CSV injection).
const FORMULA = /^[=+\-@\t\r]/;

/** A value a record should not hold (a list, an object) as JSON text, so the file still shows it. */
const json = (value: object): string => {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
};

/**
 * Writes one CSV cell (RFC 4180). Text that a spreadsheet would read as a
 * formula gets a leading apostrophe, so a downloaded file cannot run code.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = typeof value === 'object' ? json(value) : String(value);
  if (typeof value === 'string' && FORMULA.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes rows as CSV with a header line, `\n` line ends and a final newline. */
export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${lines.join('\n')}\n`;
}
