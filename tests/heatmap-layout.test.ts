import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cappedBin,
  colourSteps,
  fitOrEllipsis,
  gridStep,
  type HeatmapLayoutInput,
  heatmapFrame,
  heatmapLayout,
  MAX_PERIODS,
  orientationOf,
  periodSpan,
  periodsOf,
  shadeOf,
  WIDE_FACE,
} from '../src/charts/heatmap/layout';
import { textWidth, wrap } from '../src/charts/kit/labels';
import { legendLayout } from '../src/charts/kit/legendLayout';
import { seqVar, themeVar } from '../src/charts/kit/theme.js';
import { newYear, yearFraction } from '../src/charts/kit/timeScale';
import type { Visit } from '../src/data/types';

const visit = (id: string, start: string, extra: Partial<Visit> = {}): Visit => ({
  id,
  start,
  from: 'SY',
  to: 'SU',
  visitors: ['someone'],
  level: 'head-of-state',
  sources: [{ source: 's' }],
  confidence: 'reported',
  ...extra,
});

const base = (visits: Visit[], over: Partial<HeatmapLayoutInput> = {}): HeatmapLayoutInput => ({
  visits,
  series: (v) => ({
    key: `${v.from}>${v.to}|${v.level}`,
    group: `${v.from}>${v.to}`,
    groupLabel: `${v.from} → ${v.to}`,
    label: v.level,
    order: (v.from === 'SY' ? 0 : 100) + (v.level === 'head-of-state' ? 0 : 1),
  }),
  bin: 1,
  years: [1970, 1979],
  coverage: [1970, 1979],
  width: 800,
  rtl: false,
  transposed: false,
  ...over,
});

const cellOf = (layout: ReturnType<typeof heatmapLayout>, series: string, period: number) =>
  layout.cells.find((c) => c.series === series && c.period === period);

describe('periods and bins', () => {
  it('aligns periods on the bin: years, five years, decades', () => {
    expect(periodsOf([1971, 1974], 1)).toEqual([1971, 1972, 1973, 1974]);
    expect(periodsOf([1971, 1984], 5)).toEqual([1970, 1975, 1980]);
    expect(periodsOf([1944, 2026], 10)).toEqual([1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020]);
  });

  it('counts a visit in the period of its start, whatever the precision of the date', () => {
    const visits = [visit('y', '1971'), visit('m', '1971-02'), visit('d', '1971-12-31'), visit('n', '1972-01-01')];
    const yearly = heatmapLayout(base(visits));
    expect(cellOf(yearly, 'SY>SU|head-of-state', 1971)?.count).toBe(3);
    expect(cellOf(yearly, 'SY>SU|head-of-state', 1972)?.count).toBe(1);
    const decades = heatmapLayout(base(visits, { bin: 10 }));
    expect(decades.periods).toEqual([1970]);
    expect(cellOf(decades, 'SY>SU|head-of-state', 1970)?.visits.map((v) => v.id)).toEqual(['y', 'm', 'd', 'n']);
  });

  it('leaves out visits outside the years shown and visits with invalid dates', () => {
    const layout = heatmapLayout(
      base([visit('a', '1969-12-31'), visit('b', '1980'), visit('c', 'soon'), visit('d', '1975')]),
    );
    expect(layout.cells.reduce((n, c) => n + c.count, 0)).toBe(1);
  });
});

describe('rows', () => {
  it('groups visits into rows by direction and level, in the order asked, one cell per row and period', () => {
    const layout = heatmapLayout(
      base([
        visit('a', '1975', { from: 'SU', to: 'SY' }),
        visit('b', '1975', { level: 'minister' }),
        visit('c', '1976'),
      ]),
    );
    expect(layout.series.map((s) => s.key)).toEqual(['SY>SU|head-of-state', 'SY>SU|minister', 'SU>SY|head-of-state']);
    expect(layout.cells).toHaveLength(3 * 10);
    expect(layout.rows).toBe(3);
    expect(layout.cols).toBe(10);
    // A heading per direction, a label per level.
    const texts = layout.labels.map((l) => l.text);
    expect(texts).toContain('SY → SU');
    expect(texts).toContain('SU → SY');
    expect(texts.filter((t) => t === 'head-of-state')).toHaveLength(2);
  });

  it('prints no block headings when each row is a whole direction', () => {
    const layout = heatmapLayout(
      base([visit('a', '1975')], {
        series: (v) => ({ key: v.from, group: v.from, groupLabel: 'Syria → USSR', label: 'Syria → USSR', order: 0 }),
      }),
    );
    expect(layout.labels.filter((l) => l.text === 'Syria → USSR')).toHaveLength(1);
  });
});

