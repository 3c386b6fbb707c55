import { dateInterval } from './dates.js';
import type { CollectionName } from './types.js';

/** One thing wrong with one field of one record. */
export interface Problem {
  /** The collection the record is in, e.g. `'tenures'`. */
  collection: CollectionName;
  /** The record's id, or `#index` when it has none. */
  id: string;
  /** The field at fault, as a path: `'end'`, `'sources[0].source'`. */
  field: string;
  /** What is wrong, in plain words. */
  message: string;
}

/** Options for {@link validateDataset}. */
export interface ValidateOptions {
  /** Dates after this are flagged as in the future. Defaults to now. */
  today?: Date;
}

/** Renders a problem as one line: `tenures "x" end: is before start`. */
export function formatProblem(p: Problem): string {
  return `${p.collection} "${p.id}" ${p.field}: ${p.message}`;
}

const COLLECTIONS: CollectionName[] = ['sources', 'people', 'tenures', 'visits', 'armsDeals', 'events'];
const SOURCE_KINDS = ['web', 'book', 'article', 'document', 'dataset'];
const CONFIDENCE = ['verified', 'reported', 'disputed'];
const OFFICES = ['head-of-state', 'de-facto-ruler', 'party-leader', 'head-of-government'];
const LEVELS = ['head-of-state', 'head-of-government', 'minister', 'military', 'delegation'];
const STATUSES = ['requested', 'refused', 'agreed', 'delivered'];
const CATEGORIES = ['aircraft', 'air-defence', 'missiles', 'armour', 'naval', 'other'];
const EVENT_KINDS = [
  'treaty',
  'war',
  'coup',
  'diplomatic',
  'intervention',
  'veto',
  'summit',
  'death',
  'economic',
  'agreement',
  'sanctions',
  'basing',
  'military-operation',
  'un-vote',
  'recognition',
  'other',
];
// Every field a record may carry, so a conflict can name an optional one that is absent.
const FIELDS: Record<CollectionName, string[]> = {
  sources: ['id', 'kind', 'title', 'author', 'publisher', 'via', 'year', 'url', 'accessed', 'note'],
  people: ['id', 'name', 'born', 'died', 'note'],
  tenures: ['id', 'personId', 'polity', 'office', 'title', 'start', 'end', 'acting', 'note'],
  visits: ['id', 'start', 'end', 'from', 'to', 'city', 'visitors', 'level', 'purpose', 'outcome', 'continues', 'note'],
  armsDeals: [
    'id',
    'date',
    'end',
    'supplier',
    'recipient',
    'status',
    'items',
    'valueUsd',
    'priceBasis',
    'continues',
    'note',
  ],
  events: ['id', 'start', 'end', 'kind', 'title', 'short', 'summary', 'people', 'related', 'continues', 'note'],
};
const PROVENANCE = ['sources', 'confidence', 'conflicts'];
// The CSV files join list items with "; ": a value holding it would read back as two.
const LIST_SEPARATOR = 'holds "; ", which separates items in the CSV files: use ", " instead';
const POLITY = /^[A-Z][A-Z0-9]{1,5}$/;
const ARABIC = /[\u0600-\u06FF]/;
const CYRILLIC = /[\u0400-\u04FF]/;

type Rec = Record<string, unknown>;

const isObject = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const show = (v: unknown): string => {
  if (typeof v === 'string') return `"${v.length > 80 ? `${v.slice(0, 77)}…` : v}"`;
  if (typeof v !== 'object' || v === null) return String(v);
  const json = JSON.stringify(v) ?? String(v);
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
};

/**
 * Checks a dataset and returns every problem found, or `[]` when it is
 * sound. Never throws, whatever it is given. Checks: ids (present, unique),
 * references to sources, people and records, dates (well-formed, possible,
 * not in the future, end not before start, within the person's life),
 * vocabularies (office, level, status, …), names in the right script,
 * provenance (at least one source; `disputed` if and only if `conflicts`),
 * and overlapping tenures in the same polity and office.
 */
