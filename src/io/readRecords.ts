/**
 * Turns the rows of one collection's CSV file into records of the package's
 * types. Cells keep what they hold when it cannot be read (a year that is not
 * a number, a quantity that is text), so `validateDataset` names the field
 * instead of the value vanishing.
 */
import { columns } from '../data/table.js';
import type { CollectionName } from '../data/types.js';
import { readConflicts, readItems, readList, readQuantity, readRefs, readVisitors } from './cells.js';

export type Row = { readonly [column: string]: string | undefined };
export type Draft = Record<string, unknown>;

const RENAMED: Record<string, string> = { person_id: 'personId', value_usd: 'valueUsd', price_basis: 'priceBasis' };
const LOCALIZED = /^(name|title|short)_(en|ar|ru)$/;
// The writer puts an apostrophe before text a spreadsheet would run as a formula.
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** The header problems of one file: columns the schema lacks, and a missing id. */
export function headerProblems(collection: CollectionName, header: readonly string[]): string[] {
  const known = columns[collection].map((c) => c.name);
  const problems = header
    .filter((h) => h !== '' && !known.includes(h) && !LOCALIZED.test(h))
    .map((h) => `unknown column "${h}" (the columns are ${known.join(', ')})`);
  if (!header.includes('id')) problems.push('has no "id" column');
  return problems;
}

/** One CSV row as a record of `collection`. */
export function recordFromRow(collection: CollectionName, row: Row, people: ReadonlySet<string>): Draft {
  const record: Draft = {};
  const known = new Set(columns[collection].map((c) => c.name));
  for (const [column, raw] of Object.entries(row)) {
    // An unknown column is reported once, with the header; its cells are not guessed into fields.
    if (!known.has(column) && !LOCALIZED.test(column)) continue;
    const cell = unguard((raw ?? '').trim());
    const localized = LOCALIZED.exec(column);
    if (localized) {
      if (!cell) continue;
      const field = localized[1];
      record[field] = { ...(record[field] as object), [localized[2]]: cell };
      continue;
    }
    if (cell === '') {
      if (collection === 'tenures' && column === 'end') record.end = null; // empty: still in office
      continue;
    }
    const field = RENAMED[column] ?? column;
    const value = readCell(column, cell, people);
    if (value !== undefined) record[field] = value;
  }
  return record;
}

function readCell(column: string, cell: string, people: ReadonlySet<string>): unknown {
  switch (column) {
    case 'sources':
      return readRefs(cell);
    case 'conflicts':
      return readConflicts(cell);
    case 'items':
      return readItems(cell);
    case 'visitors':
      return readVisitors(cell, people);
    case 'people':
    case 'related':
      return readList(cell);
    case 'value_usd':
      return readQuantity(cell);
    case 'year':
      return /^-?\d+$/.test(cell) ? Number(cell) : cell;
    case 'acting':
      // Written as false when absent: not acting is the default.
      return cell === 'true' ? true : cell === 'false' ? undefined : cell;
    default:
      return cell;
  }
}