describe('colour', () => {
  it('gives each count its own step up to five, spread over the ramp', () => {
    expect(colourSteps(0)).toEqual([]);
    expect(colourSteps(1)).toEqual([{ from: 1, to: 1, shade: 3 }]);
    expect(colourSteps(2)).toEqual([
      { from: 1, to: 1, shade: 1 },
      { from: 2, to: 2, shade: 5 },
    ]);
    expect(colourSteps(5).map((s) => s.shade)).toEqual([1, 2, 3, 4, 5]);
  });

  it('groups larger counts in five steps growing geometrically, the last ending at the maximum', () => {
    const steps = colourSteps(100);
    expect(steps.map((s) => [s.from, s.to])).toEqual([
      [1, 2],
      [3, 5],
      [6, 15],
      [16, 39],
      [40, 100],
    ]);
    expect(shadeOf(0, steps)).toBe(0);
    expect(shadeOf(4, steps)).toBe(2);
    expect(shadeOf(100, steps)).toBe(5);
    expect(colourSteps(8).map((s) => [s.from, s.to])).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
      [5, 8],
    ]);
  });

  it('takes the colour domain from the busiest cell', () => {
    const layout = heatmapLayout(base([visit('a', '1971'), visit('b', '1971'), visit('c', '1972')]));
    expect(layout.max).toBe(2);
    expect(cellOf(layout, 'SY>SU|head-of-state', 1971)?.shade).toBe(5);
    expect(cellOf(layout, 'SY>SU|head-of-state', 1972)?.shade).toBe(1);
    expect(cellOf(layout, 'SY>SU|head-of-state', 1973)?.shade).toBe(0);
  });

  it('tells a period with no visits from a period the data does not cover', () => {
    const layout = heatmapLayout(base([visit('a', '1975'), visit('b', '1971')], { coverage: [1972, 1977] }));
    const row = 'SY>SU|head-of-state';
    expect(cellOf(layout, row, 1970)?.covered).toBe(false);
    expect(cellOf(layout, row, 1971)?.covered).toBe(true); // visits are data, coverage or not
    expect(cellOf(layout, row, 1973)).toMatchObject({ covered: true, count: 0 });
    expect(cellOf(layout, row, 1978)?.covered).toBe(false);
    // A five-year period counts as covered when any of its years is.
    const fives = heatmapLayout(base([visit('a', '1975')], { bin: 5, years: [1960, 1989], coverage: [1969, 1981] }));
    expect(fives.cells.map((c) => c.covered)).toEqual([false, true, true, true, true, false]);
  });
});