export function validateDataset(dataset: unknown, options: ValidateOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const now = (options.today ?? new Date()).getTime();
  if (!isObject(dataset)) {
    return [{ collection: 'sources', id: '(dataset)', field: '', message: 'the dataset is not an object' }];
  }
  const lists = {} as Record<CollectionName, Rec[]>;
  for (const name of COLLECTIONS) {
    const list = dataset[name];
    if (!Array.isArray(list)) {
      problems.push({ collection: name, id: '(collection)', field: '', message: 'is missing or not an array' });
      lists[name] = [];
    } else lists[name] = list;
  }

  const ids = {} as Record<CollectionName, Set<string>>;
  for (const name of COLLECTIONS) {
    ids[name] = new Set();
    lists[name].forEach((record, index) => {
      if (!isObject(record)) {
        problems.push({ collection: name, id: `#${index}`, field: '', message: 'is not an object' });
        return;
      }
      if (!isText(record.id) || /\s/.test(record.id)) {
        problems.push({
          collection: name,
          id: `#${index}`,
          field: 'id',
          message: `is missing or not a word: ${show(record.id)}`,
        });
      } else if (ids[name].has(record.id)) {
        problems.push({ collection: name, id: record.id, field: 'id', message: 'is used by another record' });
      } else ids[name].add(record.id);
    });
  }
  const recordIds = new Set([...ids.visits, ...ids.armsDeals, ...ids.events]);
  const sourceById = new Map(lists.sources.filter(isObject).map((s) => [s.id as string, s]));
  const people = new Map(lists.people.filter(isObject).map((p) => [p.id as string, p]));

  for (const name of COLLECTIONS) {
    lists[name].forEach((record, index) => {
      if (!isObject(record)) return;
      const id = isText(record.id) ? record.id : `#${index}`;
      const report = (field: string, message: string) => problems.push({ collection: name, id, field, message });

      const date = (field: string, required: boolean) => {
        const value = record[field];
        if (value === undefined || value === null) {
          if (required) report(field, 'is missing');
          return null;
        }
        // dateInterval reads the date once and is null for anything malformed or impossible.
        const interval = dateInterval(value as string);
        if (!interval) {
          report(field, `${show(value)} is not a possible date (use YYYY, YYYY-MM or YYYY-MM-DD)`);
          return null;
        }
        if (interval.start > now) report(field, `${show(value)} is in the future`);
        return interval;
      };
      const order = (a: string, b: string) => {
        const from = date(a, a === 'start' || a === 'date');
        const to = date(b, false);
        if (from && to && to.end <= from.start) report(b, `${show(record[b])} is before ${a} ${show(record[a])}`);
      };
      const oneOf = (field: string, allowed: string[]) => {
        if (record[field] === undefined) report(field, `is missing (one of ${allowed.join(', ')})`);
        else if (!allowed.includes(record[field] as string)) {
          report(field, `${show(record[field])} is not one of ${allowed.join(', ')}`);
        }
      };
      const text = (field: string) => {
        if (!isText(record[field])) report(field, 'is missing or empty');
      };
      const polity = (field: string) => {
        if (record[field] === undefined) report(field, 'is missing (a polity code, e.g. SY, SU)');
        else if (typeof record[field] !== 'string' || !POLITY.test(record[field] as string)) {
          report(field, `${show(record[field])} is not a polity code (uppercase, e.g. SY, SU)`);
        }
      };
      const localized = (field: string) => {
        const value = record[field];
        if (!isObject(value) || !isText(value.en)) return report(`${field}.en`, 'is missing or empty');
        if (value.ar !== undefined && !(isText(value.ar) && ARABIC.test(value.ar))) {
          report(`${field}.ar`, `${show(value.ar)} is not in Arabic script`);
        }
        if (value.ru !== undefined && !(isText(value.ru) && CYRILLIC.test(value.ru))) {
          report(`${field}.ru`, `${show(value.ru)} is not in Cyrillic script`);
        }
      };
      const refs = (field: string, refsValue: unknown) => {
        if (!Array.isArray(refsValue) || refsValue.length === 0) return report(field, 'has no source');
        refsValue.forEach((ref, i) => {
          if (!isObject(ref) || !isText(ref.source)) report(`${field}[${i}].source`, 'is missing');
          else if (!ids.sources.has(ref.source))
            report(`${field}[${i}].source`, `"${ref.source}" is not a known source`);
          if (isObject(ref) && ref.locator !== undefined && !isText(ref.locator)) {
            report(`${field}[${i}].locator`, 'is empty or not text');
          }
        });
      };
      const person = (field: string, value: unknown) => {
        if (!isText(value)) report(field, 'is missing');
        else if (!people.has(value)) report(field, `"${value}" is not a known person`);
      };

      // A field the type does not have is a typo or a misplaced value: say so rather than ignore it.
      for (const key of Object.keys(record)) {
        if (!FIELDS[name].includes(key) && !PROVENANCE.includes(key)) report(key, 'is not a field of this record');
      }

      if (name === 'sources') {
        oneOf('kind', SOURCE_KINDS);
        text('title');
        if (record.url !== undefined && !(typeof record.url === 'string' && /^https?:\/\/\S+$/.test(record.url))) {
          report('url', `${show(record.url)} is not a web address`);
        }
        if (record.year !== undefined && !Number.isInteger(record.year))
          report('year', `${show(record.year)} is not a year`);
        date('accessed', false);
        return;
      }

      // Provenance, on every record but sources.
      refs('sources', record.sources);
      oneOf('confidence', CONFIDENCE);
      if (Array.isArray(record.sources)) {
        const cited = record.sources.map((ref) => (isObject(ref) ? ref.source : undefined));
        cited.forEach((source, i) => {
          if (typeof source === 'string' && cited.indexOf(source) < i)
            report(`sources[${i}].source`, `"${source}" is cited twice: give one citation with both locators`);
        });
        if (record.confidence === 'verified' && independentSources(record.sources, sourceById) < 2) {
          report('confidence', '"verified" needs two independent sources (a mirror, reprint or quotation is not one)');
        }
      }
      idDate(name, id, record, report);
      if (record.continues !== undefined) continuation(record, ids[name], lists[name], report);
      noteText(record.note, report);
      const conflicts = record.conflicts;
      if (conflicts !== undefined) {
        if (!Array.isArray(conflicts) || conflicts.length === 0) report('conflicts', 'is empty or not a list');
        else {
          conflicts.forEach((c, i) => {
            if (!isObject(c) || !isText(c.field) || !FIELDS[name].includes(c.field.split(/[.[]/)[0])) {
              report(`conflicts[${i}].field`, `${show(isObject(c) ? c.field : c)} is not a field of this record`);
            }
            if (isObject(c)) refs(`conflicts[${i}].sources`, c.sources);
            if (isObject(c) && c.note !== undefined && !isText(c.note)) report(`conflicts[${i}].note`, 'is empty');
            if (isObject(c) && typeof c.value === 'string' && c.value.includes('; '))
              report(`conflicts[${i}].value`, LIST_SEPARATOR);
          });
          if (record.confidence !== 'disputed') report('confidence', 'must be "disputed" when conflicts are listed');
        }
      } else if (record.confidence === 'disputed') report('conflicts', 'are required when confidence is "disputed"');

      if (name === 'people') {
        localized('name');
        order('born', 'died');
      } else if (name === 'tenures') {
        person('personId', record.personId);
        polity('polity');
        oneOf('office', OFFICES);
        text('title');
        order('start', 'end');
        if (record.end === undefined) report('end', 'is missing (use null while in office)');
        if (record.acting !== undefined && typeof record.acting !== 'boolean') report('acting', 'is not true or false');
        const holder = people.get(record.personId as string);
        const start = dateInterval(record.start as string);
        const end = typeof record.end === 'string' ? dateInterval(record.end) : null;
        const born = holder && dateInterval(holder.born as string);
        const died = holder && dateInterval(holder.died as string);
        if (start && born && start.end <= born.start) report('start', 'is before the person was born');
        if (start && died && start.start >= died.end) report('start', 'is after the person died');
        if (end && died && end.start >= died.end) report('end', 'is after the person died');
        if (died && record.end === null) report('end', 'is null (ongoing) but the person has died');
      } else if (name === 'visits') {
        order('start', 'end');
        polity('from');
        polity('to');
        if (record.from === record.to) report('to', 'is the same as from');
        oneOf('level', LEVELS);
        const visitors = record.visitors;
        if (!Array.isArray(visitors) || visitors.length === 0) report('visitors', 'is empty');
        else
          visitors.forEach((v, i) => {
            if (typeof v === 'string') person(`visitors[${i}]`, v);
            else if (!isObject(v) || !isText(v.name)) report(`visitors[${i}]`, 'is neither a person id nor { name }');
          });
      } else if (name === 'armsDeals') {
        if (record.end === undefined) date('date', true);
        else order('date', 'end');
        polity('supplier');
        polity('recipient');
        oneOf('status', STATUSES);
        const items = record.items;
        if (!Array.isArray(items) || items.length === 0) report('items', 'is empty');
        else
          for (const [i, item] of items.entries()) {
            if (!isObject(item) || !isText(item.system)) {
              report(`items[${i}].system`, 'is missing');
              continue;
            }
            if ((item.system as string).includes('; ')) report(`items[${i}].system`, LIST_SEPARATOR);
            if (!CATEGORIES.includes(item.category as string)) {
              report(`items[${i}].category`, `${show(item.category)} is not one of ${CATEGORIES.join(', ')}`);
            }
            quantity(`items[${i}].quantity`, item.quantity, report);
          }
        quantity('valueUsd', record.valueUsd, report);
      } else if (name === 'events') {
        order('start', 'end');
        oneOf('kind', EVENT_KINDS);
        localized('title');
        if (record.short !== undefined) localized('short');
        text('summary');
        const involved = record.people;
        if (involved !== undefined) {
          if (!Array.isArray(involved)) report('people', 'is not a list');
          else for (const [i, p] of involved.entries()) person(`people[${i}]`, p);
        }
        const related = record.related;
        if (related !== undefined) {
          if (!Array.isArray(related)) report('related', 'is not a list');
          else
            related.forEach((r, i) => {
              if (!recordIds.has(r as string))
                report(`related[${i}]`, `${show(r)} is not a known visit, deal or event`);
            });
        }
      }
    });
  }

  problems.push(...overlappingTenures(lists.tenures, now));
  return problems;
}

/**
 * How many independent sources a citation list rests on. Books and articles
 * count by author, web pages by publisher (a mirror names its publisher, so
 * it counts with it); a citation "as cited in" another source adds nothing.
 */
function independentSources(refs: unknown[], sourceById: Map<string, Rec>): number {
  const origins = new Set<string>();
  for (const ref of refs) {
    if (!isObject(ref) || !isText(ref.source)) continue;
    if (typeof ref.locator === 'string' && /\b(as )?(cited|quoted) (in|by)\b/i.test(ref.locator)) continue;
    const s = sourceById.get(ref.source);
    const byAuthor = s && (s.kind === 'book' || s.kind === 'article') && isText(s.author);
    const origin = s ? (byAuthor ? s.author : (s.publisher ?? s.author ?? s.id)) : ref.source;
    origins.add(String(origin).toLowerCase());
  }
  return origins.size;
}

const ID_DATE = /^(?:visit|event|arms)-(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?=-|$)/;

/** The date written into an id must be the record's own (or its end, for totals over a period), at no finer precision. */
function idDate(collection: CollectionName, id: string, record: Rec, report: (field: string, message: string) => void) {
  if (collection !== 'visits' && collection !== 'events' && collection !== 'armsDeals') return;
  const match = ID_DATE.exec(id);
  if (!match) return;
  const written = match.slice(1).filter(Boolean).join('-');
  const field = collection === 'armsDeals' ? 'date' : 'start';
  const dates = [record[field], record.end].filter((d): d is string => typeof d === 'string');
  if (!dates.some((d) => d === written || (d.startsWith(written) && written.length === 4 && d.length > 4))) {
    report('id', `carries the date ${written}, but the record's ${field} is ${show(record[field])}`);
  }
}

/** `continues` names another, earlier record of the same collection. */
function continuation(record: Rec, ids: Set<string>, list: Rec[], report: (field: string, message: string) => void) {
  const earlier = record.continues;
  if (!isText(earlier) || !ids.has(earlier) || earlier === record.id) {
    return report('continues', `${show(earlier)} is not another record of this collection`);
  }
  const other = list.find((r) => isObject(r) && r.id === earlier);
  const when = (r: Rec | undefined) => r && dateInterval((r.start ?? r.date) as string);
  const [from, to] = [when(other), when(record)];
  if (from && to && to.end <= from.start) report('continues', `"${earlier}" is later than this record`);
  if (other?.continues === record.id) report('continues', `"${earlier}" continues this record in turn`);
}

/** Notes are for readers: no repeated sentence, no working file names. */
function noteText(note: unknown, report: (field: string, message: string) => void) {
  if (typeof note !== 'string') return;
  const sentences = note
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.length > 12);
  const repeated = sentences.find((s, i) => sentences.indexOf(s) < i);
  if (repeated) report('note', `repeats a sentence: "${repeated.slice(0, 60)}"`);
  if (/\b[\w-]+\.(tsx?|json|csv|md|txt)\b|\b(scratch|staging|src\/data)\b/i.test(note)) {
    report('note', 'names a working file; say it for readers');
  }
}

