/**
 * Hostile inputs for the fuzz tests (fast-check): records of the bundled
 * dataset with any field replaced by any JSON-like value, duplicated ids,
 * whole records replaced, and chart props of any value. Shared by
 * tests/fuzz-*.test.ts(x).
 */
import fc from 'fast-check';
import { isPartialDate } from '../src/data/dates';
import { dataset } from '../src/data/index';
import type { Dataset } from '../src/data/types';

/** Runs per property: a few in `npm test`, many more in `npm run fuzz` (FUZZ_RUNS). */
export const runs = (inTest: number): number => {
  const asked = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(asked) && asked > 0 ? Math.max(inTest, Math.round(asked * (inTest / 100))) : inTest;
};
/** One seed for every property in `npm test`, so a failure reproduces; FUZZ_SEED picks another. */
export const SEED = Number(process.env.FUZZ_SEED ?? 16);
/** Time a property may take: a minute in `npm test`, an hour in `npm run fuzz`. */
export const TIMEOUT = process.env.FUZZ_RUNS ? 3_600_000 : 60_000;
/** fast-check parameters of a property that runs `inTest` cases in `npm test`. */
export const params = (inTest: number, most = Number.POSITIVE_INFINITY) => ({
  seed: SEED,
  numRuns: Math.min(most, runs(inTest)),
});

// "NaN" and "Infinity" written by a chart are the bug the tests look for, so no generated text spells them.
const clean = (s: string) => s.replace(/NaN|Infinity/g, 'x');

/** Text a reader or a spreadsheet might put anywhere. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'; --",
    '{{x}}',
    '&amp;',
    ']]>',
    '\u202Eevil\u202C',
    '\u0000',
    'تدمر',
    'Москва',
    'x'.repeat(500),
  ),
  fc.string({ maxLength: 30 }).map(clean),
  fc.string({ unit: 'grapheme', maxLength: 12 }).map(clean),
);

/** Dates no calendar has, dates far away, and things that look like dates. */
export const hostileDate: fc.Arbitrary<unknown> = fc.constantFrom(
  '1955-02-30',
  '1955-13',
  '1955-00-10',
  '2026-11-31',
  '0000',
  '-0500',
  '99999',
  '275760-09-14',
  '2999',
  '2999-12-31',
  '9999',
  '1000',
  '1955-1-1',
  '1955/10/22',
  '22.10.1955',
  '1e3',
  'yesterday',
  '2020-02-29',
  '2021-02-29',
  '1955-10-22T10:00:00Z',
);

/** Any value a JSON file (or a careless caller) can put in a field; NaN and infinities too. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: 'small' },
  fc.constantFrom(null, undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0, -1, 1e308),
  fc.constantFrom(true, false, {}, [], [null], { en: null }, { name: {} }),
  hostileText,
  hostileDate,
  fc.integer(),
  fc.double(),
  fc.date({ noInvalidDate: false }),
  fc.jsonValue({ maxDepth: 2 }),
  fc.array(hostileText, { maxLength: 3 }),
  fc.dictionary(hostileText, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);

/** The collections a chart draws, and the fields of their records a mutation may hit (dots go into objects). */
export const FIELDS = {
  tenures: ['id', 'personId', 'polity', 'office', 'title', 'start', 'end', 'acting', 'sources', 'confidence'],
  visits: [
    'id',
    'start',
    'end',
    'from',
    'to',
    'city',
    'visitors',
    'visitors.0',
    'visitors.0.name',
    'visitors.0.role',
    'level',
    'purpose',
    'outcome',
    'continues',
    'sources',
    'sources.0',
    'sources.0.source',
    'confidence',
    'conflicts',
    'note',
  ],
  armsDeals: [
    'id',
    'date',
    'end',
    'supplier',
    'recipient',
    'status',
    'items',
    'items.0',
    'items.0.system',
    'items.0.category',
    'items.0.quantity',
    'items.0.quantity.min',
    'valueUsd',
    'valueUsd.max',
    'priceBasis',
    'continues',
    'sources',
    'sources.0.source',
    'confidence',
    'conflicts',
    'note',
  ],
  people: ['id', 'name', 'name.en', 'name.ar', 'name.ru', 'born'],
  events: ['id', 'start', 'end', 'kind', 'title', 'title.en', 'title.ar', 'short', 'short.en', 'summary'],
  sources: ['id', 'kind', 'title', 'author', 'publisher', 'via', 'year', 'url', 'note'],
} as const;

export type Drawn = keyof typeof FIELDS;