describe('geometry', () => {
  it('lays periods across in time order, rows down, within the width', () => {
    const layout = heatmapLayout(base([visit('a', '1975')]));
    const row = layout.cells.slice(0, 10);
    for (let i = 1; i < row.length; i++) expect(row[i].x).toBeGreaterThan(row[i - 1].x);
    expect(row[9].x + row[9].width).toBeLessThanOrEqual(800);
    expect(row[0].x).toBeGreaterThan(0);
    expect(layout.height).toBeGreaterThan(layout.plot.bottom);
    expect(cellOf(layout, 'SY>SU|head-of-state', 1975)?.showCount).toBe(true);
  });

  it('turned: periods run down the side, one column per row of the untransposed grid', () => {
    const visits = [visit('a', '1975'), visit('b', '1975', { from: 'SU', to: 'SY' })];
    const layout = heatmapLayout(base(visits, { transposed: true, width: 360 }));
    expect(layout.transposed).toBe(true);
    expect(layout.rows).toBe(10);
    expect(layout.cols).toBe(2);
    const [first, second, third] = layout.cells;
    expect(first.period).toBe(1970);
    expect(second.period).toBe(1970);
    expect(second.x).toBeGreaterThan(first.x);
    expect(third.period).toBe(1971);
    expect(third.y).toBeGreaterThan(first.y);
    expect(layout.labels.filter((l) => l.turned).map((l) => l.text)).toEqual(['head-of-state', 'head-of-state']);
    expect(Math.max(...layout.cells.map((c) => c.x + c.width))).toBeLessThanOrEqual(360);
  });

  it('mirrors right to left: time runs from the right, labels sit on the right', () => {
    const visits = [visit('a', '1975')];
    const ltr = heatmapLayout(base(visits));
    const rtl = heatmapLayout(base(visits, { rtl: true }));
    ltr.cells.forEach((c, i) => {
      expect(rtl.cells[i].x).toBeCloseTo(800 - c.x - c.width, 1);
      expect(rtl.cells[i].y).toBe(c.y);
    });
    // The first cell in reading order is the oldest period, now at the right.
    expect(rtl.cells[0].x).toBeGreaterThan(rtl.cells[1].x);
    const label = rtl.labels.find((l) => l.text === 'head-of-state');
    expect(label?.anchor).toBe('start');
    expect(label?.x).toBeGreaterThan(rtl.plot.right);
    // The time axis runs the other way.
    expect(rtl.time(Date.UTC(1970, 0, 1))).toBeGreaterThan(rtl.time(Date.UTC(1979, 0, 1)));
  });

  it('hands out its scales: time, period and colour agree with the cells', () => {
    const visits = [visit('a', '1970'), visit('b', '1970'), visit('c', '1975')];
    for (const rtl of [false, true]) {
      const layout = heatmapLayout(base(visits, { rtl }));
      const cells = layout.cells.filter((c) => c.row === 0);
      layout.periods.forEach((p, i) => {
        const cell = cells[i];
        // A cell sits half a pixel inside its band (to 0.1 px).
        expect(Math.abs((layout.period(p) ?? Number.NaN) + 0.5 - cell.x)).toBeLessThanOrEqual(0.06);
        expect(Math.abs(layout.period.bandwidth() - 1 - cell.width)).toBeLessThanOrEqual(0.06);
        // 1 January of the period is the column's start edge: its left in LTR, its right in RTL.
        const edge = rtl ? cell.x + cell.width + 0.5 : cell.x - 0.5;
        expect(Math.abs(layout.time(Date.UTC(p, 0, 1)) - edge)).toBeLessThanOrEqual(0.06);
        expect(layout.colour(cell.count)).toBe(cell.shade ? seqVar(cell.shade) : themeVar('background'));
      });
      const [c0, c1] = [layout.period(layout.periods[0]) ?? 0, layout.period(layout.periods[1]) ?? 0];
      expect(rtl ? c0 > c1 : c0 < c1).toBe(true);
    }
  });

  it('hands out row: a row key → where the row starts, uneven where a block heading comes between', () => {
    const visits = [
      visit('a', '1975'),
      visit('b', '1975', { level: 'minister' }),
      visit('c', '1976', { from: 'SU', to: 'SY' }),
    ];
    for (const rtl of [false, true]) {
      const layout = heatmapLayout(base(visits, { rtl }));
      expect(layout.row.domain()).toEqual(layout.series.map((s) => s.key));
      for (const s of layout.series) {
        const cells = layout.cells.filter((c) => c.series === s.key);
        expect(cells).toHaveLength(layout.periods.length);
        // Each cell of the row sits half a pixel below the row's top.
        for (const c of cells) expect(c.y).toBe(Math.round((layout.row(s.key) + 0.5) * 10) / 10);
      }
      const [hos, minister, back] = layout.series.map((s) => layout.row(s.key));
      const rowHeight = layout.cells[0].height + 1;
      expect(minister - hos).toBeCloseTo(rowHeight, 6);
      // The next direction starts under its own heading: further down than one row.
      expect(back - minister).toBeGreaterThan(rowHeight + 11);
    }
  });

  it('turned, row gives each column’s left edge, mirrored right to left', () => {
    const visits = [visit('a', '1975'), visit('b', '1975', { level: 'minister' }), visit('c', '1975', { from: 'SU' })];
    for (const rtl of [false, true]) {
      const layout = heatmapLayout(base(visits, { rtl, transposed: true, width: 360 }));
      for (const c of layout.cells) expect(Math.abs(layout.row(c.series) + 0.5 - c.x)).toBeLessThanOrEqual(0.06);
      const [first, second] = layout.series.map((s) => layout.row(s.key));
      expect(rtl ? first > second : first < second).toBe(true);
    }
  });

  it('runs time evenly through each year of a period, as the tenure bands are drawn', () => {
    const layout = heatmapLayout(base([visit('a', '1975')], { bin: 5, years: [1970, 1989] }));
    const [a0, a1] = layout.time.range().filter((_, i, all) => i === 0 || i === all.length - 1);
    for (const t of [Date.UTC(1971, 6, 2), Date.UTC(1976, 1, 29, 12), Date.UTC(1989, 11, 31)]) {
      const along = (yearFraction(t) - 1970) / 20;
      expect(layout.time(t)).toBeCloseTo(a0 + along * (a1 - a0), 9);
    }
    // Years 0–99 too, which Date.UTC would read as 1900–1999.
    const early = heatmapLayout(base([visit('a', '0050')], { years: [40, 79], bin: 10 }));
    const at = [40, 50, 60, 70, 80].map((y) => early.time(newYear(y)));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(at[0]).toBe(early.plot.left);
    expect(at[4]).toBe(early.plot.right);
  });

  it('places tenure bands along the time axis and names them where the names fit', () => {
    const layout = heatmapLayout(
      base([visit('a', '1975')], {
        strips: [
          {
            key: 'SY',
            label: 'Syria',
            spans: [
              { id: 't1', from: Date.UTC(1971, 2, 12), to: Date.UTC(1980, 0, 1), names: ['Hafez al-Assad', 'Assad'] },
              { id: 't0', from: Date.UTC(1960, 0, 1), to: Date.UTC(1971, 2, 12), names: ['Someone Before'] },
            ],
          },
        ],
      }),
    );
    const [strip] = layout.strips;
    expect(strip.spans.map((s) => s.id)).toEqual(['t0', 't1']);
    const [before, assad] = strip.spans;
    expect(before.x).toBe(layout.plot.left); // clipped at the start of the period
    expect(assad.x).toBeCloseTo(layout.time(Date.UTC(1971, 2, 12)), 0);
    expect(assad.name?.text).toBe('Hafez al-Assad');
    expect(strip.y + strip.height).toBeLessThanOrEqual(layout.plot.top);
  });
});

