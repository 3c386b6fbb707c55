import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ganttWords } from '../src/charts/gantt/words';
import { checkAnnotation } from '../src/charts/kit/annotations';
import { TooltipSources } from '../src/charts/kit/ChartTooltip';
import { guardRecords, warnDropped } from '../src/charts/kit/guard';
import { fitText, stackLabels, textWidth, truncate, wrap } from '../src/charts/kit/labels';
import { formatDuration, formatYear } from '../src/charts/kit/locale';
import { annotationsFromEvents } from '../src/charts/kit/markers';
import { creditKey, creditOf, sourceCredits } from '../src/charts/kit/sourceLine';
import { textOn, themes } from '../src/charts/kit/theme';
import { formatTick, newYear, periodTimeScale, resolveDomain } from '../src/charts/kit/timeScale';
import { dataset } from '../src/data';
import type { Event, Provenance, Source } from '../src/data/types';
import { renderChartToSvg } from '../src/static';

describe('text fitting', () => {
  it('estimates wider text as wider and picks the first candidate that fits', () => {
    expect(textWidth('Mikhail Gorbachev', 11)).toBeGreaterThan(textWidth('M. Gorbachev', 11));
    expect(fitText(['Mikhail Gorbachev', 'M. Gorbachev', 'Gorbachev'], textWidth('M. Gorbachev', 11), 11)).toBe(
      'M. Gorbachev',
    );
    expect(fitText(['Gorbachev'], 5, 11)).toBeNull();
  });
  it('stacks labels into rows so none overlaps', () => {
    expect(
      stackLabels([
        { from: 0, to: 50 },
        { from: 40, to: 90 },
        { from: 60, to: 100 },
        { from: 95, to: 120 },
      ]),
    ).toEqual([0, 1, 0, 1]);
  });

  it('wraps words into lines that fit, cutting a word wider than its slot and the last line with an ellipsis', () => {
    expect(wrap('Syria and the USSR', textWidth('Syria and the', 11), 11)).toEqual(['Syria and the', 'USSR']);
    // A word wider than the slot: cut to what fits, measured with its ellipsis.
    const narrow = textWidth('Gorb…', 11);
    expect(wrap('Gorbachev', narrow, 11)).toEqual(['Gorb…']);
    expect(wrap('Gorbachev met Assad', narrow, 11)).toEqual(['Gorb…', 'met', 'Assad']);
    // More lines than allowed: the last one shown ends in an ellipsis, and still fits.
    expect(wrap('one two three four five', textWidth('three', 11), 11, 2)).toEqual(['one', 'tw…']);
    expect(wrap('one two three four five', textWidth('two…', 11), 11, 2)).toEqual(['one', 'two…']);
    const tight = wrap('Mmmm Mmmm Mmmm', textWidth('Mmmm', 11), 11, 2);
    expect(tight[1]).toMatch(/…$/);
    for (const line of tight) expect(textWidth(line, 11)).toBeLessThanOrEqual(textWidth('Mmmm', 11));
    // Nothing readable fits: no lines rather than lines past the slot.
    expect(wrap('a b c d e f', 1, 11)).toEqual([]);
    expect(wrap('anything', 100, 11, 0)).toEqual([]);
    expect(truncate('Hafez al-Assad', textWidth('Hafez…', 11), 11)).toBe('Hafez…');
    expect(truncate('حافظ الأسد', textWidth('حافظ…', 11), 11)).toMatch(/^حافظ?…$/);
  });

  it('never gives a line wider than the space, nor more lines than allowed, nor loses a word that fits', () => {
    const words = fc.array(fc.oneof(fc.string({ maxLength: 14 }), fc.constantFrom('Гафез', 'الأسد', 'al-Assad')), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        words,
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.integer({ min: 0, max: 5 }),
        (parts, space, max) => {
          const text = parts.join(' ');
          const lines = wrap(text, space, 11, max);
          expect(lines.length).toBeLessThanOrEqual(max);
          for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(space);
          // When every word fits and there are lines enough for one each, the words come back, in order, untouched.
          const all = text.split(/\s+/).filter(Boolean);
          if (all.length <= max && all.every((w) => textWidth(w, 11) <= space))
            expect(lines.join(' ')).toBe(all.join(' '));
        },
      ),
    );
  });
});

