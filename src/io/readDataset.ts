/**
 * Reads a desk's own data: the package's CSV files (one per collection, the
 * columns of data/datapackage.json) or one JSON file of the `Dataset` shape.
 * Never throws: every problem names the file, the line, the record and the
 * field, and everything that can be read is kept.
 */
import { csvParse, type DSVRowArray } from 'd3-dsv';
import type { CollectionName, Dataset } from '../data/types.js';
import { type Problem, validateDataset } from '../data/validate.js';
import { headerProblems, recordFromRow } from './readRecords.js';

/** One thing wrong in a desk's data, located as precisely as the input allows. */
export interface DataProblem {
  /** The file it is in. */
  file: string;
  /** The line the record starts on (CSV), when known. */
  line?: number;
  collection?: CollectionName;
  /** The record's id. */
  id?: string;
  field?: string;
  message: string;
}

/** What was read, where each record came from, and what was wrong. */
export interface ReadResult {
  dataset: Dataset;
  problems: DataProblem[];
  /** Record key (`collection id`) → where it was read. */
  where: Map<string, { file: string; line?: number }>;
}

export const COLLECTIONS: CollectionName[] = ['sources', 'people', 'tenures', 'visits', 'armsDeals', 'events'];
/** The file name of each collection, as in the package's data/ folder. */
export const fileOf = (c: CollectionName) => c.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);

/** `visits.csv:12 visit-x start: "1971-13" is not a possible date` */
export function formatDataProblem(p: DataProblem): string {
  const place = p.line ? `${p.file}:${p.line}` : p.file;
  const what = [p.id && `${p.collection ?? ''} "${p.id}"`.trim(), p.field].filter(Boolean).join(' ');
  return `${place}${what ? ` ${what}` : ''}: ${p.message}`;
}

const empty = (): Dataset => ({ sources: [], people: [], tenures: [], visits: [], armsDeals: [], events: [] });

/** The line each CSV record starts on (1 = the header), counting line breaks inside quoted cells. */
function recordLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (atStart) {
      starts.push(line);
      atStart = false;
    }
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n') {
      line++;
      if (!quoted) atStart = true;
    }
  }
  return starts;
}

/**
 * Reads CSV files named as in the package's data/ folder (`visits.csv`, `arms-deals.csv`, …), given as
 * name → text. A file whose name is no collection's is reported, not guessed at.
 */
export function readCsvFiles(files: Readonly<Record<string, string>>): ReadResult {
  const result: ReadResult = { dataset: empty(), problems: [], where: new Map() };
  const byCollection = new Map<CollectionName, [string, string]>();
  for (const [file, text] of Object.entries(files)) {
    const base = file.split(/[\\/]/).pop() ?? file;
    const collection = COLLECTIONS.find((c) => `${fileOf(c)}.csv` === base.toLowerCase());
    if (!collection) {
      result.problems.push({ file, message: `is not one of ${COLLECTIONS.map((c) => `${fileOf(c)}.csv`).join(', ')}` });
      continue;
    }
    byCollection.set(collection, [file, text]);
  }
  // People first: a visitor cell holds person ids or names, told apart by the people listed.
  const people = new Set<string>();
  for (const collection of COLLECTIONS) {
    const entry = byCollection.get(collection);
    if (!entry) continue;
    const [file, raw] = entry;
    const text = raw.replace(/^\uFEFF/, '');
    let rows: DSVRowArray;
    try {
      rows = csvParse(text);
    } catch (error) {
      result.problems.push({ file, message: `cannot be read as CSV: ${(error as Error).message}` });
      continue;
    }
    for (const message of headerProblems(collection, rows.columns)) result.problems.push({ file, line: 1, message });
    const lines = recordLines(text);
    const list = result.dataset[collection] as unknown as Record<string, unknown>[];
    rows.forEach((row, i) => {
      const record = recordFromRow(collection, row, people);
      const line = lines[i + 1];
      const id = typeof record.id === 'string' ? record.id : `#${i}`;
      if (collection === 'people' && typeof record.id === 'string') people.add(record.id);
      if (!result.where.has(`${collection} ${id}`)) result.where.set(`${collection} ${id}`, { file, line });
      list.push(record);
    });
  }
  result.problems.push(...locate(validateDataset(result.dataset), result.where, ''));
  return result;
}

/** Reads one JSON file holding a `Dataset` (any collection may be left out: it is empty). */
export function readJsonDataset(text: string, file: string): ReadResult {
  const result: ReadResult = { dataset: empty(), problems: [], where: new Map() };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    result.problems.push({ file, message: `is not JSON: ${(error as Error).message}` });
    return result;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    result.problems.push({
      file,
      message: 'is not an object with sources, people, tenures, visits, armsDeals, events',
    });
    return result;
  }
  const given = value as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!COLLECTIONS.includes(key as CollectionName)) {
      result.problems.push({ file, message: `"${key}" is not a collection (${COLLECTIONS.join(', ')})` });
    }
  }
  for (const c of COLLECTIONS) {
    const list = given[c];
    if (list === undefined) continue;
    if (!Array.isArray(list)) result.problems.push({ file, collection: c, message: 'is not a list' });
    else (result.dataset as unknown as Record<string, unknown[]>)[c] = list;
  }
  result.problems.push(...locate(validateDataset(result.dataset), result.where, file));
  return result;
}

// A problem in a CSV file names the column, not the field it becomes.
const COLUMN_OF: Record<string, string> = { personId: 'person_id', valueUsd: 'value_usd', priceBasis: 'price_basis' };
const columnOf = (field: string) =>
  field.replace(/^(\w+)/, (f) => COLUMN_OF[f] ?? f).replace(/^(name|title|short)\.(en|ar|ru)/, '$1_$2');

function locate(problems: Problem[], where: ReadResult['where'], file: string): DataProblem[] {
  return problems.map((p) => {
    const at = where.get(`${p.collection} ${p.id}`);
    return {
      file: at?.file ?? file,
      line: at?.line,
      collection: p.collection,
      id: p.id,
      field: at?.line ? columnOf(p.field) : p.field,
      message: p.message,
    };
  });
}

/**
 * The dataset without the records that have a problem, and without what rested on them (a tenure whose
 * person was left out), with each record left out named once.
 */
export function validPart(dataset: Dataset): { dataset: Dataset; left: Problem[] } {
  let current = dataset;
  const left: Problem[] = [];
  for (let round = 0; round < 6; round++) {
    const problems = validateDataset(current);
    if (!problems.length) break;
    const bad = new Set(problems.map((p) => `${p.collection} ${p.id}`));
    for (const p of problems) if (!left.some((l) => l.collection === p.collection && l.id === p.id)) left.push(p);
    const next = empty();
    for (const c of COLLECTIONS) {
      (next as unknown as Record<string, unknown[]>)[c] = (current[c] as unknown as Record<string, unknown>[]).filter(
        (r, i) => !bad.has(`${c} ${typeof r?.id === 'string' ? r.id : `#${i}`}`),
      );
    }
    current = next;
  }
  return { dataset: current, left };
}