describe('heatmapFrame', () => {
  const labels = ['Head of government'];
  it('picks the finest bin whose cells stay legible, and turns on narrow screens', () => {
    expect(heatmapFrame(1600, labels, [1944, 2026])).toEqual({ transposed: false, bin: 1, widened: false });
    expect(heatmapFrame(640, labels, [1944, 2026])).toEqual({ transposed: false, bin: 5, widened: false });
    expect(heatmapFrame(360, labels, [1944, 2026])).toEqual({ transposed: true, bin: 5, widened: false });
  });
  it('turns rather than shrink an asked bin below legibility, unless told not to', () => {
    expect(heatmapFrame(640, labels, [1944, 2026], { bin: 1 })).toEqual({ transposed: true, bin: 1, widened: false });
    expect(heatmapFrame(640, labels, [1944, 2026], { bin: 1, orientation: 'columns' })).toEqual({
      transposed: false,
      bin: 1,
      widened: false,
    });
    expect(heatmapFrame(1600, labels, [1944, 2026], { orientation: 'rows' })).toEqual({
      transposed: true,
      bin: 5,
      widened: false,
    });
    expect(heatmapFrame(1600, labels, [1944, 2026], { orientation: 'down' })).toEqual({
      transposed: true,
      bin: 5,
      widened: false,
    });
    expect(heatmapFrame(640, labels, [1944, 2026], { bin: 1, orientation: 'across' })).toEqual(
      heatmapFrame(640, labels, [1944, 2026], { bin: 1, orientation: 'columns' }),
    );
    expect(heatmapFrame(640, labels, [1944, 2026], { bin: 1, orientation: 'across' }).transposed).toBe(false);
    expect(['across', 'columns', 'down', 'rows', 'auto', 'sideways', 3].map(orientationOf)).toEqual([
      'across',
      'across',
      'down',
      'down',
      'auto',
      'auto',
      'auto',
    ]);
  });
});