function quantity(field: string, value: unknown, report: (field: string, message: string) => void): void {
  if (value === undefined) return;
  const ok = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  if (typeof value === 'number') {
    if (!ok(value)) report(field, `${value} is not a non-negative number`);
  } else if (!isObject(value) || !ok(value.min) || !ok(value.max) || (value.min as number) > (value.max as number)) {
    report(field, 'is neither a number nor { min, max } with min ≤ max');
  }
}

/**
 * Tenures in the same polity and office that certainly overlap: the later
 * one's latest possible start falls before the earlier one's earliest
 * possible end. A handover on the same day is not an overlap.
 */
function overlappingTenures(tenures: Rec[], now: number): Problem[] {
  const problems: Problem[] = [];
  const lanes = new Map<string, { id: string; latestStart: number; start: number; earliestEnd: number }[]>();
  for (const t of tenures) {
    if (!isObject(t) || !isText(t.id)) continue;
    const start = dateInterval(t.start as string);
    const end = t.end === null ? { start: now } : dateInterval(t.end as string);
    if (!start || !end) continue;
    const key = `${t.polity}|${t.office}`;
    const lane = lanes.get(key) ?? [];
    lane.push({ id: t.id, start: start.start, latestStart: start.end - 1, earliestEnd: end.start });
    lanes.set(key, lane);
  }
  for (const lane of lanes.values()) {
    lane.sort((a, b) => a.start - b.start);
    for (let i = 0; i < lane.length; i++) {
      for (let j = i + 1; j < lane.length && lane[j].start < lane[i].earliestEnd; j++) {
        if (lane[j].latestStart < lane[i].earliestEnd && lane[i].latestStart < lane[j].earliestEnd) {
          problems.push({
            collection: 'tenures',
            id: lane[j].id,
            field: 'start',
            message: `overlaps "${lane[i].id}" in the same polity and office`,
          });
        }
      }
    }
  }
  return problems;
}