describe('guardRecords', () => {
  const check = (r: { id: string; start?: string }) => (r.start ? null : { field: 'start', message: 'is missing' });
  it('keeps valid records and names each dropped record and field, never throwing', () => {
    const { valid, dropped } = guardRecords([{ id: 'a', start: '1970' }, { id: 'b' }, null, 7], check, 'tenures');
    expect(valid).toEqual([{ id: 'a', start: '1970' }]);
    expect(dropped).toEqual([
      { id: 'b', field: 'start', message: 'is missing' },
      { id: 'tenures[2]', field: '(record)', message: 'is not an object' },
      { id: 'tenures[3]', field: '(record)', message: 'is not an object' },
    ]);
  });
  it('treats a check that throws as a dropped record, and a non-array as nothing to draw', () => {
    const throwing = () => {
      throw new Error('boom');
    };
    expect(guardRecords([{ id: 'x' }], throwing, 'visits').dropped[0]).toMatchObject({ id: 'x', field: '(record)' });
    expect(guardRecords('nope', check, 'visits')).toEqual({
      valid: [],
      dropped: [{ id: 'visits', field: 'visits', message: 'is not an array' }],
    });
  });
  it('warns once per chart and set of records', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const dropped = [{ id: 'zz-unique', field: 'end', message: 'is before start' }];
    warnDropped('TestChart', dropped);
    warnDropped('TestChart', dropped);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toContain('zz-unique: end is before start');
    warn.mockRestore();
  });
});