describe('gridStep', () => {
  // A grid of 3 rows and 4 columns.
  it('moves across, down and up the grid, stopping at the edges', () => {
    expect(gridStep(0, 'ArrowRight', 4, 3, false)).toBe(1);
    expect(gridStep(3, 'ArrowRight', 4, 3, false)).toBeNull();
    expect(gridStep(0, 'ArrowLeft', 4, 3, false)).toBeNull();
    expect(gridStep(1, 'ArrowDown', 4, 3, false)).toBe(5);
    expect(gridStep(9, 'ArrowDown', 4, 3, false)).toBeNull();
    expect(gridStep(5, 'ArrowUp', 4, 3, false)).toBe(1);
    expect(gridStep(5, 'PageDown', 4, 3, false)).toBeNull();
  });
  it('follows the screen in right-to-left order: the left arrow moves forward in reading order', () => {
    expect(gridStep(0, 'ArrowLeft', 4, 3, true)).toBe(1);
    expect(gridStep(1, 'ArrowRight', 4, 3, true)).toBe(0);
    expect(gridStep(0, 'ArrowRight', 4, 3, true)).toBeNull();
  });
});

describe('text helpers', () => {
  it('wraps a heading into lines that fit, at most three', () => {
    expect(wrap('Syria → USSR / Russia', 90, 11)).toEqual(['Syria → USSR /', 'Russia']);
    expect(wrap('a b c d e f', 1, 11)).toEqual([]);
  });
  it('places legend entries in reading order, wrapping when the line is full', () => {
    const items = ['one', 'two', 'three'].map((label) => ({ label, fill: 'red' }));
    const ltr = legendLayout(items, 400);
    expect(ltr.items.map((i) => i.x)).toEqual([...ltr.items.map((i) => i.x)].sort((a, b) => a - b));
    const rtl = legendLayout(items, 400, { rtl: true });
    expect(rtl.items[0].x).toBeGreaterThan(rtl.items[1].x);
    expect(rtl.items[0].anchor).toBe('end');
    const narrow = legendLayout(items, 60);
    expect(narrow.height).toBeGreaterThan(ltr.height);
  });
});

