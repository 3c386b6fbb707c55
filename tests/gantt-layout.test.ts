import { describe, expect, it } from 'vitest';
import {
  assignRows,
  barOutline,
  barStepper,
  DENSE_BARS,
  type GanttLayoutInput,
  ganttFrame,
  ganttLayout,
  linearTime,
} from '../src/charts/gantt/layout';
import { sortIndices } from '../src/charts/gantt/rows';
import { DAY, rounded } from '../src/charts/kit/sizes';
import { paletteVar } from '../src/charts/kit/theme';
import { timeScale } from '../src/charts/kit/timeScale';
import type { Tenure } from '../src/data/types';

const Y = (year: number) => Date.UTC(year, 0, 1);
const tenure = (id: string, start: string, end: string | null, extra: Partial<Tenure> = {}): Tenure => ({
  id,
  personId: id,
  polity: 'SY',
  office: 'head-of-state',
  title: 'President',
  start,
  end,
  sources: [{ source: 's' }],
  confidence: 'verified',
  ...extra,
});

// A 1000 px plot from x=100 to x=1100 over 1900–2000: one year is 10 px.
const base = (
  tenures: Tenure[],
  { domain = [Y(1900), Y(2000)], ...over }: Partial<GanttLayoutInput> & { domain?: [number, number] } = {},
): GanttLayoutInput => {
  const rtl = over.rtl ?? false;
  const plot = { left: 100, right: 1100 };
  return {
    tenures,
    name: (t) => (t.personId === 'long' ? 'Somebody With A Long Name' : t.personId),
    shorter: () => ['S.'],
    lane: (t) => ({
      key: `${t.polity}|${t.office}`,
      group: t.polity,
      office: t.office,
      label: t.office,
      order: t.polity === 'SY' ? 0 : 1,
    }),
    width: 1200,
    time: timeScale(domain, plot.left, plot.right, rtl),
    today: Y(1990),
    rtl,
    plot,
    labelMode: 'side',
    ...over,
  };
};

describe('assignRows', () => {
  it('packs intervals into the fewest rows, first free row first', () => {
    expect(
      assignRows([
        { from: 0, to: 10 },
        { from: 5, to: 15 },
        { from: 10, to: 20 },
        { from: 12, to: 13 },
      ]),
    ).toEqual([0, 1, 0, 2]);
  });
});

describe('ganttFrame', () => {
  it('puts lane labels beside the plot when there is room, above the lanes on a phone', () => {
    expect(ganttFrame(900, ['Syria: Head of state'], 11, false)).toMatchObject({ labelMode: 'side' });
    expect(ganttFrame(900, ['Syria: Head of state'], 11, false).plot.left).toBeGreaterThan(100);
    expect(ganttFrame(200, ['USSR / Russia: Head of government'], 11, false)).toEqual({
      labelMode: 'above',
      plot: { left: 12, right: 188 },
    });
  });
  it('keeps half the widest tick label free at each edge the lane labels do not take, so no tick is cut', () => {
    // "1992" is about 28 px wide at 11 px: a tick on the plot's end needs 14 px beyond it.
    const ticks = ['1988', '1992'];
    const side = ganttFrame(1280, ['Syria: Head of state'], 11, false, ticks);
    expect(1280 - side.plot.right).toBeGreaterThanOrEqual(14);
    const rtl = ganttFrame(1280, ['Syria: Head of state'], 11, true, ticks);
    expect(rtl.plot.left).toBeGreaterThanOrEqual(14);
    const above = ganttFrame(200, ['USSR / Russia: Head of government'], 11, false, ticks);
    expect(above.plot.left).toBeGreaterThanOrEqual(14);
    expect(200 - above.plot.right).toBeGreaterThanOrEqual(14);
  });

  it('mirrors the label column to the right in right-to-left locales', () => {
    const ltr = ganttFrame(900, ['Syria: Head of state'], 11, false).plot;
    const rtl = ganttFrame(900, ['Syria: Head of state'], 11, true).plot;
    expect(rtl.left).toBe(900 - ltr.right);
    expect(rtl.right).toBe(900 - ltr.left);
  });
});

