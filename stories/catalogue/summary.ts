/**
 * Counts for the catalogue's data pages, computed from the dataset when the
 * page renders: nothing here is written down by hand.
 */
import { formatPartialDate } from '../../src/charts/kit/locale';
import { polityName } from '../../src/charts/kit/messages';
import {
  type ArmsDeal,
  type Confidence,
  type Dataset,
  type Event,
  type PartialDate,
  type Person,
  type Provenance,
  periodOf,
  type SourceRef,
  type Tenure,
  type Visit,
  type Visitor,
} from '../../src/data/index';

/** The collections whose records carry provenance (every one but `sources`). */
export type RecordCollection = Exclude<keyof Dataset, 'sources'>;
export type AnyRecord = Provenance & { id: string };

export const RECORD_COLLECTIONS: readonly RecordCollection[] = ['people', 'tenures', 'visits', 'armsDeals', 'events'];
export const CONFIDENCES: readonly Confidence[] = ['verified', 'reported', 'disputed'];

/** Headings of the collection pages. */
export const COLLECTION_TITLES: Record<keyof Dataset, string> = {
  sources: 'Sources',
  people: 'People',
  tenures: 'Tenures',
  visits: 'Visits',
  armsDeals: 'Arms deals',
  events: 'Events',
};

/** What each collection holds, in the words of the `Dataset` type's documentation. */
export const COLLECTION_DESCRIPTIONS: Record<keyof Dataset, string> = {
  sources: 'Publications the records cite: books, articles, documents, data sets and web pages.',
  people: 'Rulers, visitors and signatories, with their names in English, Arabic and Russian.',
  tenures: 'Who held which office in Syria and the USSR/Russia, and when.',
  visits: 'Official visits in either direction.',
  armsDeals: 'Arms requests, refusals, agreements and deliveries.',
  events: 'Treaties, wars, coups, vetoes and other events.',
};

const numbers = new Intl.NumberFormat('en');
/** A whole number as the pages print it, e.g. `1,147`. */
export const formatCount = (n: number): string => numbers.format(n);

/** The records of a collection, typed loosely enough to read their provenance. */
export const recordsOf = (data: Dataset, collection: RecordCollection): AnyRecord[] => data[collection] as AnyRecord[];

/** How many records have each confidence, in the order verified, reported, disputed. */
export function countByConfidence(records: readonly AnyRecord[]): { confidence: Confidence; count: number }[] {
  return CONFIDENCES.map((confidence) => ({
    confidence,
    count: records.filter((r) => r.confidence === confidence).length,
  }));
}

/** The date a collection is counted by, and what the decade table calls it. */
export const DATED: Record<RecordCollection, { label: string; date: (r: AnyRecord) => PartialDate | undefined }> = {
  people: { label: 'decade of birth', date: (r) => (r as unknown as Person).born },
  tenures: { label: 'decade the tenure began', date: (r) => (r as unknown as Tenure).start },
  visits: { label: 'decade of the visit', date: (r) => (r as unknown as Visit).start },
  armsDeals: {
    label: 'decade of the deal (for totals over a period, its first year)',
    date: (r) => (r as unknown as ArmsDeal).date,
  },
  events: { label: 'decade the event began', date: (r) => (r as unknown as Event).start },
};

/** Records per decade, every decade from the first to the last (empty ones at 0), and how many have no date. */
export function countByDecade(
  records: readonly AnyRecord[],
  dateOf: (r: AnyRecord) => PartialDate | undefined,
): { decades: { decade: number; count: number }[]; undated: number } {
  const counts = new Map<number, number>();
  let undated = 0;
  for (const r of records) {
    const date = dateOf(r);
    const decade = date ? periodOf(date, 10) : null;
    if (decade === null) undated += 1;
    else counts.set(decade, (counts.get(decade) ?? 0) + 1);
  }
  if (counts.size === 0) return { decades: [], undated };
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  const decades: { decade: number; count: number }[] = [];
  for (let decade = first; decade <= last; decade += 10) decades.push({ decade, count: counts.get(decade) ?? 0 });
  return { decades, undated };
}

/** A one-line description of a record, so a reader can find it in a chart or a CSV. */
export function describeRecord(data: Dataset, collection: RecordCollection, record: AnyRecord): string {
  const names = new Map(data.people.map((p) => [p.id, p.name.en]));
  const polity = (p: string) => polityName(p, 'en');
  const date = (d: PartialDate) => formatPartialDate(d, 'en');
  const visitor = (v: Visitor | undefined) =>
    v === undefined ? 'unnamed visitors' : typeof v === 'string' ? (names.get(v) ?? v) : v.name;
  switch (collection) {
    case 'people':
      return (record as unknown as Person).name.en;
    case 'tenures': {
      const t = record as unknown as Tenure;
      return `${names.get(t.personId) ?? t.personId}, ${t.title}, ${date(t.start)} – ${t.end === null ? 'in office' : date(t.end)}`;
    }
    case 'visits': {
      const v = record as unknown as Visit;
      return `${date(v.start)}: ${visitor(v.visitors[0])}, ${polity(v.from)} to ${polity(v.to)}`;
    }
    case 'armsDeals': {
      const d = record as unknown as ArmsDeal;
      const when = d.end ? `${date(d.date)} – ${date(d.end)}` : date(d.date);
      return `${when}: ${d.status}, ${polity(d.supplier)} to ${polity(d.recipient)}: ${d.items.map((i) => i.system).join(', ')}`;
    }
    case 'events': {
      const e = record as unknown as Event;
      return `${date(e.start)}: ${e.title.en}`;
    }
  }
}

/** The value a record holds at a conflict's field, e.g. `'start'` or `'items[0].quantity'`. */
export function valueAt(record: object, field: string): unknown {
  let value: unknown = record;
  for (const key of field.split(/[.[\]]/).filter(Boolean)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A recorded or competing value in words: ranges as `min–max`, a missing value as "not given". */
export function formatValue(value: unknown): string {
  if (value === undefined) return 'not given';
  if (value === null) return 'none (null)';
  if (typeof value === 'number') return formatCount(value);
  if (typeof value === 'object') {
    const range = value as { min?: unknown; max?: unknown };
    if (typeof range.min === 'number' && typeof range.max === 'number')
      return `${formatCount(range.min)}–${formatCount(range.max)}`;
    return JSON.stringify(value);
  }
  return String(value);
}

/** Every record that cites a source, counted once per record (in its sources or its conflicts). */
export function citationCounts(data: Dataset): Map<string, { records: number; collections: Set<RecordCollection> }> {
  const counts = new Map<string, { records: number; collections: Set<RecordCollection> }>();
  for (const collection of RECORD_COLLECTIONS) {
    for (const record of recordsOf(data, collection)) {
      const ids = new Set(citedBy(record).map((ref) => ref.source));
      for (const id of ids) {
        let entry = counts.get(id);
        if (!entry) {
          entry = { records: 0, collections: new Set() };
          counts.set(id, entry);
        }
        entry.records += 1;
        entry.collections.add(collection);
      }
    }
  }
  return counts;
}

/** A record's citations, its own and those of its competing values. */
export const citedBy = (record: AnyRecord): SourceRef[] => [
  ...record.sources,
  ...(record.conflicts ?? []).flatMap((c) => c.sources),
];