describe('what a reader sees printed', () => {
  const timeLabels = (layout: ReturnType<typeof heatmapLayout>) =>
    layout.labels.filter((l) => /^\d{4}/.test(l.text)).map((l) => l.text);

  it('labels periods as far as the years shown go: "2020–2026", not "2020–2029"', () => {
    expect(periodSpan(2020, 10, [1944, 2026])).toEqual([2020, 2026]);
    expect(periodSpan(1940, 10, [1944, 2026])).toEqual([1944, 1949]);
    const decades = heatmapLayout(base([visit('a', '2021')], { bin: 10, years: [1944, 2026], width: 1200 }));
    expect(timeLabels(decades)[0]).toBe('1944–1949');
    expect(timeLabels(decades).at(-1)).toBe('2020–2026');
    const turned = heatmapLayout(
      base([visit('a', '2021')], { bin: 10, years: [1944, 2026], width: 360, transposed: true }),
    );
    expect(timeLabels(turned).at(-1)).toBe('2020–2026');
  });

  it('labels five-year columns by their span, shortened where the full span would not fit', () => {
    const wide = heatmapLayout(base([visit('a', '1975')], { bin: 5, years: [1945, 2024], width: 1600 }));
    expect(timeLabels(wide)).toContain('1975–1979');
    const narrow = heatmapLayout(base([visit('a', '1975')], { bin: 5, years: [1945, 2024], width: 560 }));
    const texts = timeLabels(narrow);
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).toMatch(/^\d{4}–\d{2}$/);
    expect(texts).toContain('1975–79');
    // Labels never touch: centres further apart than the labels are wide.
    const placed = narrow.labels.filter((l) => texts.includes(l.text));
    for (let i = 1; i < placed.length; i++)
      expect(placed[i].x - placed[i - 1].x).toBeGreaterThan(textWidth(placed[i].text, 11) * WIDE_FACE);
  });

  it('names a tenure band in full, by surname, or cut with an ellipsis: never wider than its band', () => {
    const strip = (from: number, to: number) => ({
      key: 'SU',
      label: 'USSR',
      spans: [
        { id: 'g', from: Date.UTC(from, 2, 11), to: Date.UTC(to, 11, 25), names: ['Mikhail Gorbachev', 'Gorbachev'] },
      ],
    });
    for (const width of [360, 420, 480, 560, 640, 900, 1280]) {
      for (const transposed of [false, true]) {
        const layout = heatmapLayout(
          base([visit('a', '1986')], {
            bin: transposed ? 5 : 1,
            years: [1955, 1991],
            width,
            transposed,
            strips: [strip(1985, 1991)],
          }),
        );
        const [span] = layout.strips[0].spans;
        if (!span.name) continue;
        expect(['Mikhail Gorbachev', 'Gorbachev'].includes(span.name.text) || span.name.text.endsWith('…')).toBe(true);
        expect(textWidth(span.name.text, 11) * WIDE_FACE).toBeLessThanOrEqual(span.width - 6);
      }
    }
    expect(fitOrEllipsis(['Mikhail Gorbachev', 'Gorbachev'], 40, 11)).toMatch(/^Gor\S*…$/);
    expect(fitOrEllipsis(['Gorbachev'], 8, 11)).toBeNull();
  });

  it('keeps colour breaks fixed when asked, whatever the busiest cell: one key for a series of charts', () => {
    const breaks = [1, 2, 4, 8, 16];
    expect(colourSteps(3, breaks)).toEqual([
      { from: 1, to: 1, shade: 1 },
      { from: 2, to: 3, shade: 2 },
      { from: 4, to: 7, shade: 3 },
      { from: 8, to: 15, shade: 4 },
      { from: 16, to: Number.POSITIVE_INFINITY, shade: 5 },
    ]);
    const few = heatmapLayout(base([visit('a', '1971'), visit('b', '1971'), visit('c', '1972')], { breaks }));
    expect(cellOf(few, 'SY>SU|head-of-state', 1971)?.shade).toBe(2); // 2 visits: step 2 of 5, not the darkest
    expect(few.steps).toHaveLength(5);
  });
});

describe('records counted once, text never under text', () => {
  it('counts a later stage of a visit (continues) once, with the visit it continues, and keeps it with that cell', () => {
    const layout = heatmapLayout(base([visit('a', '1971'), visit('b', '1973', { continues: 'a' })]));
    expect(layout.cells.reduce((n, c) => n + c.count, 0)).toBe(1);
    const cell = cellOf(layout, 'SY>SU|head-of-state', 1971);
    expect(cell?.stages.map((v) => v.id)).toEqual(['b']);
    expect(cellOf(layout, 'SY>SU|head-of-state', 1973)?.count).toBe(0);
    // Where the visit it continues is not shown, nothing counts it yet: it counts alone.
    const alone = heatmapLayout(base([visit('b', '1973', { continues: 'a' })]));
    expect(cellOf(alone, 'SY>SU|head-of-state', 1973)?.count).toBe(1);
  });
});

