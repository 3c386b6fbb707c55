import { describe, expect, it } from 'vitest';
import type { Dataset } from '../src/data/types';
import { formatProblem, validateDataset } from '../src/data/validate';

const today = new Date('2026-11-26T00:00:00Z');

/** A small sound dataset every broken case starts from. */
function sound(): Dataset {
  return {
    sources: [
      { id: 'src', kind: 'book', title: 'A book', author: 'An Author', year: 1988 },
      { id: 'page', kind: 'web', title: 'A page', publisher: 'An Agency', url: 'https://example.org/a' },
    ],
    people: [
      {
        id: 'a',
        name: { en: 'A', ar: 'أ', ru: 'А' },
        born: '1930',
        died: '2000-06-10',
        sources: [{ source: 'src' }, { source: 'page', locator: 'lead' }],
        confidence: 'verified',
      },
      { id: 'b', name: { en: 'B' }, sources: [{ source: 'src', locator: 'p. 2' }], confidence: 'reported' },
    ],
    tenures: [
      {
        id: 't1',
        personId: 'a',
        polity: 'SY',
        office: 'head-of-state',
        title: 'President',
        start: '1971-03-14',
        end: '2000-06-10',
        sources: [{ source: 'src' }],
        confidence: 'disputed',
        conflicts: [{ field: 'start', value: '1971-02-22', sources: [{ source: 'src', locator: 'p. 9' }] }],
      },
      // Same-day handover is not an overlap.
      {
        id: 't2',
        personId: 'b',
        polity: 'SY',
        office: 'head-of-state',
        title: 'President',
        start: '2000-06-10',
        end: null,
        acting: true,
        sources: [{ source: 'src' }],
        confidence: 'reported',
      },
    ],
    visits: [
      {
        id: 'v1',
        start: '1971-02',
        from: 'SY',
        to: 'SU',
        city: 'Moscow',
        visitors: ['a', { name: 'An aide' }],
        level: 'head-of-state',
        sources: [{ source: 'src' }],
        confidence: 'reported',
      },
    ],
    armsDeals: [
      {
        id: 'd1',
        date: '1972-07',
        supplier: 'SU',
        recipient: 'SY',
        status: 'agreed',
        items: [{ system: 'MiG-21', category: 'aircraft', quantity: { min: 400, max: 500 } }],
        valueUsd: 700e6,
        sources: [{ source: 'src' }],
        confidence: 'reported',
      },
    ],
    events: [
      {
        id: 'e1',
        start: '1980-10-08',
        kind: 'treaty',
        title: { en: 'Treaty' },
        summary: 'Signed.',
        people: ['a'],
        related: ['v1', 'd1'],
        sources: [{ source: 'src' }, { source: 'page' }],
        confidence: 'verified',
      },
    ],
  };
}

