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
  /** What the column holds, for the data package. */
  description: string;
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

const names = <T>(field: string, get: (r: T) => LocalizedText, what: string): Column<T>[] =>
  (['en', 'ar', 'ru'] as const).map((lang) => ({
    name: `${field}_${lang}`,
    type: 'string',
    description: `${what} in ${{ en: 'English', ar: 'Arabic', ru: 'Russian' }[lang]}`,
    value: (r: T) => get(r)[lang],
  }));

const provenance = <T extends Provenance>(): Column<T>[] => [
  {
    name: 'sources',
    type: 'string',
    description: 'Source ids with locators, "id (page)" separated by "; " (see sources.csv)',
    value: (r) => refs(r.sources),
  },
  {
    name: 'confidence',
    type: 'string',
    description: 'verified: independent sources agree; reported: one source; disputed: sources disagree',
    value: (r) => r.confidence,
  },
  {
    name: 'conflicts',
    type: 'string',
    description: 'Values other sources give: "field=value [sources] note" separated by "; "',
    value: (r) => conflicts(r.conflicts),
  },
  { name: 'note', type: 'string', description: "Editor's note", value: (r) => r.note },
];

const id = <T extends { id: string }>(what: string): Column<T> => ({
  name: 'id',
  type: 'string',
  description: `Stable identifier of the ${what}`,
  value: (r) => r.id,
});
const date = <T>(name: string, description: string, value: (r: T) => Cell): Column<T> => ({
  name,
  type: 'string',
  description: `${description}, ISO 8601 at the precision sources give (YYYY, YYYY-MM or YYYY-MM-DD)`,
  value,
});
const text = <T>(name: string, description: string, value: (r: T) => Cell): Column<T> => ({
  name,
  type: 'string',
  description,
  value,
});

type Row<K extends CollectionName> = Dataset[K][number];

/** The columns of sources.csv. */
export const sourcesCsv: Column<Source>[] = /* @__PURE__ */ (() => [
  id('source'),
  text('kind', 'web, book, article, document or dataset', (r) => r.kind),
  text('title', 'Title as published', (r) => r.title),
  text('author', 'Author(s)', (r) => r.author),
  text('publisher', 'Publisher, agency or website, as credited', (r) => r.publisher),
  text('via', 'The mirror, archive or reprint the page was read through, when not the publisher’s own', (r) => r.via),
  { name: 'year', type: 'integer', description: 'Year of publication', value: (r) => r.year },
  text('url', 'Web address', (r) => r.url),
  date('accessed', 'When the page was read', (r) => r.accessed),
  text('note', 'Note on the source', (r) => r.note),
])();

/** The columns of people.csv. */
export const peopleCsv: Column<Person>[] = /* @__PURE__ */ (() => [
  id('person'),
  ...names('name', (r: Person) => r.name, 'Name'),
  date('born', 'Date of birth', (r) => r.born),
  date('died', 'Date of death', (r) => r.died),
  ...provenance(),
])();

/** The columns of tenures.csv. */
export const tenuresCsv: Column<Tenure>[] = /* @__PURE__ */ (() => [
  id('tenure'),
  text('person_id', 'Id of the office holder (see people.csv)', (r) => r.personId),
  text(
    'polity',
    'SY Syria, UAR United Arab Republic, SU Soviet Union, RU Soviet Russia / Russian Federation',
    (r) => r.polity,
  ),
  text('office', 'head-of-state, de-facto-ruler, party-leader or head-of-government', (r) => r.office),
  text('title', 'Formal title', (r) => r.title),
  date('start', 'First day in office', (r) => r.start),
  date('end', 'Last day in office (empty while in office)', (r) => r.end),
  { name: 'acting', type: 'boolean', description: 'Acting, interim or provisional', value: (r) => r.acting ?? false },
  ...provenance(),
])();

/** The columns of visits.csv. */
export const visitsCsv: Column<Visit>[] = /* @__PURE__ */ (() => [
  id('visit'),
  date('start', 'First day', (r) => r.start),
  date('end', 'Last day', (r) => r.end),
  text('from', 'Visitors’ polity', (r) => r.from),
  text('to', 'Host polity', (r) => r.to),
  text('city', 'City visited', (r) => r.city),
  text('visitors', 'Person ids, or names with an optional "(role)", most senior first, separated by "; "', (r) =>
    r.visitors.map((v) => (typeof v === 'string' ? v : v.role ? `${v.name} (${v.role})` : v.name)).join('; '),
  ),
  text('level', 'head-of-state, head-of-government, minister, military or delegation', (r) => r.level),
  text('purpose', 'Purpose', (r) => r.purpose),
  text('outcome', 'Outcome', (r) => r.outcome),
  text(
    'continues',
    'Id of the earlier record this one continues or amends; sums count the two once',
    (r) => r.continues,
  ),
  ...provenance(),
])();

/** The columns of arms deals.csv. */
export const armsDealsCsv: Column<ArmsDeal>[] = /* @__PURE__ */ (() => [
  id('deal'),
  date('date', 'When the deal reached this status; for a total over a period, its first date', (r) => r.date),
  date('end', 'For a total over a period only: its last date', (r) => r.end),
  text('supplier', 'Supplying polity', (r) => r.supplier),
  text('recipient', 'Receiving polity', (r) => r.recipient),
  text('status', 'requested, refused, agreed or delivered', (r) => r.status),
  text('items', '"system (category) × quantity" separated by "; "; ranges as min-max', (r) =>
    r.items
      .map((i) => `${i.system} (${i.category})${i.quantity === undefined ? '' : ` × ${quantity(i.quantity)}`}`)
      .join('; '),
  ),
  text('value_usd', 'Reported value in US dollars; ranges as min-max', (r) => quantity(r.valueUsd)),
  text('price_basis', 'What the value means', (r) => r.priceBasis),
  text(
    'continues',
    'Id of the earlier record this one continues or amends; sums count the two once',
    (r) => r.continues,
  ),
  ...provenance(),
])();

/** The columns of events.csv. */
export const eventsCsv: Column<Event>[] = /* @__PURE__ */ (() => [
  id('event'),
  date('start', 'When it began or happened', (r) => r.start),
  date('end', 'When it ended', (r) => r.end),
  text(
    'kind',
    'treaty, war, coup, diplomatic, intervention, military-operation, basing, veto, un-vote, recognition, summit, death, economic, agreement, sanctions or other',
    (r) => r.kind,
  ),
  ...names('title', (r: Event) => r.title, 'Headline'),
  ...names('short', (r: Event) => r.short ?? { en: '' }, 'Short headline for a chart marker'),
  text('summary', 'One-sentence summary', (r) => r.summary),
  text('people', 'Ids of people involved, separated by "; "', (r) => (r.people ?? []).join('; ')),
  text('related', 'Ids of related records, separated by "; "', (r) => (r.related ?? []).join('; ')),
  text(
    'continues',
    'Id of the earlier record this one continues or amends; sums count the two once',
    (r) => r.continues,
  ),
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