/** Which replacements make a record one a chart must leave out (and name): its id, kind, dates and sides. */
const REQUIRED: Record<Drawn, Record<string, 'text' | 'date' | 'list'>> = {
  tenures: { id: 'text', personId: 'text', polity: 'text', office: 'text', start: 'date', sources: 'list' },
  visits: { id: 'text', from: 'text', to: 'text', level: 'text', start: 'date', visitors: 'list', sources: 'list' },
  armsDeals: { id: 'text', date: 'date', items: 'list', sources: 'list' },
  people: {},
  events: {},
  sources: {},
};

/** True when `value` in a required field of this kind can never be drawn. */
const breaks = (kind: 'text' | 'date' | 'list', value: unknown, deleted: boolean): boolean => {
  if (deleted) return true;
  if (kind === 'text') return typeof value !== 'string' || value === '';
  if (kind === 'list') return !Array.isArray(value);
  return typeof value !== 'string' || !isPartialDate(value);
};

const copy = <T>(value: T): T => structuredClone(value);

/** Sets (or deletes) `path` in a copy of `record`; false when the path does not reach into it. */
function setPath(record: Record<string, unknown>, path: string, value: unknown, remove: boolean): boolean {
  const keys = path.split('.');
  let at: unknown = record;
  for (const key of keys.slice(0, -1)) {
    if (!at || typeof at !== 'object') return false;
    at = (at as Record<string, unknown>)[key];
  }
  if (!at || typeof at !== 'object') return false;
  const last = keys[keys.length - 1];
  if (remove) delete (at as Record<string, unknown>)[last];
  else (at as Record<string, unknown>)[last] = value;
  return true;
}

/** A copy of a bundled collection that prints as its name in a counterexample, not as megabytes of records. */
const named = <T>(list: readonly T[], name: string): T[] =>
  Object.defineProperty([...list], fc.toStringMethod, { value: () => name });

/** Gives an entry a short printed form: how it was made from which bundled record. */
const described = (e: Entry, how: string): Entry => Object.defineProperty(e, fc.toStringMethod, { value: () => how });

/** A record handed to a chart, and what a chart must do with it. */
export interface Entry {
  record: unknown;
  /** The record cannot be drawn: the chart must name it among those it left out. */
  mustDrop: boolean;
}

/** One entry of a collection: a bundled record as it is, with one field replaced or removed, or no record at all. */
export const entry = (collection: Drawn): fc.Arbitrary<Entry> => {
  const base = dataset[collection] as readonly unknown[];
  const at = fc.nat(base.length - 1);
  const idOf = (i: number) => `${collection}#${i} ${JSON.stringify((base[i] as { id?: string }).id)}`;
  return fc.oneof(
    {
      weight: 3,
      arbitrary: at.map((i) => described({ record: copy(base[i]), mustDrop: false }, `${idOf(i)} as it is`)),
    },
    {
      weight: 6,
      arbitrary: fc
        .tuple(at, fc.constantFrom(...FIELDS[collection]), hostileValue, fc.boolean())
        .map(([i, path, value, remove]) => {
          const record = copy(base[i]) as Record<string, unknown>;
          const removed = remove && !path.includes('.');
          const hit = setPath(record, path, value, removed);
          const kind = REQUIRED[collection][path];
          const how = `${idOf(i)} with ${path} ${removed ? 'removed' : `= ${fc.stringify(value)}`}`;
          return described({ record, mustDrop: hit && kind !== undefined && breaks(kind, value, removed) }, how);
        }),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom<unknown>(null, undefined, 0, 'visit', [], [{}], true)
        .map((record) => described({ record, mustDrop: true }, `the record ${fc.stringify(record)}`)),
    },
  );
};

/** The name a chart gives a record it leaves out: its id, else its place in the list. */
export const nameOf = (collection: string, record: unknown, index: number): string => {
  const id = record && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? id : `${collection}[${index}]`;
};

/**
 * A list of entries, some sharing an id with another (the later one must be
 * dropped unless the earlier one was already left out).
 */
export const entries = (collection: Drawn, maxLength = 30): fc.Arbitrary<Entry[]> =>
  fc.tuple(fc.array(entry(collection), { maxLength }), fc.array(fc.nat(), { maxLength: 3 })).map(([given, dups]) => {
    // A new list: fast-check shrinks from the values it generated, which must stay as they were.
    const list = [...given];
    for (const d of dups) {
      if (given.length < 2) break;
      const from = given[d % given.length];
      const id = from.record && typeof from.record === 'object' ? (from.record as { id?: unknown }).id : undefined;
      if (typeof id === 'string' && id && !from.mustDrop)
        list.push(described({ record: copy(from.record), mustDrop: true }, `a copy of ${fc.stringify(from)}`));
    }
    return list;
  });

