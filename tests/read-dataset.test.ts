import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectionToCsv, dataset } from '../src/data/index';
import type { CollectionName, Dataset } from '../src/data/types';
import { readConflicts, readItems, readRefs, splitOutside } from '../src/io/cells';
import {
  COLLECTIONS,
  fileOf,
  formatDataProblem,
  readCsvFiles,
  readJsonDataset,
  validPart,
} from '../src/io/readDataset';

const csvFiles = (data: Dataset, only: CollectionName[] = COLLECTIONS) =>
  Object.fromEntries(only.map((c) => [`${fileOf(c)}.csv`, collectionToCsv(c, data[c] as never)]));

// JSON drops undefined fields; compare like with like.
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('reading a desk’s own CSV files', () => {
  it('reads the bundled CSV files back into exactly the bundled dataset', () => {
    const { dataset: read, problems } = readCsvFiles(csvFiles(dataset));
    expect(problems.map(formatDataProblem)).toEqual([]);
    for (const c of COLLECTIONS) {
      const sortKeys = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).sort());
      expect(plain(read[c]).map(sortKeys), c).toEqual(plain(dataset[c]).map(sortKeys));
    }
  });

  it('names the file, line, record and field of each problem, counting lines inside quoted cells', () => {
    const files = {
      'people.csv': 'id,name_en,sources,confidence\nx,X,s,reported\n',
      'sources.csv': 'id,kind,title\ns,book,A book\n',
      'visits.csv':
        'id,start,from,to,visitors,level,sources,confidence,note\n' +
        'v1,1971-02,SY,SU,x,head-of-state,s,reported,"a note\nover two lines"\n' +
        'v2,1971-13,SY,SU,x,head-of-state,s,reported,\n',
    };
    const { problems } = readCsvFiles(files);
    expect(problems.map(formatDataProblem)).toEqual([
      'visits.csv:4 visits "v2" start: "1971-13" is not a possible date (use YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
  });

  it('reports unknown columns and files instead of guessing, and reads a byte-order mark', () => {
    const { problems, dataset: read } = readCsvFiles({
      'sources.csv': '\uFEFFid,kind,title,colour\ns,book,A book,red\n',
      'trips.csv': 'id\n',
    });
    expect(read.sources[0].id).toBe('s');
    expect(problems.map(formatDataProblem)).toEqual([
      'trips.csv: is not one of sources.csv, people.csv, tenures.csv, visits.csv, arms-deals.csv, events.csv',
      expect.stringMatching(/^sources.csv:1: unknown column "colour"/),
    ]);
  });

  it('undoes the apostrophe that guards formulas', () => {
    const { dataset: read } = readCsvFiles({ 'sources.csv': "id,kind,title\ns,book,'=1+1\n" });
    expect(read.sources[0].title).toBe('=1+1');
  });

  it('keeps a "; " inside brackets and notes whole', () => {
    expect(splitOutside('a (p. 3; fn. 2); b')).toEqual(['a (p. 3; fn. 2)', 'b']);
    expect(readRefs('a (p. 3 (and 4); fn. 2); b')).toEqual([
      { source: 'a', locator: 'p. 3 (and 4); fn. 2' },
      { source: 'b' },
    ]);
    expect(readConflicts('start=1943 [s (caption)] Only one; the rest differ; end=null [t]')).toEqual([
      {
        field: 'start',
        value: '1943',
        sources: [{ source: 's', locator: 'caption' }],
        note: 'Only one; the rest differ',
      },
      { field: 'end', value: null, sources: [{ source: 't' }] },
    ]);
    expect(readItems('S-300 (PMU-2) (air-defence) × 4-6')).toEqual([
      { system: 'S-300 (PMU-2)', category: 'air-defence', quantity: { min: 4, max: 6 } },
    ]);
  });

  it('reads a JSON dataset, naming what is not a collection', () => {
    const { problems } = readJsonDataset(JSON.stringify({ sources: [], trips: [] }), 'mine.json');
    expect(problems.map(formatDataProblem)).toEqual([
      'mine.json: "trips" is not a collection (sources, people, tenures, visits, armsDeals, events)',
    ]);
    expect(readJsonDataset('{', 'bad.json').problems[0].message).toMatch(/^is not JSON/);
  });

  it('keeps the valid part, leaving out what rests on a bad record', () => {
    const data = plain(dataset) as Dataset;
    data.people[0].born = 'soon';
    const { dataset: valid, left } = validPart(data);
    expect(left[0]).toMatchObject({ collection: 'people', id: dataset.people[0].id, field: 'born' });
    expect(valid.people).toHaveLength(dataset.people.length - 1);
    expect(valid.tenures.some((t) => t.personId === dataset.people[0].id)).toBe(false);
  });

  it('never throws, whatever the files hold', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'sources.csv',
            'people.csv',
            'tenures.csv',
            'visits.csv',
            'arms-deals.csv',
            'events.csv',
            'x.csv',
          ),
          fc.oneof(
            fc.string(),
            fc.constant('id,start\n"unclosed'),
            fc.array(fc.string()).map((a) => a.join(',')),
          ),
        ),
        (files) => {
          const { problems } = readCsvFiles(files);
          for (const p of problems) expect(formatDataProblem(p)).not.toMatch(/undefined|\[object/);
        },
      ),
      { seed: 16, numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        readJsonDataset(JSON.stringify(value), 'x.json');
      }),
      { seed: 16, numRuns: 300 },
    );
  });
});
