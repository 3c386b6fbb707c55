// @vitest-environment jsdom
/**
 * Fuzz (issue 16): an embed page's address. Whatever the query string
 * holds, readEmbedParams never throws, keeps only options the chart can use
 * and names every other one; the page still draws its chart, warns once per
 * problem, and nothing from the address reaches the page as markup (the
 * title is shown as text).
 */
import { act } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { LOCALES } from '../src/charts/kit/locale';
import { THEME_NAMES } from '../src/charts/kit/theme';
import { isPartialDate } from '../src/data/dates';
import { dataset } from '../src/data/index';
import { drawGantt } from '../src/embed/draw/gantt';
import { drawHeatmap } from '../src/embed/draw/heatmap';
import { mount } from '../src/embed/mount';
import { readEmbedParams } from '../src/embed/params';
import { hostileDate, hostileText, params, TIMEOUT } from './arbitraries';

const KEYS = [
  'theme',
  'locale',
  'from',
  'to',
  'title',
  'subtitle',
  'byline',
  'notes',
  'id',
  'width',
  'data',
  'x',
  'annotations',
  'markers',
  'steps',
  'step',
];
const MARKUP = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "'><svg onload=alert(1)>",
  '<iframe src=javascript:alert(1)>',
  'javascript:alert(1)',
  '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '&lt;b&gt;',
];
/** Annotations as an address carries them: JSON lists of good and bad ones, JSON that is not a list, not JSON. */
const NOTES = [
  JSON.stringify([
    { id: 'treaty', date: '1980-10-08', text: MARKUP[0] },
    { kind: 'period', start: '1973', end: '1974', text: 'War' },
  ]),
  JSON.stringify([{ id: 'bad', date: '1980-13', text: 'x' }, null, 3]),
  '{"date":"1980"}',
  '[{',
  JSON.stringify([
    { domain: ['1970', '1979'], label: 'The 1970s' },
    { highlight: 'hafez-al-assad', width: 3 },
  ]),
  '[null]',
  '2',
];
const value = fc.oneof(
  fc.constantFrom(
    ...THEME_NAMES,
    ...LOCALES,
    '1955',
    '1991-12',
    '1970-01-01',
    '2999',
    'DARK',
    'ar-SY',
    ...MARKUP,
    ...NOTES,
  ),
  hostileDate.map(String),
  hostileText,
);
/** A query string: known and unknown keys, repeated keys, any values, or any text at all. */
const search = fc.oneof(
  fc
    .array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 8 })
    .map((pairs) => `?${new URLSearchParams(pairs)}`),
  fc
    .array(fc.tuple(fc.constantFrom(...KEYS), fc.string({ maxLength: 20 })), { maxLength: 6 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
  fc.string({ maxLength: 60 }),
  fc.constantFrom('?from=%E0%A4%A', '?title=%', '?theme=light&theme=<b>', '?to=1955&from=1991', '?&&&=&=='),
);

describe('readEmbedParams, fuzzed', () => {
  it(
    'never throws, keeps only usable options and names every value it left out',
    () => {
      fc.assert(
        fc.property(search, fc.constantFrom('gantt', 'arms', 'heatmap') as fc.Arbitrary<'gantt'>, (query, chart) => {
          const { options, problems } = readEmbedParams(query, chart);
          const asked = new URLSearchParams(query);
          if (options.theme !== undefined) expect(THEME_NAMES).toContain(options.theme);
          if (options.locale !== undefined) expect(LOCALES).toContain(options.locale);
          for (const key of ['from', 'to'] as const)
            if (options[key] !== undefined) expect(isPartialDate(options[key])).toBe(true);
          if (options.from && options.to) expect(options.from <= options.to).toBe(true);
          expect(typeof options.id).toBe('string');
          if (asked.get('annotations') && !options.annotations)
            expect(problems.some((p) => p.startsWith('annotations='))).toBe(true);
          // Markers: ids with no spaces around them, or the problem named.
          for (const id of options.markers ?? []) expect(id).toBe(id.trim());
          if (asked.has('markers') && !options.markers)
            expect(problems.some((p) => p.startsWith('markers='))).toBe(true);
          if (asked.get('steps') && !options.steps) expect(problems.some((p) => p.startsWith('steps='))).toBe(true);
          if (asked.get('step') && options.step === undefined)
            expect(problems.some((p) => p.startsWith('step='))).toBe(true);
          if (options.step !== undefined) expect(options.step).toBeLessThan(options.steps?.length ?? 0);
          for (const key of ['theme', 'locale', 'from', 'to'] as const) {
            const given = asked.get(key);
            if (given && options[key] === undefined)
              expect(problems.some((p) => p.startsWith(`${key}=`) || p.includes(`${key}=`))).toBe(true);
          }
          for (const p of problems) expect(p).not.toMatch(/\n/);
        }),
        params(300),
      );
    },
    TIMEOUT,
  );
});

describe('an embed page, fuzzed', () => {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    // jsdom has no ResizeObserver: the page would listen to window resizes, holding every chart drawn.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it(
    'draws its chart whatever its address holds, warns once per problem, and shows the address as text only',
    () => {
      fc.assert(
        fc.property(search, fc.boolean(), (query, heatmap) => {
          window.history.replaceState(null, '', `/embed/page.html${query.startsWith('?') ? query : `?${query}`}`);
          document.body.innerHTML = '<div id="chart"></div>';
          warn.mockClear();
          const { problems, options } = readEmbedParams(window.location.search, heatmap ? 'heatmap' : 'gantt');
          let unmount = () => {};
          act(() => {
            unmount = heatmap
              ? mount('heatmap', (props) => drawHeatmap(props, dataset))
              : mount('gantt', (props) => drawGantt(props, dataset));
          });
          const root = document.getElementById('chart') as HTMLElement;
          // The chart, or its own empty state for a period with no records: never a blank frame.
          expect(root.querySelector('figure.dm-chart svg, figure.dm-chart .dm-empty')).not.toBeNull();
          // The address's problems, then each annotation the chart left out, named.
          const warned = warn.mock.calls.map((c) => String(c[0]));
          expect(warned.slice(0, problems.length)).toEqual(problems.map((p) => `damascus-moscow embed: ${p}`));
          for (const w of warned.slice(problems.length))
            expect(w).toMatch(/^damascus-moscow embed: \S+: \S+ .*; left out\.$/);
          const live = [...document.querySelectorAll('*')].flatMap((el) => [
            ...(['IMG', 'SCRIPT', 'IFRAME'].includes(el.tagName) ? [el.tagName] : []),
            ...[...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
          ]);
          expect(live).toEqual([]);
          if (options.title) expect(root.querySelector('figcaption')?.textContent).toContain(options.title);
          // Taken down, or 500 pages in npm run fuzz hold 4 GB.
          act(() => unmount());
        }),
        params(25),
      );
    },
    TIMEOUT,
  );
});