describe('ganttLayout', () => {
  it('places a day-precise tenure from its first to its last day', () => {
    const layout = ganttLayout(base([tenure('a', '1950-01-01', '1959-12-31')]));
    const [bar] = layout.bars;
    expect(bar.outer.left).toBeCloseTo(600, 1);
    expect(bar.outer.left + bar.outer.width).toBeCloseTo(700, 1);
    expect(bar.solid).toEqual(bar.outer);
    expect(bar.fuzzyStart || bar.fuzzyEnd).toBe(false);
  });

  it('does not pretend to a day it does not know: a year-precise start is sure only after that year', () => {
    const [bar] = ganttLayout(base([tenure('a', '1950', '1960-06')])).bars;
    expect(bar.fuzzyStart).toBe(true);
    expect(bar.fuzzyEnd).toBe(true);
    expect(bar.outer.left).toBeCloseTo(600, 1); // may have begun on 1 Jan 1950
    expect(bar.solid.left).toBeCloseTo(610, 1); // surely by 1 Jan 1951
    expect(bar.solid.left + bar.solid.width).toBeLessThan(bar.outer.left + bar.outer.width);
  });

  it('runs an ongoing tenure to today and marks it open-ended', () => {
    const [bar] = ganttLayout(base([tenure('a', '1980-01-01', null)])).bars;
    expect(bar.ongoing).toBe(true);
    expect(bar.outer.left + bar.outer.width).toBeCloseTo(1000, 1);
  });

  it('gives overlapping tenures in one lane their own rows, but lets a same-day handover share a row', () => {
    const layout = ganttLayout(
      base([
        tenure('a', '1950-01-01', '1960-07-17'),
        tenure('b', '1960-07-17', '1970-01-01'),
        tenure('c', '1955-01-01', '1965-01-01'),
      ]),
    );
    const row = (id: string) => layout.bars.find((b) => b.tenure.id === id)?.row;
    expect([row('a'), row('b'), row('c')]).toEqual([0, 0, 1]);
    expect(layout.lanes[0].rows).toBe(2);
  });

  it("keeps the lane's first row covering the most time: a long tenure begun beside another leaves no hole", () => {
    // As Yeltsin's presidency (from July 1991) began while Gorbachev's (to December 1991) ran on.
    const layout = ganttLayout(
      base([
        tenure('g-chair', '1988-10-01', '1990-03-15'),
        tenure('g-president', '1990-03-15', '1991-12-25'),
        tenure('y-chair', '1990-05-29', '1991-07-10'),
        tenure('y-president', '1991-07-10', '1999-12-31'),
        tenure('p', '1999-12-31', '2008-05-07'),
      ]),
    );
    const row = (id: string) => layout.bars.find((b) => b.tenure.id === id)?.row;
    expect(row('y-president')).toBe(0);
    expect(row('p')).toBe(0);
    expect(row('g-president')).toBe(1);
    expect(layout.lanes[0].rows).toBe(2);
  });

  it('orders lanes and stacks them without overlap', () => {
    const layout = ganttLayout(
      base([tenure('a', '1950-01-01', '1960-01-01', { polity: 'SU' }), tenure('b', '1950-01-01', '1960-01-01')]),
    );
    expect(layout.lanes.map((l) => l.group)).toEqual(['SY', 'SU']);
    expect(layout.lanes[1].y).toBeGreaterThan(layout.lanes[0].y + 22);
    expect(layout.height).toBeGreaterThan(layout.plot.bottom);
  });

  it('puts a name inside a bar when it fits, after the bar when not, and leaves it out rather than overlap', () => {
    const layout = ganttLayout(
      base([
        tenure('long', '1900-01-01', '1950-01-01'),
        tenure('b', '1950-01-02', '1951-01-01'),
        tenure('c', '1951-01-02', '1951-06-01'),
      ]),
    );
    const label = (id: string) => layout.bars.find((b) => b.tenure.id === id)?.label;
    expect(label('long')).toMatchObject({ text: 'Somebody With A Long Name', inside: true, anchor: 'start' });
    // 'b' is 10 px wide: too narrow; the next bar starts right after it, so nothing fits outside.
    expect(label('b')).toBeNull();
    // 'c' is the last in its row: its name goes after its end.
    expect(label('c')).toMatchObject({ inside: false, anchor: 'start' });
  });

  it("prints a person's name once per run of tenures in a row, and in one form across a lane", () => {
    const layout = ganttLayout(
      base([
        tenure('long-1', '1900-01-01', '1950-01-01', { personId: 'long' }),
        tenure('long-2', '1960-01-01', '1966-01-01', { personId: 'long' }),
        tenure('x-1', '1970-01-01', '1975-01-01', { personId: 'x' }),
        tenure('x-2', '1975-01-01', '1980-01-01', { personId: 'x', acting: true }),
        tenure('x-3', '1980-01-01', '1985-01-01', { personId: 'x' }),
        // Five days after x-3: half a pixel on this scale, the same run to the eye.
        tenure('x-4', '1985-01-06', '1989-01-01', { personId: 'x' }),
        // y's second term begins the day the first ends, but overlaps w's: a row below, still one run.
        tenure('y-1', '1989-01-01', '1992-01-01', { personId: 'y' }),
        tenure('w', '1992-01-01', '1999-12-01', { personId: 'w' }),
        tenure('y-2', '1992-01-01', '1996-01-01', { personId: 'y' }),
      ]),
    );
    const label = (id: string) => layout.bars.find((b) => b.tenure.id === id)?.label?.text ?? null;
    // The full name fits the long bar, only 'S.' the 60 px one: the lane names them once, in full.
    expect([label('long-1'), label('long-2')]).toEqual(['Somebody With A Long Name', null]);
    // x chairman, acting president, then president: one run, the name once.
    expect([label('x-1'), label('x-2'), label('x-3'), label('x-4')]).toEqual(['x', null, null, null]);
    // A run of plain bars is one place for the name: neither 50 px bar of 'long' alone holds it in full.
    const run = ganttLayout(
      base([
        tenure('r-1', '1950-01-01', '1955-01-01', { personId: 'long' }),
        tenure('r-2', '1955-01-01', '1960-01-01', { personId: 'long' }),
        tenure('r-3', '1960-01-01', '1965-01-01', { personId: 'long' }),
        tenure('r-4', '1965-01-01', '1970-01-01', { personId: 'long' }),
      ]),
    ).bars;
    expect(run.map((b) => b.label?.text ?? null)).toEqual(['Somebody With A Long Name', null, null, null]);
    expect(run[0].label?.inside).toBe(true);
    expect(layout.bars.find((b) => b.tenure.id === 'y-2')?.row).toBe(1);
    expect([label('y-1'), label('y-2')]).toEqual(['y', null]);
  });

  it('leaves out a short form two people of a lane would share, rather than print it for both', () => {
    const names: Record<string, string> = {
      hashim: 'Hashim al-Atassi',
      nureddin: 'Nureddin al-Atassi',
      x: 'Ann Other',
    };
    const layout = ganttLayout(
      base(
        [
          tenure('h', '1950-01-01', '1960-01-01', { personId: 'hashim' }),
          tenure('n', '1966-01-01', '1976-01-01', { personId: 'nureddin' }),
          tenure('x', '1980-01-01', '1990-01-01', { personId: 'x' }),
        ],
        { name: (t) => names[t.personId], shorter: (full) => [full.split(' ').pop() ?? full] },
      ),
    );
    // 100 px bars: neither al-Atassi fits in full, and both would shorten to the same word.
    expect(layout.bars.map((b) => b.label?.text ?? null)).toEqual([null, null, 'Ann Other']);
  });

  it('in right-to-left layouts, keeps a name outside its bar clear of the next bar in time, to its left', () => {
    const layout = ganttLayout(
      base(
        [
          tenure('long', '1900-01-01', '1950-01-01'),
          tenure('b', '1950-01-02', '1951-01-01'),
          tenure('c', '1951-01-02', '1951-06-01'),
        ],
        { rtl: true },
      ),
    );
    const bar = (id: string) => layout.bars.find((b) => b.tenure.id === id);
    // Reading order is time order, which runs right to left.
    expect(layout.bars.map((b) => b.tenure.id)).toEqual(['long', 'b', 'c']);
    expect(bar('long')?.label).toMatchObject({ inside: true, anchor: 'end' });
    // 'b' is 10 px wide and 'c' starts right after it, on its left: nothing fits.
    expect(bar('b')?.label).toBeNull();
    // 'c' is the last in time: its name goes to its left, towards the plot's end.
    const c = bar('c');
    expect(c?.label).toMatchObject({ inside: false, anchor: 'end' });
    expect(c?.label?.x).toBeLessThan(c?.outer.left ?? 0);
  });

  it('mirrors positions in right-to-left layouts', () => {
    const ltr = ganttLayout(base([tenure('a', '1950-01-01', '1959-12-31')])).bars[0];
    const rtl = ganttLayout(base([tenure('a', '1950-01-01', '1959-12-31')], { rtl: true })).bars[0];
    expect(rtl.outer.left).toBeCloseTo(100 + 1100 - (ltr.outer.left + ltr.outer.width), 5);
    expect(rtl.label?.anchor).toBe('end');
  });

  it('zooms: drops tenures outside the period and cuts those that cross its edges', () => {
    const layout = ganttLayout(
      base([tenure('before', '1900-01-01', '1940-01-01'), tenure('across', '1940-01-01', '1960-01-01')], {
        domain: [Y(1950), Y(2000)],
      }),
    );
    expect(layout.bars.map((b) => b.tenure.id)).toEqual(['across']);
    const [bar] = layout.bars;
    expect(bar.cutStart).toBe(true);
    expect(bar.outer.left).toBe(100);
  });

  it('shares a fixed height among the rows', () => {
    const tenures = [tenure('a', '1950-01-01', '1960-01-01'), tenure('b', '1955-01-01', '1965-01-01')];
    const tall = ganttLayout(base(tenures, { height: 400 }));
    const short = ganttLayout(base(tenures, { height: 100 }));
    expect(tall.height).toBe(400);
    expect(tall.bars[0].height).toBeGreaterThan(short.bars[0].height);
  });

  it('stays one rect per bar at readable sizes, and turns dense past DENSE_BARS bars or when bars are too narrow', () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => tenure(`t${i}`, `${1900 + (i % 90)}-01-01`, `${1905 + (i % 90)}-06-30`));
    expect(ganttLayout(base(many(40))).dense).toBe(false);
    expect(ganttLayout(base(many(DENSE_BARS))).dense).toBe(false);
    expect(ganttLayout(base(many(DENSE_BARS + 1))).dense).toBe(true);
    // Three one-day tenures in a century: each under a pixel wide.
    const slivers = [tenure('a', '1950-01-01', '1950-01-01'), tenure('b', '1960-01-01', '1960-01-01')];
    expect(ganttLayout(base(slivers)).dense).toBe(true);
  });

  it("draws each bar's box as a closed subpath, at least a pixel wide like its rect", () => {
    const [bar] = ganttLayout(base([tenure('a', '1950-01-01', '1959-12-31')])).bars;
    expect(barOutline(bar)).toBe(`M${bar.outer.left},${bar.y}h${bar.outer.width}v${bar.height}h${-bar.outer.width}z`);
    expect(barOutline({ ...bar, outer: { left: 5, width: 0 } })).toBe(`M5,${bar.y}h1v${bar.height}h-1z`);
  });
});

