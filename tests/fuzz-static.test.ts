/**
 * Fuzz (issue 16): renderChartToSvg and renderChartToPng with hostile
 * records and props. Either a valid standalone SVG (parsed as XML, no
 * script, no custom property left, no NaN) or an Error in the package's
 * own words — never a TypeError from inside.
 */

import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DroppedRecord } from '../src/charts/kit/guard';
import { dataset } from '../src/data/index';
import { renderChartToPng, renderChartToSvg } from '../src/static/index';
import { context, entries, params, props, TIMEOUT } from './arbitraries';

const CHARTS = [
  ['gantt', 'tenures'],
  ['arms', 'armsDeals'],
  ['heatmap', 'visits'],
] as const;
const { DOMParser } = new JSDOM('').window;

/** The document, or the error, a static render gives. */
function render(chart: (typeof CHARTS)[number][0], chartProps: object): { svg?: string; error?: Error } {
  try {
    return { svg: renderChartToSvg(chart, chartProps as never) };
  } catch (error) {
    return { error: error as Error };
  }
}

/** A file an editor or resvg opens: well-formed XML, an <svg> root in the SVG namespace, nothing live. */
function expectStandaloneSvg(svg: string) {
  expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" /);
  expect(svg).not.toMatch(/var\(--|NaN|Infinity/);
  // Characters XML 1.0 forbids: the DOM parser lets them through, resvg and editors do not.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML forbids
  expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  // jsdom parses half a megabyte of XML in seconds: the long documents (a heatmap of 2,000 years) are the same code.
  if (svg.length > 200_000) return;
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(doc.documentElement.tagName).toBe('svg');
  expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
  // Nothing live: no element but SVG's drawing ones, no event handler, whatever text the data held.
  const live = [...doc.getElementsByTagName('*')].flatMap((el) => [
    ...(['script', 'foreignObject', 'img', 'iframe', 'a'].includes(el.tagName) ? [el.tagName] : []),
    ...[...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
  ]);
  expect(live).toEqual([]);
}

/** An error the package means to give: its own, in words, not a slip inside it. */
function expectClearError(error: Error) {
  expect(error.constructor).toBe(Error);
  expect(error.message).toMatch(/^damascus-moscow\/static: /);
}

beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterAll(() => vi.restoreAllMocks());

describe.each(CHARTS)('renderChartToSvg(%s), fuzzed', (chart, collection) => {
  it(
    'gives a valid standalone SVG or a clear Error, and names the records it left out',
    () => {
      fc.assert(
        fc.property(entries(collection), context, props[chart], fc.boolean(), (list, rest, chartProps, anyWidth) => {
          const calls: (readonly DroppedRecord[])[] = [];
          const data = { ...rest, [collection]: list.map((e) => e.record) };
          // Half the cases at the default width: most hostile widths are refused before anything is drawn.
          const { width, ...others } = chartProps as { width?: unknown };
          const asked = anyWidth ? { ...others, width } : others;
          const { svg, error } = render(chart, { ...asked, data, onInvalid: (p: never) => calls.push(p) });
          if (error) expectClearError(error);
          else expectStandaloneSvg(svg as string);
          // One report for the records, one for the annotations, one for the markers, at most.
          expect(calls.length).toBeLessThanOrEqual(3);
          // A width refused is refused before the chart reads its records.
          if (error?.message.includes(' width ')) return;
          const named = new Set(calls.flat().map((p) => p.id));
          for (const [i, e] of list.entries()) {
            const id = (e.record as { id?: unknown } | null)?.id;
            if (e.mustDrop) expect(named.has(typeof id === 'string' && id ? id : `${collection}[${i}]`)).toBe(true);
          }
        }),
        // At most 200 a chart and 20 PNGs in npm run fuzz: a heatmap of 2,000 years asked is a second to draw and parse.
        params(30, 200),
      );
    },
    TIMEOUT,
  );
});

describe('renderChartToPng, fuzzed', () => {
  it(
    'gives PNG bytes or a clear Error',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...CHARTS), fc.nat(), async ([chart, collection], pick) => {
          const chartProps = fc.sample(props[chart], { seed: pick, numRuns: 1 })[0];
          const list = fc.sample(entries(collection, 10), { seed: pick, numRuns: 1 })[0];
          const data = { ...dataset, [collection]: list.map((e) => e.record) };
          try {
            const png = await renderChartToPng(chart, { ...chartProps, data } as never, { scale: 0.5 });
            expect([...png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
          } catch (error) {
            expectClearError(error as Error);
          }
        }),
        params(4, 20),
      );
    },
    TIMEOUT,
  );
});

describe('found by hand (issue 16), kept', () => {
  it('renderChartToSvg names the records it left out through onInvalid, once', () => {
    const calls: (readonly DroppedRecord[])[] = [];
    const visits = [...dataset.visits, { ...dataset.visits[0], id: 'no-date', start: 'soon' }];
    const svg = renderChartToSvg('heatmap', {
      data: { ...dataset, visits },
      onInvalid: (p) => calls.push(p),
    });
    expectStandaloneSvg(svg);
    expect(calls).toEqual([[{ id: 'no-date', field: 'start', message: 'is not a date: "soon"' }]]);
  });

  it('leaves out characters XML does not allow (a NUL in a title made resvg refuse the file)', async () => {
    const svg = renderChartToSvg('gantt', { data: dataset, title: 'a\u0000b\u001Fc\uD800', domain: ['1990', '1995'] });
    expectStandaloneSvg(svg);
    expect(svg).toContain('<title id="dm-title">abc</title>');
    const png = await renderChartToPng(
      'gantt',
      { data: dataset, title: 'a\u0000b', domain: ['1990', '1995'] },
      { scale: 0.5 },
    );
    expect(png.length).toBeGreaterThan(1000);
  });

  it('refuses a document too wide or not a number in words', () => {
    // An object without a prototype threw a TypeError from the width check (FUZZ_RUNS=2000, seed 16).
    for (const width of [1e9, Number.NaN, 10_025, Object.create(null), '800', {}]) {
      const { error } = render('gantt', { data: dataset, width });
      expectClearError(error as Error);
    }
    expectStandaloneSvg(renderChartToSvg('gantt', { data: dataset, width: 10_024, domain: ['1990', '1995'] }));
  });
});
