/**
 * Fuzz (issue 16): each chart rendered in the page (jsdom) with hostile
 * records and props, then walked with the keyboard so its tooltip shows.
 * No exception, no React error (NaN attributes, duplicate keys), no NaN or
 * Infinity on the page, every record that cannot be drawn named through
 * `onInvalid` once, and not again when the page renders the same records.
 */
import { act, fireEvent } from '@testing-library/react';
import fc from 'fast-check';
import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { ArmsDealBars } from '../src/charts/arms/ArmsDealBars';
import { TenureGantt } from '../src/charts/gantt/TenureGantt';
import { VisitHeatmap } from '../src/charts/heatmap/VisitHeatmap';
import type { DroppedRecord } from '../src/charts/kit/guard';
import { dataset } from '../src/data/index';
import { context, entries, params, props, TIMEOUT } from './arbitraries';
import { checkRender } from './fuzzChecks';

// biome-ignore lint/suspicious/noExplicitAny: hostile props on purpose.
type AnyChart = ComponentType<any>;
const CHARTS: [string, AnyChart, 'tenures' | 'visits' | 'armsDeals', keyof typeof props][] = [
  ['TenureGantt', TenureGantt, 'tenures', 'gantt'],
  ['ArmsDealBars', ArmsDealBars, 'armsDeals', 'arms'],
  ['VisitHeatmap', VisitHeatmap, 'visits', 'heatmap'],
];

// The chart builds its CSV for the download link once mounted: an address that keeps nothing, so a long
// run does not hold every file (tests/support.tsx keeps them to read them back).
URL.createObjectURL = () => 'blob:fuzz';
URL.revokeObjectURL = () => {};

let errors: MockInstance<typeof console.error>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe.each(CHARTS)('%s in the page, fuzzed', (_, Chart, collection, kind) => {
  it(
    'mounts, shows a tooltip, renders again: no exception, no React error, no NaN, bad records named once',
    () => {
      fc.assert(
        fc.property(entries(collection), context, props[kind], (list, rest, chartProps) => {
          errors.mockClear();
          const calls: (readonly DroppedRecord[])[] = [];
          const onInvalid = (p: readonly DroppedRecord[]) => calls.push(p);
          const data = { ...rest, [collection]: list.map((e) => e.record) };
          const host = document.createElement('div');
          document.body.append(host);
          const root = createRoot(host);
          try {
            act(() => root.render(<Chart {...chartProps} data={data} onInvalid={onInvalid} />));
            const marks = host.querySelector('.dm-marks');
            if (marks) {
              act(() => {
                fireEvent.focus(marks);
                fireEvent.keyDown(marks, { key: 'Home' });
                fireEvent.keyDown(marks, { key: 'ArrowRight' });
                fireEvent.keyDown(marks, { key: 'End' });
              });
            }
            checkRender(document.body.innerHTML, calls, collection, list);
            // The same records again (a new data object, a new callback): no second report (one for the
            // records, one for the annotations, one for the markers, at most).
            const reports = calls.length;
            act(() =>
              root.render(<Chart {...chartProps} data={{ ...data }} onInvalid={(p: never) => calls.push(p)} />),
            );
            expect(reports).toBeLessThanOrEqual(3);
            expect(calls.length).toBe(reports);
            expect(errors.mock.calls.map((c) => String(c[0]).slice(0, 300))).toEqual([]);
          } finally {
            act(() => root.unmount());
            host.remove();
          }
        }),
        // At most 100 a chart in npm run fuzz: each page drawn in jsdom keeps about 5 MB until the file ends.
        params(25, 100),
      );
    },
    TIMEOUT,
  );
});

describe('counterexamples the fuzzing found in the page, kept', () => {
  // Each threw before its fix (seeds 1–3 with FUZZ_RUNS=200, and seed 16).
  const edits: [string, Record<string, unknown>, string][] = [
    ['a field holding an object without a prototype (the CSV)', { acting: Object.create(null), note: {} }, ''],
    ['sources [null]', { sources: [null] }, 'sources[0]'],
    ['sources 0', { sources: 0 }, 'sources'],
    ['sources missing', { sources: undefined }, 'sources'],
    ['conflicts {}', { conflicts: {} }, 'conflicts'],
  ];
  it.each(CHARTS.flatMap(([name, Chart, collection]) => edits.map((e) => [name, ...e, Chart, collection] as const)))(
    '%s: %s',
    (_, __, edit, field, Chart, collection) => {
      const records = dataset[collection] as unknown as readonly Record<string, unknown>[];
      const broken = { ...records[records.length - 1], ...edit, id: 'edited' };
      const calls: (readonly DroppedRecord[])[] = [];
      const host = document.createElement('div');
      document.body.append(host);
      const root = createRoot(host);
      act(() =>
        root.render(
          <Chart data={{ ...dataset, [collection]: [...records, broken] }} onInvalid={(p: never) => calls.push(p)} />,
        ),
      );
      const marks = host.querySelector('.dm-marks') as Element;
      act(() => {
        fireEvent.focus(marks);
        fireEvent.keyDown(marks, { key: 'End' });
      });
      expect(errors).not.toHaveBeenCalled();
      expect(
        calls
          .flat()
          .filter((p) => p.id === 'edited')
          .map((p) => p.field),
      ).toEqual(field ? [field] : []);
      act(() => root.unmount());
    },
  );
});
