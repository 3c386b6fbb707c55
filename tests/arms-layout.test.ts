import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { armsLayout, binArmsDeals, kindOf, MAX_BAND, REPEAT_AXIS, stepSegment } from '../src/charts/arms/layout';
import { textWidth } from '../src/charts/kit/labels';
import { formatAmount, type Locale } from '../src/charts/kit/locale';
import { statusVar } from '../src/charts/kit/theme.js';
import type { ArmsDeal } from '../src/data/types';

const deal = (id: string, date: string, status: ArmsDeal['status'], extra: Partial<ArmsDeal> = {}): ArmsDeal => ({
  id,
  date,
  supplier: 'SU',
  recipient: 'SY',
  status,
  items: [{ system: 'MiG-21', category: 'aircraft', quantity: 10 }],
  sources: [{ source: 's' }],
  confidence: 'reported',
  ...extra,
});
const base = { width: 800, rtl: false, fontSize: 11, formatValue: String, formatPeriod: String };

describe('binArmsDeals', () => {
  it('stacks per period in status order, delivered first, then agreed, requested and refused: one colour, one status', () => {
    const bins = binArmsDeals(
      [
        deal('r', '1973-05', 'refused'),
        deal('d', '1973-10', 'delivered', { items: [{ system: 'SA-6', category: 'air-defence', quantity: 5 }] }),
        deal('a', '1973', 'agreed'),
        deal('d2', '1973-11', 'delivered'),
        deal('q', '1974', 'requested'),
      ],
      'quantity',
      1,
    );
    // Kinds share their status's segment: aircraft and air defence delivered in 1973 are one.
    expect(bins.stacks.map((s) => `${s.period} ${s.status} ${s.kind} ${s.low}`)).toEqual([
      '1973 delivered mixed 15',
      '1973 agreed aircraft 10',
      '1973 refused aircraft 10',
      '1974 requested aircraft 10',
    ]);
    expect(bins.extent).toEqual([1973, 1974]);
  });

  it('groups years into decades or five-year bins, partial dates by their first day', () => {
    const deals = [
      deal('a', '1969-12-31', 'delivered'),
      deal('b', '1970', 'delivered'),
      deal('c', '1979-06', 'delivered'),
    ];
    expect(binArmsDeals(deals, 'deals', 10).stacks.map((s) => [s.period, s.low])).toEqual([
      [1960, 1],
      [1970, 2],
    ]);
    expect(binArmsDeals(deals, 'deals', 5).stacks.map((s) => s.period)).toEqual([1965, 1970, 1975]);
  });

  it('adds ranges as ranges: the low and high sums travel separately', () => {
    const bins = binArmsDeals(
      [
        deal('a', '1973', 'delivered', {
          items: [{ system: 'launchers', category: 'missiles', quantity: { min: 400, max: 500 } }],
        }),
        deal('b', '1973', 'delivered', { items: [{ system: 'FROG', category: 'missiles', quantity: 30 }] }),
      ],
      'quantity',
      1,
    );
    expect(bins.stacks).toHaveLength(1);
    expect(bins.stacks[0]).toMatchObject({ low: 430, high: 530 });
    expect(bins.stacks[0].deals.map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('gives a deal spanning several kinds one value, as "mixed"; the kinds option keeps only the deals or items asked for', () => {
    const mixed = deal('m', '1974', 'delivered', {
      valueUsd: 2e9,
      items: [
        { system: 'MiG-23', category: 'aircraft', quantity: 45 },
        { system: 'T-62', category: 'armour', quantity: { min: 300, max: 400 } },
      ],
    });
    expect(kindOf(mixed)).toBe('mixed');
    expect(binArmsDeals([mixed], 'value', 1).stacks.map((s) => [s.kind, s.low])).toEqual([['mixed', 2e9]]);
    expect(binArmsDeals([mixed], 'quantity', 1).stacks.map((s) => [s.kind, s.low, s.high])).toEqual([
      ['mixed', 345, 445],
    ]);
    expect(binArmsDeals([mixed], 'quantity', 1, ['armour']).stacks.map((s) => [s.kind, s.low, s.high])).toEqual([
      ['armour', 300, 400],
    ]);
    expect(binArmsDeals([mixed], 'value', 1, ['armour']).stacks).toEqual([]);
    expect(binArmsDeals([mixed], 'deals', 1).stacks.map((s) => [s.kind, s.low])).toEqual([['mixed', 1]]);
  });

  it('keeps totals over several years and deals without the measure aside, never on a bar', () => {
    const total = deal('t', '1956', 'delivered', { end: '1991', valueUsd: 26e9 });
    const noValue = deal('n', '1980', 'delivered');
    const bins = binArmsDeals([total, noValue, deal('v', '1981', 'agreed', { valueUsd: 1e8 })], 'value', 1);
    expect(bins.totals.map((d) => d.id)).toEqual(['t']);
    expect(bins.unmeasured.map((d) => d.id)).toEqual(['n']);
    expect(bins.stacks.map((s) => s.period)).toEqual([1981]);
  });

  it('marks a stack disputed when any of its deals is', () => {
    const bins = binArmsDeals(
      [deal('a', '2007', 'agreed'), deal('b', '2007', 'agreed', { confidence: 'disputed' })],
      'deals',
      1,
    );
    expect(bins.stacks[0].disputed).toBe(true);
  });
});

describe('later stages', () => {
  it('draws a deal that continues another with it, never adding it again', () => {
    const first = deal('p', '2007', 'agreed', { valueUsd: 1e9 });
    const later = deal('p2', '2016', 'agreed', { valueUsd: 3e8, continues: 'p' });
    const bins = binArmsDeals([first, later], 'value', 1);
    expect(bins.stacks.map((s) => [s.period, s.low])).toEqual([[2007, 1e9]]);
    expect(bins.stacks[0].stages.map((d) => d.id)).toEqual(['p2']);
    // Continuing a deal that is not drawn (no value, another status): nothing counts it yet, so it stands alone.
    const orphan = binArmsDeals([deal('q', '2007', 'agreed'), { ...later, continues: 'q' }], 'value', 1);
    expect(orphan.stacks.map((s) => [s.period, s.low, s.deals.map((d) => d.id)])).toEqual([[2016, 3e8, ['p2']]]);
    const refusedOnly = binArmsDeals([{ ...later, status: 'refused' }], 'deals', 1);
    expect(refusedOnly.stacks.map((s) => s.status)).toEqual(['refused']);
  });
});

describe('armsLayout', () => {
  const stacks = binArmsDeals(
    [
      deal('a', '1970', 'delivered'),
      deal('b', '1970', 'refused'),
      deal('c', '1972', 'delivered', {
        items: [{ system: 'x', category: 'missiles', quantity: { min: 10, max: 20 } }],
      }),
    ],
    'quantity',
    1,
  ).stacks;

  it('stacks segments from the baseline up, one bar per period, with empty periods keeping their place', () => {
    const layout = armsLayout({ ...base, stacks, periods: [1970, 1972], bin: 1 });
    expect(layout.orientation).toBe('across');
    const [delivered, refused, ranged] = layout.segments;
    expect(delivered.box.y + delivered.box.height).toBeCloseTo(layout.plot.bottom, 0);
    expect(refused.box.y + refused.box.height).toBeCloseTo(delivered.box.y, 0);
    expect(refused.box.x).toBe(delivered.box.x);
    // Three periods wide, the 1972 bar two steps along.
    const step = (layout.plot.right - layout.plot.left) / 3;
    expect(ranged.box.x - delivered.box.x).toBeCloseTo(2 * step, 0);
    expect(layout.bars.map((b) => [b.period, b.high])).toEqual([
      [1970, 20],
      [1972, 20],
    ]);
  });

  it('draws a range to its top, with the sure part from the baseline', () => {
    const layout = armsLayout({ ...base, stacks, periods: [1970, 1972], bin: 1 });
    const ranged = layout.segments[2];
    expect(ranged.solid.height).toBeCloseTo(ranged.box.height / 2, 0);
    expect(ranged.solid.y + ranged.solid.height).toBeCloseTo(ranged.box.y + ranged.box.height, 1);
  });

  it('mirrors time right to left in Arabic, with the value axis on the right', () => {
    const ltr = armsLayout({ ...base, stacks, periods: [1970, 1972], bin: 1 });
    const rtl = armsLayout({ ...base, stacks, periods: [1970, 1972], bin: 1, rtl: true });
    expect(rtl.segments[0].box.x).toBeGreaterThan(rtl.segments[2].box.x);
    expect(ltr.segments[0].box.x).toBeLessThan(ltr.segments[2].box.x);
    expect(rtl.plot.right).toBeLessThan(800 - 20);
    expect(rtl.time(Date.UTC(1970, 0, 1))).toBeCloseTo(rtl.plot.right, 0);
  });

  it('turns horizontal on a narrow screen, time down the side, bars growing from the start edge', () => {
    const layout = armsLayout({ ...base, stacks, periods: [1970, 1972], bin: 1, width: 360 });
    expect(layout.orientation).toBe('down');
    const [delivered, refused, ranged] = layout.segments;
    expect(delivered.box.x).toBeCloseTo(layout.plot.left, 0);
    expect(refused.box.x).toBeCloseTo(delivered.box.x + delivered.box.width, 0);
    expect(ranged.box.y).toBeGreaterThan(delivered.box.y);
    const rtl = armsLayout({ ...base, stacks, periods: [1970, 1972], bin: 1, width: 360, rtl: true });
    expect(rtl.segments[0].box.x + rtl.segments[0].box.width).toBeCloseTo(rtl.plot.right, 0);
  });

  it('labels periods every few years when bars are too thin for each label, at round years', () => {
    const many = binArmsDeals([deal('a', '1950', 'delivered'), deal('b', '2020', 'delivered')], 'deals', 1).stacks;
    const layout = armsLayout({ ...base, stacks: many, periods: [1950, 2020], bin: 1, width: 600 });
    const labelled = layout.periodTicks.map((t) => t.value);
    expect(labelled.length).toBeLessThan(20);
    expect(labelled.every((y) => y % 5 === 0)).toBe(true);
    const gaps = layout.periodTicks.slice(1).map((t, i) => t.pos - layout.periodTicks[i].pos);
    expect(Math.min(...gaps)).toBeGreaterThan(30);
  });

  it('keeps whole numbers on the value axis for counts', () => {
    const one = binArmsDeals([deal('a', '1970', 'delivered')], 'deals', 1).stacks;
    const layout = armsLayout({ ...base, stacks: one, periods: [1970, 1970], bin: 1, whole: true });
    expect(layout.valueTicks.map((t) => t.value)).toEqual([0, 1]);
  });

  it('moves the keyboard along time at the same height, and up and down the stack', () => {
    const layout = armsLayout({ ...base, stacks, periods: [1970, 1972], bin: 1 });
    expect(stepSegment(layout, 0, 'ArrowUp', false)).toBe(1);
    expect(stepSegment(layout, 1, 'ArrowUp', false)).toBeNull();
    expect(stepSegment(layout, 1, 'ArrowRight', false)).toBe(2);
    expect(stepSegment(layout, 2, 'ArrowLeft', false)).toBe(0);
    expect(stepSegment(layout, 0, 'ArrowLeft', true)).toBe(2);
    const flat = armsLayout({ ...base, stacks, periods: [1970, 1972], bin: 1, width: 360 });
    expect(stepSegment(flat, 0, 'ArrowDown', false)).toBe(2);
    expect(stepSegment(flat, 0, 'ArrowRight', false)).toBe(1);
  });
});

describe('what a reader sees of the axes and bars', () => {
  const one = binArmsDeals([deal('a', '1970', 'delivered')], 'deals', 1).stacks;
  const many = binArmsDeals(
    Array.from({ length: 60 }, (_, i) => deal(`d${i}`, String(1950 + i), 'delivered')),
    'deals',
    1,
  ).stacks;

  it('caps bar widths: one period on a wide chart is a bar, not a wall', () => {
    const layout = armsLayout({ ...base, stacks: one, periods: [1970, 1970], bin: 1, width: 1280 });
    expect(layout.band).toBeLessThanOrEqual(MAX_BAND);
    expect(layout.segments[0].box.width).toBeLessThanOrEqual(MAX_BAND);
    // Centred in its period.
    const centre = layout.segments[0].box.x + layout.segments[0].box.width / 2;
    expect(centre).toBeCloseTo((layout.plot.left + layout.plot.right) / 2, 0);
  });

  it('names the unit above the value axis, on the side the axis is on', () => {
    const ltr = armsLayout({ ...base, stacks: one, periods: [1970, 1970], bin: 1, unit: 'Deals' });
    expect(ltr.unit).toMatchObject({ text: 'Deals', x: 0, anchor: 'start' });
    expect(ltr.unit?.y).toBeLessThan(ltr.plot.top - 6);
    const rtl = armsLayout({ ...base, stacks: one, periods: [1970, 1970], bin: 1, unit: 'Deals', rtl: true });
    expect(rtl.unit).toMatchObject({ x: 800, anchor: 'end' });
    const phone = armsLayout({ ...base, stacks: one, periods: [1970, 1970], bin: 1, unit: 'Deals', width: 360 });
    expect(phone.unit?.y).toBeLessThan(phone.valueAxis[0]);
  });

  it('on a phone, puts the value axis at the top, where a reader starts, and again at the foot of a tall chart', () => {
    const short = armsLayout({ ...base, stacks: one, periods: [1970, 1972], bin: 1, width: 360 });
    expect(short.orientation).toBe('down');
    expect(short.valueAxis).toHaveLength(1);
    expect(short.valueAxis[0]).toBeLessThan(short.plot.top);
    const tall = armsLayout({ ...base, stacks: many, periods: [1950, 2009], bin: 1, width: 360 });
    expect(tall.plot.bottom - tall.plot.top).toBeGreaterThan(REPEAT_AXIS);
    expect(tall.valueAxis[0]).toBeLessThan(tall.plot.top);
    expect(tall.valueAxis[1]).toBeGreaterThan(tall.plot.bottom);
    expect(tall.height).toBeGreaterThan(tall.valueAxis[1]);
  });
});

describe('options from a page’s own code', () => {
  it('ignores a kinds option that is not a list, and draws every kind', () => {
    const deals = [deal('a', '1970', 'delivered')];
    const all = binArmsDeals(deals, 'deals', 1).stacks;
    expect(binArmsDeals(deals, 'deals', 1, 'aircraft' as unknown as [])).toEqual(
      expect.objectContaining({ stacks: all }),
    );
    expect(binArmsDeals(deals, 'deals', 1, 7 as unknown as []).stacks).toEqual(all);
  });
});

describe('a series of charts', () => {
  it('shares one value scale when given maxValue, and still fits a taller bar', () => {
    const small = binArmsDeals([deal('a', '1970', 'delivered')], 'deals', 1).stacks;
    const own = armsLayout({ ...base, stacks: small, periods: [1970, 1970], bin: 1, whole: true });
    const shared = armsLayout({ ...base, stacks: small, periods: [1970, 1970], bin: 1, whole: true, maxValue: 10 });
    expect(own.valueTicks.at(-1)?.value).toBe(1);
    expect(shared.valueTicks.at(-1)?.value).toBe(10);
    expect(shared.segments[0].box.height).toBeLessThan(own.segments[0].box.height / 5);
    const over = armsLayout({ ...base, stacks: small, periods: [1970, 1970], bin: 1, whole: true, maxValue: 0.5 });
    expect(over.valueTicks.at(-1)?.value).toBe(1);
  });
});

describe('the scales the layout hands out', () => {
  const stacks = binArmsDeals(
    [deal('a', '1970', 'delivered'), deal('b', '1970', 'refused'), deal('c', '1972', 'agreed')],
    'deals',
    1,
  ).stacks;
  const bandAt = (l: ReturnType<typeof armsLayout>, year: number) => l.period(year) ?? Number.NaN;
  const inset = (l: ReturnType<typeof armsLayout>) => (l.period.step() - l.band) / 2;

  it('period(first year) is where the bar’s step starts, value(0) the baseline, time(1 January) the step’s start edge', () => {
    const layout = armsLayout({ ...base, stacks, periods: [1970, 1972], bin: 1 });
    const [first, , last] = layout.segments;
    expect(layout.period.domain()).toEqual([1970, 1971, 1972]);
    expect(bandAt(layout, 1970) + inset(layout)).toBeCloseTo(first.box.x, 1);
    expect(bandAt(layout, 1972) + inset(layout)).toBeCloseTo(last.box.x, 1);
    expect(layout.value(0)).toBeCloseTo(layout.plot.bottom, 5);
    expect(layout.value(1)).toBeCloseTo(first.box.y, 1);
    expect(layout.time(Date.UTC(1970, 0, 1))).toBeCloseTo(bandAt(layout, 1970), 5);
    expect(layout.time(Date.UTC(1972, 0, 1))).toBeCloseTo(bandAt(layout, 1972), 5);
    expect(layout.time(new Date(Date.UTC(1973, 0, 1)))).toBeCloseTo(layout.plot.right, 5);
  });

  it('runs right to left in Arabic: the 1970 band on the right, time(1 January 1970) its right edge', () => {
    const rtl = armsLayout({ ...base, stacks, periods: [1970, 1972], bin: 1, rtl: true });
    expect(bandAt(rtl, 1970)).toBeGreaterThan(bandAt(rtl, 1972));
    expect(bandAt(rtl, 1970) + inset(rtl)).toBeCloseTo(rtl.segments[0].box.x, 1);
    expect(rtl.time(Date.UTC(1970, 0, 1))).toBeCloseTo(bandAt(rtl, 1970) + rtl.period.step(), 5);
    expect(rtl.time(Date.UTC(1973, 0, 1))).toBeCloseTo(rtl.plot.left, 5);
    expect(rtl.value(0)).toBeCloseTo(rtl.plot.bottom, 5);
  });

  it('with time down the side: period and time along y, value(0) at the start edge (the right one in Arabic)', () => {
    const down = armsLayout({ ...base, stacks, periods: [1970, 1972], bin: 1, width: 360 });
    expect(bandAt(down, 1970) + inset(down)).toBeCloseTo(down.segments[0].box.y, 1);
    expect(down.time(Date.UTC(1970, 0, 1))).toBeCloseTo(down.plot.top, 5);
    expect(down.value(0)).toBeCloseTo(down.plot.left, 5);
    const rtl = armsLayout({ ...base, stacks, periods: [1970, 1972], bin: 1, width: 360, rtl: true });
    expect(rtl.value(0)).toBeCloseTo(rtl.plot.right, 5);
    expect(rtl.period(1970)).toBeCloseTo(bandAt(down, 1970), 5);
  });

  it('groups periods by bin: one band per decade', () => {
    const decades = binArmsDeals([deal('a', '1970', 'delivered'), deal('b', '1995', 'agreed')], 'deals', 10).stacks;
    const layout = armsLayout({ ...base, stacks: decades, periods: [1970, 1990], bin: 10 });
    expect(layout.period.domain()).toEqual([1970, 1980, 1990]);
    expect(layout.time(Date.UTC(1980, 0, 1))).toBeCloseTo(bandAt(layout, 1980), 5);
  });

  it('colours by status with the theme’s status variables', () => {
    const layout = armsLayout({ ...base, stacks, periods: [1970, 1972], bin: 1 });
    expect(layout.colour.domain()).toEqual(['delivered', 'agreed', 'requested', 'refused']);
    expect(layout.colour('delivered')).toBe(statusVar(0));
    expect(layout.colour('refused')).toBe(statusVar(3));
  });
});

describe('value axis labels', () => {
  it('never touch, whatever the width, locale and largest value (time down the side)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 240, max: 1400 }),
        fc.constantFrom<Locale>('en', 'ar', 'ru'),
        fc.double({ min: 1, max: 5e10, noNaN: true }),
        (width, locale, top) => {
          const formatValue = (v: number) => formatAmount(v, locale, { currency: 'USD' });
          const bins = binArmsDeals(
            [deal('a', '1970', 'delivered', { valueUsd: top }), deal('b', '1980', 'agreed', { valueUsd: top / 3 })],
            'value',
            1,
          );
          const layout = armsLayout({
            ...base,
            stacks: bins.stacks,
            periods: [1970, 1980],
            bin: 1,
            width,
            rtl: locale === 'ar',
            formatValue,
            orientation: 'down',
          });
          const half = (v: number) => textWidth(formatValue(v), 11) / 2;
          const ticks = layout.valueTicks;
          for (let i = 1; i < ticks.length; i++)
            expect(Math.abs(ticks[i].pos - ticks[i - 1].pos)).toBeGreaterThanOrEqual(
              half(ticks[i].value) + half(ticks[i - 1].value),
            );
        },
      ),
      { numRuns: 400 },
    );
  });
});
