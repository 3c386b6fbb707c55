import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../src/data/csv';
import { collectionToCsv } from '../src/data/table';

describe('csvCell', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('leaves numbers alone, negative ones included', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
  });
});

describe('toCsv', () => {
  it('writes a header and one line per row', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x'],
          [2, null],
        ],
      ),
    ).toBe('a,b\n1,x\n2,\n');
  });
});

describe('collectionToCsv', () => {
  it('flattens names, sources and conflicts', () => {
    const csv = collectionToCsv('people', [
      {
        id: 'p',
        name: { en: 'Hafez al-Assad', ar: 'حافظ الأسد', ru: 'Хафез Асад' },
        sources: [{ source: 's1', locator: 'p. 5' }, { source: 's2' }],
        confidence: 'disputed',
        conflicts: [{ field: 'born', value: '1928', sources: [{ source: 's2' }] }],
      },
    ]);
    const [header, row] = csv.trim().split('\n');
    expect(header).toBe('id,name_en,name_ar,name_ru,born,died,sources,confidence,conflicts,note');
    expect(row).toBe('p,Hafez al-Assad,حافظ الأسد,Хафез Асад,,,s1 (p. 5); s2,disputed,born=1928 [s2],');
  });
});