/** Thousands of records: the bundled ones copied many times under new ids, moved a day at a time. */
export function many(collection: 'tenures' | 'visits' | 'armsDeals', count: number): unknown[] {
  const base = dataset[collection] as unknown as readonly Record<string, unknown>[];
  return Array.from({ length: count }, (_, i) => ({ ...base[i % base.length], id: `${collection}-copy-${i}` }));
}

/** The other collections a chart reads (names, markers, sources), sometimes broken too. */
export const context: fc.Arbitrary<Partial<Record<keyof Dataset, unknown>>> = fc.record(
  {
    people: fc.oneof(
      fc.constant(named(dataset.people, 'dataset.people')),
      entries('people', 10).map((l) => l.map((e) => e.record)),
      hostileValue,
    ),
    events: fc.oneof(
      fc.constant(named(dataset.events, 'dataset.events')),
      entries('events', 10).map((l) => l.map((e) => e.record)),
      hostileValue,
    ),
    sources: fc.oneof(
      fc.constant(named(dataset.sources, 'dataset.sources')),
      entries('sources', 10).map((l) => l.map((e) => e.record)),
      hostileValue,
    ),
  },
  { requiredKeys: [] },
);

/** Event ids of the dataset and anything else, for `markers`. */
const markerList = fc.array(
  fc.oneof(
    fc.constantFrom(...dataset.events.map((e) => e.id)),
    hostileValue,
    entry('events').map((e) => e.record),
  ),
  { maxLength: 6 },
);

/** A width or a height: ordinary ones, and any number or value at all. */
export const size: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: 1, max: 2000 }),
  fc.constantFrom(0, -1, 1, 100, 280, 360, 1e4, 1e6, 1e9, Number.MAX_SAFE_INTEGER, 1.5),
  hostileValue,
);

/** A theme: the presets, another name, a partial theme object, or anything. */
export const theme: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('light', 'dark', 'print', 'blue', '', {}),
  fc.record(
    {
      background: fc.oneof(fc.constantFrom('#000000', '#ffffff', 'red', 'url(x);}'), hostileValue),
      text: fc.oneof(fc.constantFrom('#123456', 'black'), hostileValue),
      muted: hostileValue,
      grid: hostileValue,
      accent: hostileValue,
      palette: fc.oneof(fc.array(fc.constantFrom('#ff0000', '#00ff00', 'teal'), { maxLength: 9 }), hostileValue),
      font: fc.oneof(fc.constantFrom('Georgia', '"Noto Sans"'), hostileValue),
      sequential: fc.oneof(fc.array(fc.constantFrom('#eeeeee', '#333333'), { maxLength: 7 }), hostileValue),
      status: hostileValue,
    },
    { requiredKeys: [] },
  ),
  hostileValue,
);

/** A period: partial dates of any kind, numbers, Dates, open ends, or anything. */
export const domain: fc.Arbitrary<unknown> = fc.oneof(
  fc.tuple(
    fc.oneof(fc.constantFrom('1955', '1991-12', '1970-01-01', null), hostileDate, hostileValue),
    fc.oneof(fc.constantFrom('1991', '2026', '1955', null), hostileDate, hostileValue),
  ),
  hostileValue,
);

/** Country codes to names or sides, for polityNames and polityGroups. */
const polityMap = fc.oneof(
  fc.dictionary(fc.oneof(fc.constantFrom('SY', 'SU', 'RU', 'UAR', '__proto__'), hostileText), hostileValue, {
    maxKeys: 4,
  }),
  fc.constant({ SY: 'SY', SU: 'SY', RU: 'SY' }),
  hostileValue,
);

/** Annotations: callouts and periods with dates, words and pins of any kind, mixed with anything. */
const annotationText = fc.oneof(
  fc.constantFrom(
    'Treaty of friendship',
    'حرب تشرين',
    'Договор',
    'a very long annotation that runs on and on past three lines at any width a phone gives it',
  ),
  fc.record(
    { en: fc.oneof(hostileText, hostileValue), ar: fc.oneof(hostileText, hostileValue), ru: hostileValue },
    { requiredKeys: ['en'] },
  ),
  hostileText,
  hostileValue,
);
const annotationDate = fc.oneof(
  fc.constantFrom('1944', '1971-11', '1980-10-08', '2015-09-30', '2030'),
  hostileDate,
  hostileValue,
);
/** A callout a chart can draw: a real date and words, pins and offsets of the right kinds. */
const goodCallout = fc.record(
  {
    id: fc.constantFrom('a', 'b', 'c'),
    date: fc.integer({ min: 1940, max: 2026 }).map(String),
    text: fc.constantFrom(
      'Treaty of friendship',
      { en: 'War', ar: 'حرب', ru: 'Война' },
      'a very long annotation that runs on and on past three lines at any width a phone gives it',
    ),
    person: fc.constantFrom(...dataset.people.slice(0, 5).map((p) => p.id)),
    lane: fc.constantFrom('SY|head-of-state', 'SU+RU|party-leader'),
    status: fc.constantFrom('delivered', 'refused'),
    row: fc.constantFrom('SY>SU+RU|head-of-state', 'SY>SU+RU'),
    dx: fc.double({ noNaN: true, noDefaultInfinity: true }),
    dy: fc.double({ noNaN: true, noDefaultInfinity: true }),
    connector: fc.constantFrom('line', 'elbow', 'none'),
  },
  { requiredKeys: ['date', 'text'] },
);
const goodPeriod = fc
  .tuple(
    fc.integer({ min: 1940, max: 2026 }),
    fc.integer({ min: 0, max: 30 }),
    fc.constantFrom('Civil war', { en: 'Cold War', ar: 'الحرب الباردة' }),
  )
  .map(([start, years, text]) => ({ kind: 'period', start: String(start), end: String(start + years), text }));
