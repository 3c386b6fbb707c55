import { type Cell, toCsv } from './csv.js';
import type {
  ArmsDeal,
  CollectionName,
  Conflict,
  Dataset,
  Event,
  LocalizedText,
  Person,
  Provenance,
  Quantity,
  Source,
  SourceRef,
  Tenure,
  Visit,
} from './types.js';

/** One column of a collection's flat table (CSV and Frictionless schema). */
export interface Column<T> {
  /** Column name in the CSV header. */
  name: string;
  /** Frictionless Table Schema type. */
  type: 'string' | 'integer' | 'number' | 'boolean';
  /** What the column holds (the bundled tables' descriptions are in `columnDocs`). */
  description?: string;
  /** Reads the cell from a record. */
  value: (record: T) => Cell;
}

// A desk's own records may hold anything: lists that are not lists and items that are not objects are skipped.
const items = <T>(list: T[] | undefined): T[] =>
  Array.isArray(list) ? list.filter((item) => typeof item === 'object' && item !== null) : [];
const refs = (list: SourceRef[] | undefined) =>
  items(list)
    .map((r) => (r.locator ? `${r.source} (${r.locator})` : r.source))
    .join('; ');
const conflicts = (list: Conflict[] | undefined) =>
  items(list)
    .map((c) => `${c.field}=${c.value ?? 'null'} [${refs(c.sources)}]${c.note ? ` ${c.note}` : ''}`)
    .join('; ');
const quantity = (q: Quantity | undefined) =>
  q === undefined ? '' : typeof q === 'number' ? String(q) : `${q.min}-${q.max}`;

const names = <T>(field: string, get: (r: T) => LocalizedText): Column<T>[] =>
  (['en', 'ar', 'ru'] as const).map((lang) => ({
    name: `${field}_${lang}`,
    type: 'string',
    value: (r: T) => get(r)[lang],
  }));

const text = <T>(name: string, value: (r: T) => Cell): Column<T> => ({ name, type: 'string', value });
const id = <T extends { id: string }>(): Column<T> => text('id', (r) => r.id);
const provenance = <T extends Provenance>(): Column<T>[] => [
  text('sources', (r) => refs(r.sources)),
  text('confidence', (r) => r.confidence),
  text('conflicts', (r) => conflicts(r.conflicts)),
  text('note', (r) => r.note),
];

type Row<K extends CollectionName> = Dataset[K][number];

/** The columns of sources.csv. */
export const sourcesCsv: Column<Source>[] = /* @__PURE__ */ (() => [
  id(),
  text('kind', (r) => r.kind),
  text('title', (r) => r.title),
  text('author', (r) => r.author),
  text('publisher', (r) => r.publisher),
  text('via', (r) => r.via),
  { name: 'year', type: 'integer', value: (r) => r.year },
  text('url', (r) => r.url),
  text('accessed', (r) => r.accessed),
  text('note', (r) => r.note),
])();

/** The columns of people.csv. */
export const peopleCsv: Column<Person>[] = /* @__PURE__ */ (() => [
  id(),
  ...names('name', (r: Person) => r.name),
  text('born', (r) => r.born),
  text('died', (r) => r.died),
  ...provenance(),
])();

/** The columns of tenures.csv. */
export const tenuresCsv: Column<Tenure>[] = /* @__PURE__ */ (() => [
  id(),
  text('person_id', (r) => r.personId),
  text('polity', (r) => r.polity),
  text('office', (r) => r.office),
  text('title', (r) => r.title),
  text('start', (r) => r.start),
  text('end', (r) => r.end),
  { name: 'acting', type: 'boolean', value: (r) => r.acting ?? false },
  ...provenance(),
])();

/** The columns of visits.csv. */
export const visitsCsv: Column<Visit>[] = /* @__PURE__ */ (() => [
  id(),
  text('start', (r) => r.start),
  text('end', (r) => r.end),
  text('from', (r) => r.from),
  text('to', (r) => r.to),
  text('city', (r) => r.city),
  text('visitors', (r) =>
    r.visitors.map((v) => (typeof v === 'string' ? v : v.role ? `${v.name} (${v.role})` : v.name)).join('; '),
  ),
  text('level', (r) => r.level),
  text('purpose', (r) => r.purpose),
  text('outcome', (r) => r.outcome),
  text('continues', (r) => r.continues),
  ...provenance(),
])();

/** The columns of arms deals.csv. */
export const armsDealsCsv: Column<ArmsDeal>[] = /* @__PURE__ */ (() => [
  id(),
  text('date', (r) => r.date),
  text('end', (r) => r.end),
  text('supplier', (r) => r.supplier),
  text('recipient', (r) => r.recipient),
  text('status', (r) => r.status),
  text('items', (r) =>
    r.items
      .map((i) => `${i.system} (${i.category})${i.quantity === undefined ? '' : ` × ${quantity(i.quantity)}`}`)
      .join('; '),
  ),
  text('value_usd', (r) => quantity(r.valueUsd)),
  text('price_basis', (r) => r.priceBasis),
  text('continues', (r) => r.continues),
  ...provenance(),
])();

/** The columns of events.csv. */
export const eventsCsv: Column<Event>[] = /* @__PURE__ */ (() => [
  id(),
  text('start', (r) => r.start),
  text('end', (r) => r.end),
  text('kind', (r) => r.kind),
  ...names('title', (r: Event) => r.title),
  ...names('short', (r: Event) => r.short ?? { en: '' }),
  text('summary', (r) => r.summary),
  text('people', (r) => (r.people ?? []).join('; ')),
  text('related', (r) => (r.related ?? []).join('; ')),
  text('continues', (r) => r.continues),
  ...provenance(),
])();

/**
 * The flat table layout of every collection. A chart imports only its own
 * collection's columns (each list is built apart, so a bundler drops the rest).
 */
export const columns: { [K in CollectionName]: Column<Row<K>>[] } = {
  sources: sourcesCsv,
  people: peopleCsv,
  tenures: tenuresCsv,
  visits: visitsCsv,
  armsDeals: armsDealsCsv,
  events: eventsCsv,
};

/**
 * Writes the records of one collection as CSV, one row per record.
 * Formula-like cells are neutralised (see {@link csvCell}).
 */
export function collectionToCsv<K extends CollectionName>(collection: K, records: readonly Row<K>[]): string {
  return recordsToCsv(columns[collection] as Column<Row<K>>[], records);
}

/** Writes records as CSV in the given columns (e.g. {@link tenuresCsv}), one row per record. */
export function recordsToCsv<T>(cols: readonly Column<T>[], records: readonly T[]): string {
  return toCsv(
    cols.map((c) => c.name),
    // A cell that cannot be read from a malformed record is left empty; the rest of the row is written.
    records.map((r) =>
      cols.map((c) => {
        try {
          return c.value(r);
        } catch {
          return undefined;
        }
      }),
    ),
  );
}