describe('barStepper', () => {
  const tenures = [
    tenure('a', '1950-01-01', '1960-01-01'),
    tenure('b', '1955-01-01', '1958-01-01'),
    tenure('c', '1961-01-01', '1970-01-01'),
  ];
  it('moves forward in time with the arrow pointing that way, ArrowLeft in right-to-left layouts', () => {
    for (const rtl of [false, true]) {
      const { bars } = ganttLayout(base(tenures, { rtl }));
      const step = barStepper(bars, rtl);
      const id = (i: number | null) => (i == null ? null : bars[i].tenure.id);
      const a = bars.findIndex((b) => b.tenure.id === 'a');
      const c = step(a, rtl ? 'ArrowLeft' : 'ArrowRight');
      expect(id(c)).toBe('c');
      // The arrow points where the cursor goes: c lies that way of a on the screen.
      const cx = bars[c ?? 0].outer.left;
      expect(rtl ? cx < bars[a].outer.left : cx > bars[a].outer.left).toBe(true);
      expect(id(step(c ?? 0, rtl ? 'ArrowRight' : 'ArrowLeft'))).toBe('a');
    }
  });
  it('keeps the cursor (and the key) at the edges instead of letting the page scroll', () => {
    const { bars } = ganttLayout(base(tenures));
    const step = barStepper(bars, false);
    expect(step(0, 'ArrowUp')).toBe(0);
    expect(step(0, 'ArrowLeft')).toBe(0);
    const last = bars.length - 1;
    expect(step(last, 'ArrowDown')).toBe(last);
    expect(step(last, 'ArrowRight')).toBe(last);
    expect(step(0, 'a')).toBeNull();
  });
});