describe('legend', () => {
  it('keeps Russian labels clear of the next swatch, as a wide browser face sets them', () => {
    const labels = ['нет визитов', '1', '2–3', '4–7', '8–15', '16+', 'нет данных'];
    const legend = legendLayout(
      labels.map((label) => ({ label, fill: 'red' })),
      900,
      { title: 'Визиты' },
    );
    for (let i = 1; i < legend.items.length; i++) {
      const before = legend.items[i - 1];
      if (legend.items[i].y !== before.y) continue;
      const end = before.textX + textWidth(before.label, 11) * WIDE_FACE;
      expect(legend.items[i].x - end).toBeGreaterThanOrEqual(8);
    }
    const rtl = legendLayout(
      labels.map((label) => ({ label, fill: 'red' })),
      900,
      { rtl: true },
    );
    for (let i = 1; i < rtl.items.length; i++) {
      const before = rtl.items[i - 1];
      const end = before.textX - textWidth(before.label, 11) * WIDE_FACE;
      expect(end - (rtl.items[i].x + 12)).toBeGreaterThanOrEqual(8);
    }
  });

  it('sets labels on a baseline centred on the swatch, with room above for Arabic marks', () => {
    const legend = legendLayout([{ label: 'لا زيارات', fill: 'red' }], 400, { rtl: true, title: 'الزيارات' });
    const [item] = legend.items;
    expect(Math.abs(item.textY - (item.y + 6 + 11 * 0.35))).toBeLessThanOrEqual(0.1);
    expect(item.textY - 11 * 1.3).toBeGreaterThanOrEqual(0);
    expect(legend.title?.y).toBe(item.textY);
  });
});

describe('breaks from a page’s own code', () => {
  it('falls back to steps from the data when breaks are not a list of rising whole numbers', () => {
    expect(colourSteps(3, 5 as unknown as number[])).toEqual(colourSteps(3));
    expect(colourSteps(3, [0, -1, Number.NaN])).toEqual(colourSteps(3));
    expect(colourSteps(3, [1, 1, 4]).map((s) => s.from)).toEqual([1, 4]);
  });
});

describe('period cap', () => {
  it('draws at most MAX_PERIODS periods, whatever the years and bin (fuzz: year −112712, bin 0 overflowed the stack)', () => {
    const crash = heatmapLayout(base([visit('a', '1975')], { years: [-112712, 2026], bin: 0 }));
    // The frame says when it widened the bin, so the chart can tell the reader.
    expect(heatmapFrame(800, ['Head of state'], [-112712, 2026], { bin: 10 })).toMatchObject({
      bin: 290,
      widened: true,
    });
    expect(heatmapFrame(800, ['Head of state'], [-112712, 2026])).toMatchObject({ bin: 290, widened: true });
    expect(heatmapFrame(800, ['Head of state'], [1944, 2026], { bin: 0 }).widened).toBe(false);
    expect(heatmapFrame(800, ['Head of state'], [1, 3900], { bin: 10 }).widened).toBe(false);
    expect(heatmapFrame(800, ['Head of state'], [1, 3900], { bin: 5 })).toMatchObject({ bin: 10, widened: true });
    expect(crash.periods.length).toBeLessThanOrEqual(MAX_PERIODS);
    expect(crash.bin % 10).toBe(0);
    fc.assert(
      fc.property(
        fc.integer({ min: -300000, max: 300000 }),
        fc.integer({ min: 0, max: 300000 }),
        fc.oneof(fc.integer({ min: -5, max: 20 }), fc.double()),
        (from, length, bin) => {
          const years: [number, number] = [from, from + length];
          expect(periodsOf(years, bin).length).toBeLessThanOrEqual(MAX_PERIODS);
          expect(heatmapFrame(800, ['Head of state'], years, { bin }).bin).toBe(cappedBin(years, bin));
          // Spans that fit keep their bin.
          if (length < 100 && Number.isInteger(bin) && bin >= 1) expect(cappedBin(years, bin)).toBe(bin);
        },
      ),
      { numRuns: 300 },
    );
  });
});