describe('sourceCredits', () => {
  const sources: Source[] = [
    { id: 'w1', kind: 'web', title: 'Page one', publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/A' },
    { id: 'w2', kind: 'web', title: 'Page two', publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/B' },
    { id: 'b', kind: 'book', title: 'Asad', author: 'Patrick Seale', year: 1988 },
  ];
  const rec = (...ids: string[]): Provenance => ({
    sources: ids.map((source) => ({ source })),
    confidence: 'verified',
  });
  it('credits books by author and year and merges pages of one site, most cited first', () => {
    // An id the sources lack is not credited: a raw id means nothing to a reader.
    expect(sourceCredits([rec('w1'), rec('w2', 'b'), rec('w1', 'w2'), rec('zzz')], sources)).toEqual([
      { label: 'Wikipedia', url: undefined, count: 3 },
      { label: 'Patrick Seale (1988)', url: undefined, count: 1 },
    ]);
    expect(sourceCredits([rec('zzz')])).toEqual([]);
    expect(sourceCredits([rec('w1')], sources)).toEqual([
      { label: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/A', count: 1 },
    ]);
  });
});

describe('creditOf and sourceCredits, as readers see them', () => {
  const web = (id: string, publisher: string, extra: Partial<Source> = {}): Source => ({
    id,
    kind: 'web',
    title: '[Untitled page: a list]',
    publisher,
    url: `https://example.org/${id}`,
    ...extra,
  });
  const rec = (...ids: string[]): Provenance => ({
    sources: ids.map((source) => ({ source })),
    confidence: 'reported',
  });
  it('credits copies of Wikipedia as Wikipedia and never names a mirror or a gloss', () => {
    expect(creditOf(web('a', 'piglix (Wikipedia copy)'))).toBe('Wikipedia');
    expect(creditOf(web('b', 'wiki-org.ru (mirror of Russian Wikipedia)'))).toBe('Wikipedia');
    expect(creditOf(web('c', 'Wikipedia', { via: 'Academic (Russian Wikipedia mirror)' }))).toBe('Wikipedia');
    expect(creditOf(web('d', 'syrmh.com (Syrian history site)'))).toBe('syrmh.com');
    expect(creditOf(web('e', 'unauthorised online copy of a book', { author: 'C. Andrew', year: 2005 }))).toBe(
      'C. Andrew (2005)',
    );
    // Never the cataloguer's description of an untitled page.
    expect(creditOf({ id: 'f', kind: 'web', title: '[Untitled page: list] Leaders' })).toBe('Leaders');
  });
  it('merges spellings of one publisher across case and script, and links no copy', () => {
    const sources = [
      web('t1', 'TASS'),
      web('t2', 'ТАСС'),
      web('t3', 'Tass'),
      web('r', 'Reuters', { via: 'Dawn' }),
      web('m', 'The Moscow Times'),
      web('m2', 'Moscow Times'),
    ];
    expect(sourceCredits([rec('t1'), rec('t2'), rec('t3', 'r'), rec('m', 'm2')], sources)).toEqual([
      { label: 'TASS', url: undefined, count: 3 },
      { label: 'Reuters', url: undefined, count: 1 },
      { label: 'The Moscow Times', url: undefined, count: 1 },
    ]);
    expect(creditKey('ТАСС')).toBe(creditKey('TASS'));
    expect(creditKey('РИА Новости')).toBe(creditKey('RIA Novosti'));
  });
  it('keeps a tooltip to one or two credits, else a count, in the locale; never a title or locator', () => {
    const sources = new Map(
      [web('t1', 'TASS'), web('t2', 'ТАСС'), web('r', 'Reuters'), web('u', 'UPI')].map((s) => [s.id, s]),
    );
    const tip = (refs: string[], locale: 'en' | 'ar' | 'ru' = 'en') =>
      renderToStaticMarkup(
        createElement(TooltipSources, {
          refs: refs.map((source) => ({ source, locator: 'p. 12' })),
          sources,
          label: 'Sources',
          locale,
        }),
      ).replace(/<[^>]+>/g, '');
    expect(tip(['t1', 't2', 'r'])).toBe('Sources: TASS; Reuters');
    expect(tip(['t1', 'r', 'u'])).toBe('3 sources');
    expect(tip(['t1', 'r', 'u'], 'ar')).toBe('٣ مصادر');
    expect(tip(['t1', 'r', 'u'], 'ru')).toBe('3 источника');
    expect(tip(['nope'])).toBe('');
  });
  it('credits the bundled sources with no copy, gloss or id in any label', () => {
    const labels = sourceCredits(dataset.tenures.concat(dataset.visits as never), dataset.sources).map((c) => c.label);
    for (const label of labels) {
      // A year in brackets, "(1988)", is the only gloss a credit keeps.
      expect(label).not.toMatch(/copy|mirror|\((?!\d{4}\))|\[|wikisum|piglix|\.click/i);
      expect(dataset.sources.some((s) => s.id === label)).toBe(false);
    }
    expect(labels.filter((l) => /^(tass|тасс)$/i.test(l))).toEqual(['TASS']);
  });
});

describe('annotationsFromEvents (event markers)', () => {
  const event = (id: string, start: string, en: string): Event => ({
    id,
    start,
    kind: 'treaty',
    title: { en, ar: 'معاهدة', ru: 'Договор' },
    summary: '',
    sources: [{ source: 's' }],
    confidence: 'verified',
  });
  const events = [event('t', '1980-10-08', 'Treaty'), event('i', '2015-09-30', 'Intervention')];
  it('finds events by id, takes events given whole, and leaves out unknown ids and undatable events', () => {
    const list = annotationsFromEvents(events, ['t', 'nope', event('x', 'soon', 'Undated'), events[1]]);
    expect(list).toEqual([
      { id: 't', date: '1980-10-08', text: { en: 'Treaty', ar: 'معاهدة', ru: 'Договор' } },
      { id: 'i', date: '2015-09-30', text: { en: 'Intervention', ar: 'معاهدة', ru: 'Договор' } },
    ]);
    for (const a of list) expect(checkAnnotation(a)).toBeNull();
  });
  it("prints an event's short headline where it has one, with the axis's digits in Arabic", () => {
    const war: Event = {
      ...event('w', '1973-10-06', 'October War (Yom Kippur War) of 1973'),
      title: { en: 'October War (Yom Kippur War) of 1973', ar: 'حرب تشرين التحريرية 1973', ru: 'Октябрьская война' },
      short: { en: 'October War', ar: 'حرب تشرين 1973' },
    };
    // No short form in Russian: the title, as it is.
    expect(annotationsFromEvents([], [war])[0].text).toEqual({
      en: 'October War',
      ar: 'حرب تشرين ١٩٧٣',
      ru: 'Октябрьская война',
    });
  });
  it('never throws on whatever a desk passes', () => {
    fc.assert(
      fc.property(fc.anything(), fc.array(fc.oneof(fc.string(), fc.anything())), (evs, ids) => {
        const list = annotationsFromEvents(evs as Event[], ids as string[]);
        for (const a of list) expect(checkAnnotation(a)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
  it('keeps the halo and the Arabic digits of a marker label in a static SVG, colours resolved', () => {
    const svg = renderChartToSvg('gantt', {
      data: dataset,
      domain: ['1955', '1991'],
      markers: ['event-1973-10-06-october-war'],
      locale: 'ar',
      theme: 'dark',
      width: 720,
    });
    const label = svg.match(/<g data-annotation="event-1973-10-06-october-war">.*?<text([^>]*)>(.*?)<\/text>/);
    expect(label?.[2]).toMatch(/١٩٧٣/);
    expect(label?.[1]).toContain(`stroke="${themes.dark.background}"`);
    expect(label?.[1]).toContain('paint-order="stroke"');
  });
});

describe('time scales', () => {
  it('takes years 0–99 as themselves, not as 1900–1999', () => {
    expect(new Date(newYear(50)).getUTCFullYear()).toBe(50);
    expect(new Date(newYear(1971)).toISOString()).toBe('1971-01-01T00:00:00.000Z');
    const scale = periodTimeScale(30, 40, 0, 100);
    expect(scale(new Date(newYear(35)))).toBeCloseTo(50, 0);
  });
});

describe('locale helpers', () => {
  it('writes years and ticks in each locale', () => {
    expect(formatYear(1980, 'en')).toBe('1980');
    expect(formatYear(1980, 'ar')).toBe('١٩٨٠');
    expect(formatTick(new Date(Date.UTC(1980, 0, 1)), 'ru')).toBe('1980');
    expect(formatTick(new Date(Date.UTC(1980, 5, 1)), 'en')).toBe('Jun 1980');
  });
  it('writes durations in whole units', () => {
    const at = (iso: string) => Date.parse(iso);
    expect(formatDuration(at('1951-12-02'), at('1951-12-04'), ganttWords.en)).toBe('2 days');
    expect(formatDuration(at('1971-03-14'), at('2000-06-10'), ganttWords.en)).toBe('29 years 2 months');
    expect(formatDuration(at('1971-03-14'), at('2000-06-14'), ganttWords.en)).toBe('29 years 3 months');
    expect(formatDuration(at('2000-01-01'), at('2005-01-01'), ganttWords.ru)).toBe('5 лет');
    expect(formatDuration(at('2000-01-01'), at('2000-03-05'), ganttWords.ar)).toBe('شهران');
    expect(formatDuration(at('2000-01-01'), at('2011-01-01'), ganttWords.ar)).toBe('١١ سنة');
  });
  it('resolves a period from partial dates, with open ends filled from the data', () => {
    const extent = [Date.UTC(1918, 0, 1), Date.UTC(2026, 0, 1)] as const;
    expect(resolveDomain(['1955', '1991'], extent)).toEqual([Date.UTC(1955, 0, 1), Date.UTC(1992, 0, 1)]);
    expect(resolveDomain([null, '1950-06'], extent)).toEqual([extent[0], Date.UTC(1950, 6, 1)]);
    expect(resolveDomain(['2000', '1990'], extent)).toEqual([...extent]);
  });
});

describe('themes', () => {
  it('pick readable label colours on every palette colour of every preset', () => {
    const contrast = (a: string, b: string) => {
      const lum = (hex: string) => {
        const c = [1, 3, 5]
          .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
          .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
      };
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    for (const theme of Object.values(themes)) {
      for (const colour of theme.palette)
        expect(contrast(colour, textOn(colour)), `${colour} with ${textOn(colour)}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(theme.text, theme.background)).toBeGreaterThanOrEqual(7);
      expect(contrast(theme.muted, theme.background)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