describe('the scales a Gantt layout hands out', () => {
  const tenures = [
    tenure('a', '1980-01-01', '1989-12-31'),
    tenure('b', '1950-06-15', '1960-01-01', { polity: 'SU' }),
    tenure('c', '1955-01-01', '1965-01-01', { polity: 'SU' }),
    tenure('d', '1970-01-01', '1975-01-01', { office: 'head-of-government' }),
  ];

  it('time: a bar starting 1 January 1980 begins where layout.time puts that day, as ms or as a Date', () => {
    const layout = ganttLayout(base(tenures));
    const bar = layout.bars.find((b) => b.tenure.id === 'a');
    expect(bar?.outer.left).toBe(rounded(layout.time(Date.UTC(1980, 0, 1))));
    expect(bar?.outer.left).toBe(rounded(layout.time(new Date('1980-01-01T00:00:00Z'))));
    expect(bar?.outer.left).toBe(900);
    // Its end: the end of its last day, 31 December 1989.
    expect(bar && bar.outer.left + bar.outer.width).toBeCloseTo(layout.time(Date.UTC(1990, 0, 1)), 1);
    expect(layout.time.domain().map(Number)).toEqual([Y(1900), Y(2000)]);
  });

  it('time: every bar edge in pixels is layout.time of its date, rounded, to the last bit', () => {
    const layout = ganttLayout(base(tenures));
    for (const bar of layout.bars) {
      expect(bar.outer.left).toBe(rounded(layout.time(bar.from)));
      expect(bar.outer.left + bar.outer.width).toBeCloseTo(rounded(layout.time(bar.to)), 5);
    }
    const x = linearTime(layout.time);
    for (let ms = Y(1890); ms < Y(2010); ms += 7_777_777_777) expect(x(ms)).toBe(layout.time(ms));
  });

  it('time: in right-to-left layouts time runs from right to left', () => {
    const layout = ganttLayout(base(tenures, { rtl: true }));
    expect(layout.time(Y(1900))).toBe(1100);
    expect(layout.time(Y(2000))).toBe(100);
    expect(layout.time(Y(1960))).toBeLessThan(layout.time(Y(1950)));
    const bar = layout.bars.find((b) => b.tenure.id === 'a');
    // Its start is its right edge.
    expect(bar && rounded(bar.outer.left + bar.outer.width)).toBe(rounded(layout.time(Date.UTC(1980, 0, 1))));
  });

  it("lane: each lane's key gives the top of its first row, and its bars sit in the rows below it", () => {
    const layout = ganttLayout(base(tenures));
    expect(layout.lane.domain()).toEqual(layout.lanes.map((l) => l.key));
    for (const lane of layout.lanes) expect(layout.lane(lane.key)).toBe(lane.y);
    const row = layout.bars[0].height + 6;
    for (const bar of layout.bars) {
      const top = layout.lane(bar.lane);
      expect(bar.y).toBe(top + bar.row * row + 3);
    }
    // Lanes differ in height: the SU lane has two rows.
    const [sy, gov, su] = layout.lanes;
    expect([sy.key, gov.key, su.key]).toEqual(['SY|head-of-state', 'SY|head-of-government', 'SU|head-of-state']);
    expect([sy.rows, gov.rows, su.rows]).toEqual([1, 1, 2]);
  });

  it('colour: each group of countries in the order its lanes come, in the palette', () => {
    const layout = ganttLayout(base(tenures));
    expect(layout.colour.domain()).toEqual(['SY', 'SU']);
    expect(layout.colour('SY')).toBe(paletteVar(0));
    expect(layout.colour('SU')).toBe(paletteVar(1));
    for (const bar of layout.bars) expect(bar.group).toBe(bar.tenure.polity);
  });
});

describe('sortIndices', () => {
  it('orders indices as a stable Array.prototype.sort with the same keys would, ties and all', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (const n of [0, 1, 5, 16, 17, 100, 1000, 3001]) {
      // Few distinct values, so most comparisons tie on the first keys.
      const a = Array.from({ length: n }, () => Math.floor(next() * 10) * DAY);
      const b = Array.from({ length: n }, () => Math.floor(next() * 3));
      const c = Array.from({ length: n }, () => Math.floor(next() * 3) + 0.5);
      const start = Array.from({ length: n }, (_, i) => i).sort(() => next() - 0.5);
      const cmp = (x: number, y: number) => (x < y ? -1 : x > y ? 1 : 0);
      expect(sortIndices([...start], a, b)).toEqual([...start].sort((i, j) => cmp(a[i], a[j]) || cmp(b[i], b[j])));
      expect(sortIndices([...start], a, b, c, [], true)).toEqual(
        [...start].sort((i, j) => cmp(a[i], a[j]) || cmp(b[i], b[j]) || cmp(c[i], c[j]) || i - j),
      );
    }
  });
});