export const annotationList: fc.Arbitrary<unknown> = fc.array(
  fc.oneof(
    goodCallout,
    goodPeriod,
    fc.record(
      {
        id: fc.oneof(fc.constantFrom('a', 'b', 'a'), hostileValue),
        date: annotationDate,
        text: annotationText,
        person: hostileValue,
        row: hostileValue,
        dx: fc.oneof(fc.double(), hostileValue),
        connector: fc.oneof(fc.constantFrom('line', 'curve'), hostileValue),
      },
      { requiredKeys: ['date', 'text'] },
    ),
    fc.record({ kind: fc.constant('period'), start: annotationDate, end: annotationDate, text: annotationText }),
    hostileValue,
  ),
  { maxLength: 12 },
);

/** The props every chart takes, each with any value. */
const common = {
  annotations: fc.oneof(annotationList, hostileValue),
  width: size,
  height: size,
  domain,
  markers: fc.oneof(markerList, hostileValue),
  locale: fc.oneof(fc.constantFrom('en', 'ar', 'ru', 'fr', 'AR', ''), hostileValue),
  theme,
  title: fc.oneof(hostileText, hostileValue),
  subtitle: fc.oneof(hostileText, hostileValue),
  notes: fc.oneof(hostileText, hostileValue),
  byline: fc.oneof(hostileText, hostileValue),
  description: fc.oneof(hostileText, hostileValue),
  maxSources: hostileValue,
  download: hostileValue,
};

/** Props of one chart besides `data`, each with any value. */
export const props = {
  gantt: fc.record(
    {
      ...common,
      highlight: fc.oneof(fc.constantFrom(...dataset.people.slice(0, 5).map((p) => p.id)), hostileValue),
      polities: fc.oneof(fc.array(fc.constantFrom('SY', 'SU', 'RU', 'UAR', 'XX')), hostileValue),
      offices: fc.oneof(fc.array(fc.constantFrom('head-of-state', 'party-leader', 'nope')), hostileValue),
      polityGroups: polityMap,
      polityNames: polityMap,
      today: fc.oneof(fc.date({ noInvalidDate: false }), hostileValue),
    },
    { requiredKeys: [] },
  ),
  arms: fc.record(
    {
      ...common,
      measure: fc.oneof(fc.constantFrom('deals', 'value', 'quantity'), hostileValue),
      groupBy: fc.oneof(fc.constantFrom(1, 5, 10, 3, 0, 1000), hostileValue),
      orientation: fc.oneof(fc.constantFrom('auto', 'vertical', 'horizontal'), hostileValue),
      statuses: fc.oneof(fc.array(fc.constantFrom('delivered', 'agreed', 'requested', 'refused', 'x')), hostileValue),
      kinds: fc.oneof(fc.array(fc.constantFrom('aircraft', 'naval', 'other', 'x')), hostileValue),
    },
    { requiredKeys: [] },
  ),
  heatmap: fc.record(
    {
      ...common,
      bin: fc.oneof(fc.constantFrom(1, 5, 10, 3, 0, 1000), hostileValue),
      breaks: fc.oneof(fc.array(fc.integer({ min: -5, max: 50 }), { maxLength: 7 }), hostileValue),
      rows: fc.oneof(fc.constantFrom('direction-level', 'direction'), hostileValue),
      orientation: fc.oneof(fc.constantFrom('auto', 'columns', 'rows'), hostileValue),
      coverage: domain,
      tenures: hostileValue,
      tenureOffices: polityMap,
      polityGroups: polityMap,
      polityNames: polityMap,
      today: fc.oneof(fc.date({ noInvalidDate: false }), hostileValue),
    },
    { requiredKeys: [] },
  ),
};