type Break = (d: Dataset) => void;
/** Each case breaks one thing and names the problem it must produce. */
const cases: [string, Break, { collection: string; id: string; field: string; message: RegExp }][] = [
  [
    'a field the type does not have',
    (d) => {
      (d.armsDeals[0] as unknown as Record<string, unknown>).related = ['e1'];
    },
    { collection: 'armsDeals', id: 'd1', field: 'related', message: /is not a field of this record/ },
  ],
  [
    'a system name holding the CSV list separator',
    (d) => {
      d.armsDeals[0].items[0].system = 'MiG-21; spare parts';
    },
    { collection: 'armsDeals', id: 'd1', field: 'items[0].system', message: /holds "; "/ },
  ],
  [
    'one source cited twice',
    (d) => {
      d.visits[0].sources = [
        { source: 'src', locator: 'p. 1' },
        { source: 'src', locator: 'p. 2' },
      ];
    },
    { collection: 'visits', id: 'v1', field: 'sources[1].source', message: /"src" is cited twice/ },
  ],
  [
    'verified on one source',
    (d) => {
      d.events[0].sources = [{ source: 'page' }];
    },
    { collection: 'events', id: 'e1', field: 'confidence', message: /needs two independent sources/ },
  ],
  [
    'verified on a page and its mirror',
    (d) => {
      d.sources.push({ id: 'mirror', kind: 'web', title: 'A page', publisher: 'An Agency', via: 'a mirror' });
      d.events[0].sources = [{ source: 'page' }, { source: 'mirror' }];
    },
    { collection: 'events', id: 'e1', field: 'confidence', message: /needs two independent sources/ },
  ],
  [
    'verified on a source and a quotation of another through it',
    (d) => {
      d.events[0].sources = [{ source: 'page' }, { source: 'src', locator: 'p. 4, as cited in the page' }];
    },
    { collection: 'events', id: 'e1', field: 'confidence', message: /needs two independent sources/ },
  ],
  [
    'id with a day the date does not carry',
    (d) => {
      d.visits[0].id = 'visit-1971-02-23-sy-su-a';
    },
    {
      collection: 'visits',
      id: 'visit-1971-02-23-sy-su-a',
      field: 'id',
      message: /carries the date 1971-02-23, but the record's start is "1971-02"/,
    },
  ],
  [
    'id with another year',
    (d) => {
      d.armsDeals[0].id = 'arms-1973-su-sy-agreed';
    },
    { collection: 'armsDeals', id: 'arms-1973-su-sy-agreed', field: 'id', message: /carries the date 1973/ },
  ],
  [
    'note repeating a sentence',
    (d) => {
      d.visits[0].note = 'Only the month is known. Only the month is known.';
    },
    { collection: 'visits', id: 'v1', field: 'note', message: /repeats a sentence/ },
  ],
  [
    'note naming a working file',
    (d) => {
      d.visits[0].note = 'See manual-1971.json for the talks.';
    },
    { collection: 'visits', id: 'v1', field: 'note', message: /names a working file/ },
  ],
  [
    'continues an unknown record',
    (d) => {
      d.armsDeals[0].continues = 'nope';
    },
    { collection: 'armsDeals', id: 'd1', field: 'continues', message: /"nope" is not another record/ },
  ],
  [
    'continues itself',
    (d) => {
      d.armsDeals[0].continues = 'd1';
    },
    { collection: 'armsDeals', id: 'd1', field: 'continues', message: /"d1" is not another record/ },
  ],
  [
    'continues a later record',
    (d) => {
      d.armsDeals.push({ ...d.armsDeals[0], id: 'd2', date: '1975', status: 'delivered' });
      d.armsDeals[0].continues = 'd2';
    },
    { collection: 'armsDeals', id: 'd1', field: 'continues', message: /"d2" is later than this record/ },
  ],
  [
    'unknown source',
    (d) => {
      d.people[0].sources[0].source = 'nope';
    },
    { collection: 'people', id: 'a', field: 'sources[0].source', message: /"nope" is not a known source/ },
  ],
  [
    'no sources',
    (d) => {
      d.people[1].sources = [];
    },
    { collection: 'people', id: 'b', field: 'sources', message: /has no source/ },
  ],
  [
    'missing sources field',
    (d) => {
      delete (d.events[0] as Partial<Dataset['events'][0]>).sources;
    },
    { collection: 'events', id: 'e1', field: 'sources', message: /has no source/ },
  ],
  [
    'unknown person',
    (d) => {
      d.tenures[0].personId = 'ghost';
    },
    { collection: 'tenures', id: 't1', field: 'personId', message: /"ghost" is not a known person/ },
  ],
  [
    'unknown visitor',
    (d) => {
      d.visits[0].visitors = ['ghost'];
    },
    { collection: 'visits', id: 'v1', field: 'visitors[0]', message: /"ghost" is not a known person/ },
  ],
  [
    'malformed date',
    (d) => {
      d.tenures[0].start = '14/03/1971';
    },
    { collection: 'tenures', id: 't1', field: 'start', message: /"14\/03\/1971" is not a possible date/ },
  ],
  [
    'impossible date',
    (d) => {
      d.visits[0].start = '1971-02-30';
    },
    { collection: 'visits', id: 'v1', field: 'start', message: /is not a possible date/ },
  ],
  [
    'month 13',
    (d) => {
      d.armsDeals[0].date = '1972-13';
    },
    { collection: 'armsDeals', id: 'd1', field: 'date', message: /is not a possible date/ },
  ],
  [
    'date in the future',
    (d) => {
      d.events[0].start = '2031';
    },
    { collection: 'events', id: 'e1', field: 'start', message: /is in the future/ },
  ],
  [
    'end before start',
    (d) => {
      d.tenures[0].end = '1970';
    },
    { collection: 'tenures', id: 't1', field: 'end', message: /"1970" is before start "1971-03-14"/ },
  ],
  [
    'a total over a period that ends before it starts',
    (d) => {
      d.armsDeals[0].end = '1960';
    },
    { collection: 'armsDeals', id: 'd1', field: 'end', message: /"1960" is before date "1972-07"/ },
  ],
  [
    'died before born',
    (d) => {
      d.people[0].died = '1920';
    },
    { collection: 'people', id: 'a', field: 'died', message: /is before born/ },
  ],
  [
    'missing end',
    (d) => {
      delete (d.tenures[1] as Partial<Dataset['tenures'][0]>).end;
    },
    { collection: 'tenures', id: 't2', field: 'end', message: /use null while in office/ },
  ],
  [
    'tenure after death',
    (d) => {
      d.tenures[0].end = '2001';
    },
    { collection: 'tenures', id: 't1', field: 'end', message: /after the person died/ },
  ],
  [
    'ongoing after death',
    (d) => {
      d.tenures[1].personId = 'a';
    },
    { collection: 'tenures', id: 't2', field: 'end', message: /ongoing\) but the person has died/ },
  ],
  [
    'duplicate id',
    (d) => {
      d.people[1].id = 'a';
    },
    { collection: 'people', id: 'a', field: 'id', message: /used by another record/ },
  ],
  [
    'missing id',
    (d) => {
      (d.visits[0] as { id?: string }).id = undefined;
    },
    { collection: 'visits', id: '#0', field: 'id', message: /missing/ },
  ],
  [
    'overlapping tenures',
    (d) => {
      d.tenures[1].start = '1999';
      d.tenures[1].personId = 'b';
    },
    { collection: 'tenures', id: 't2', field: 'start', message: /overlaps "t1"/ },
  ],
  [
    'unknown office',
    (d) => {
      (d.tenures[0] as { office: string }).office = 'king';
    },
    { collection: 'tenures', id: 't1', field: 'office', message: /"king" is not one of/ },
  ],
  [
    'bad polity',
    (d) => {
      d.visits[0].to = 'moscow';
    },
    { collection: 'visits', id: 'v1', field: 'to', message: /not a polity code/ },
  ],
  [
    'visit to itself',
    (d) => {
      d.visits[0].to = 'SY';
    },
    { collection: 'visits', id: 'v1', field: 'to', message: /same as from/ },
  ],
  [
    'unknown level',
    (d) => {
      (d.visits[0] as { level: string }).level = 'tourist';
    },
    { collection: 'visits', id: 'v1', field: 'level', message: /not one of/ },
  ],
  [
    'unknown status',
    (d) => {
      (d.armsDeals[0] as { status: string }).status = 'sold';
    },
    { collection: 'armsDeals', id: 'd1', field: 'status', message: /"sold" is not one of/ },
  ],
  [
    'unknown category',
    (d) => {
      (d.armsDeals[0].items[0] as { category: string }).category = 'tanks';
    },
    { collection: 'armsDeals', id: 'd1', field: 'items[0].category', message: /"tanks"/ },
  ],
  [
    'NaN quantity',
    (d) => {
      d.armsDeals[0].items[0].quantity = Number.NaN;
    },
    { collection: 'armsDeals', id: 'd1', field: 'items[0].quantity', message: /not a non-negative number/ },
  ],
  [
    'inverted range',
    (d) => {
      d.armsDeals[0].valueUsd = { min: 9, max: 1 };
    },
    { collection: 'armsDeals', id: 'd1', field: 'valueUsd', message: /min ≤ max/ },
  ],
  [
    'no items',
    (d) => {
      d.armsDeals[0].items = [];
    },
    { collection: 'armsDeals', id: 'd1', field: 'items', message: /is empty/ },
  ],
  [
    'unknown confidence',
    (d) => {
      (d.events[0] as { confidence: string }).confidence = 'sure';
    },
    { collection: 'events', id: 'e1', field: 'confidence', message: /"sure" is not one of/ },
  ],
  [
    'disputed without conflicts',
    (d) => {
      d.events[0].confidence = 'disputed';
    },
    { collection: 'events', id: 'e1', field: 'conflicts', message: /required when confidence is "disputed"/ },
  ],
  [
    'conflicts without disputed',
    (d) => {
      d.tenures[0].confidence = 'verified';
    },
    { collection: 'tenures', id: 't1', field: 'confidence', message: /must be "disputed"/ },
  ],
  [
    'conflict on no field',
    (d) => {
      d.tenures[0].conflicts = [{ field: 'colour', value: 'red', sources: [{ source: 'src' }] }];
    },
    { collection: 'tenures', id: 't1', field: 'conflicts[0].field', message: /"colour" is not a field/ },
  ],
  [
    'conflict with unknown source',
    (d) => {
      d.tenures[0].conflicts = [{ field: 'start', value: '1971', sources: [{ source: 'x' }] }];
    },
    { collection: 'tenures', id: 't1', field: 'conflicts[0].sources[0].source', message: /"x" is not a known source/ },
  ],
  [
    'name in the wrong script',
    (d) => {
      d.people[0].name.ar = 'Hafez';
    },
    { collection: 'people', id: 'a', field: 'name.ar', message: /not in Arabic script/ },
  ],
  [
    'Russian name in Latin letters',
    (d) => {
      d.people[0].name.ru = 'Hafez';
    },
    { collection: 'people', id: 'a', field: 'name.ru', message: /not in Cyrillic/ },
  ],
  [
    'empty English name',
    (d) => {
      d.people[0].name.en = ' ';
    },
    { collection: 'people', id: 'a', field: 'name.en', message: /missing or empty/ },
  ],
  [
    'event related to nothing',
    (d) => {
      d.events[0].related = ['v9'];
    },
    { collection: 'events', id: 'e1', field: 'related[0]', message: /"v9" is not a known/ },
  ],
  [
    'event without summary',
    (d) => {
      d.events[0].summary = '';
    },
    { collection: 'events', id: 'e1', field: 'summary', message: /missing or empty/ },
  ],
  [
    'source without title',
    (d) => {
      d.sources[0].title = '';
    },
    { collection: 'sources', id: 'src', field: 'title', message: /missing or empty/ },
  ],
  [
    'source with a bad url',
    (d) => {
      d.sources[0].url = 'javascript:alert(1)';
    },
    { collection: 'sources', id: 'src', field: 'url', message: /not a web address/ },
  ],
  [
    'record that is not an object',
    (d) => {
      (d.people as unknown[]).push(42);
    },
    { collection: 'people', id: '#2', field: '', message: /not an object/ },
  ],
  [
    'missing collection',
    (d) => {
      delete (d as Partial<Dataset>).events;
    },
    { collection: 'events', id: '(collection)', field: '', message: /missing or not an array/ },
  ],
];

describe('validateDataset', () => {
  it('finds nothing wrong with a sound dataset', () => {
    expect(validateDataset(sound(), { today })).toEqual([]);
  });

  it.each(cases)('catches %s', (_name, breakIt, expected) => {
    const dataset = sound();
    breakIt(dataset);
    const problems = validateDataset(dataset, { today });
    expect(problems).toContainEqual({ ...expected, message: expect.stringMatching(expected.message) });
  });

  it('accepts a conflict over an optional field the record leaves out', () => {
    const dataset = sound();
    dataset.tenures[0].conflicts?.push({ field: 'acting', value: true, sources: [{ source: 'src' }] });
    expect(validateDataset(dataset, { today })).toEqual([]);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [null, undefined, 42, 'x', [], { people: 'x' }, { tenures: [null, [], 'x'] }]) {
      expect(() => validateDataset(input, { today })).not.toThrow();
      expect(validateDataset(input, { today }).length).toBeGreaterThan(0);
    }
  });

  it('formats a problem on one line naming collection, record and field', () => {
    expect(formatProblem({ collection: 'tenures', id: 't1', field: 'end', message: 'is before start' })).toBe(
      'tenures "t1" end: is before start',
    );
  });
});
