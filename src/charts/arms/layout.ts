import { type ScaleBand, type ScaleLinear, type ScaleOrdinal, scaleBand, scaleLinear, scaleOrdinal } from 'd3-scale';
import { stack } from 'd3-shape';
import { periodOf } from '../../data/counts.js';
import type { ArmsCategory, ArmsDeal, ArmsDealStatus, Quantity } from '../../data/types.js';
import { fewerTicks } from '../kit/fewerTicks.js';
import { textWidth } from '../kit/labels.js';
import { type Box, timeKeys } from '../kit/markNavigation.js';
import { rounded } from '../kit/sizes.js';
import { statusVar } from '../kit/theme.js';
import { newYear, periodTimeScale, type TimeScale } from '../kit/timeScale.js';

/** What the bars measure: reported value in US dollars, items delivered or asked for, or deals. */
export type ArmsMeasure = 'value' | 'quantity' | 'deals';

/** A weapon category, or `'mixed'` for a deal whose value or count spans several. */
export type ArmsKind = ArmsCategory | 'mixed';

/** Stacking order from the baseline, and the order of the colours: what was supplied first, then what was only asked for or refused. */
export const STATUSES: readonly ArmsDealStatus[] = ['delivered', 'agreed', 'requested', 'refused'];
/** Order of the kinds in tooltips, tables and the `kinds` option. */
export const KINDS: readonly ArmsKind[] = ['aircraft', 'air-defence', 'missiles', 'armour', 'naval', 'other', 'mixed'];

/** The deals of one period and status, and their sum in the chosen measure. */
export interface ArmsStack {
  /** First year of the period. */
  period: number;
  status: ArmsDealStatus;
  /** The kind of weapon every deal in it shares, or `'mixed'`. */
  kind: ArmsKind;
  deals: ArmsDeal[];
  /** Later stages of those deals (records with `continues`): drawn with them, never added again. */
  stages: ArmsDeal[];
  /** The sum where every range is at its lowest. */
  low: number;
  /** The sum where every range is at its highest (equal to `low` without ranges). */
  high: number;
  /** True when any deal in it is disputed. */
  disputed: boolean;
}

/** Deals grouped into stacks, and the deals that could not be drawn as bars, with why. */
export interface ArmsBins {
  /** Ordered by period, status ({@link STATUSES}) and kind ({@link KINDS}). */
  stacks: ArmsStack[];
  /** Totals over several years (records with `end`): shown in the notes and table, never piled on one bar. */
  totals: ArmsDeal[];
  /** Deals with nothing to measure: no reported value, or no item quantity. */
  unmeasured: ArmsDeal[];
  /** First and last period holding a deal, or null when there is none. */
  extent: [number, number] | null;
}

const low = (q: Quantity) => (typeof q === 'number' ? q : q.min);
const high = (q: Quantity) => (typeof q === 'number' ? q : q.max);

/** The one category of a deal's items, or `'mixed'` when they span several. */
export function kindOf(deal: ArmsDeal): ArmsKind {
  const first = deal.items[0]?.category ?? 'other';
  return deal.items.every((item) => item.category === first) ? first : 'mixed';
}

/**
 * Groups deals into stacks per period and status (colour means status
 * only). By value and by deal count a deal adds once; by quantity each of
 * its items adds. Ranges add up as ranges. `kinds` keeps only deals (or,
 * by quantity, items) of those kinds. A deal that continues another
 * (`continues`) is drawn with it and never added again, or on its own
 * where the deal it continues is not drawn.
 */
export function binArmsDeals(
  deals: readonly ArmsDeal[],
  measure: ArmsMeasure,
  bin: number,
  kinds?: readonly ArmsKind[],
): ArmsBins {
  const size = Math.max(1, Math.floor(bin));
  const stacks = new Map<number, ArmsStack>();
  const totals: ArmsDeal[] = [];
  const unmeasured: ArmsDeal[] = [];
  const later: ArmsDeal[] = [];
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  // A list from a page's own code may be anything: only a list of kinds filters.
  const only = Array.isArray(kinds) ? kinds : undefined;
  const wanted = (kind: ArmsKind) => !only || only.includes(kind);
  const add = (period: number, deal: ArmsDeal, kind: ArmsKind, amount: Quantity) => {
    // A number, not a string, for a key: binning runs once per deal and item.
    const key = period * 8 + STATUSES.indexOf(deal.status);
    let stack = stacks.get(key);
    if (!stack) {
      stack = { period, status: deal.status, kind, deals: [], stages: [], low: 0, high: 0, disputed: false };
      stacks.set(key, stack);
    }
    if (stack.deals[stack.deals.length - 1] !== deal) stack.deals.push(deal);
    if (stack.kind !== kind) stack.kind = 'mixed';
    stack.low += low(amount);
    stack.high += high(amount);
    stack.disputed ||= deal.confidence === 'disputed';
  };
  const place = (deal: ArmsDeal) => {
    if (deal.end !== undefined) {
      if (wanted(kindOf(deal))) totals.push(deal);
      return;
    }
    const period = periodOf(deal.date, size);
    if (period === null) return;
    let drawn = false;
    if (measure === 'quantity') {
      const items = deal.items.filter((item) => wanted(item.category));
      if (!items.length) return;
      for (const item of items) {
        if (item.quantity === undefined) continue;
        add(period, deal, item.category, item.quantity);
        drawn = true;
      }
    } else {
      const kind = kindOf(deal);
      if (!wanted(kind)) return;
      if (measure === 'value') {
        if (deal.valueUsd !== undefined) {
          add(period, deal, kind, deal.valueUsd);
          drawn = true;
        }
      } else {
        add(period, deal, kind, 1);
        drawn = true;
      }
    }
    if (!drawn) unmeasured.push(deal);
    else {
      if (period < first) first = period;
      if (period > last) last = period;
    }
  };
  for (const deal of deals) {
    if (deal.continues !== undefined) later.push(deal);
    else place(deal);
  }
  // A later stage joins the stack of the deal it continues where that is drawn; where it is
  // not (another status, another period, no value), nothing counts it yet, so it stands alone.
  const stackOf = new Map<string, ArmsStack>();
  for (const stack of stacks.values()) for (const d of stack.deals) stackOf.set(d.id, stack);
  for (const deal of later) {
    const stack = stackOf.get(deal.continues as string);
    if (stack) stack.stages.push(deal);
    else place(deal);
  }
  return {
    stacks: [...stacks.values()].sort(
      (a, b) => a.period - b.period || STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status),
    ),
    totals,
    unmeasured,
    extent: first <= last ? [first, last] : null,
  };
}

/** A stack placed on the chart. */
export interface ArmsSegment extends ArmsStack {
  /** Index of its bar in {@link ArmsLayout.bars}. */
  bar: number;
  /** Position in its bar from the baseline. */
  level: number;
  /** Everything the segment may cover, the top of its ranges included. */
  box: Box;
  /** What it surely covers (its lowest sum); equal to `box` without ranges. */
  solid: Box;
}

/** The bar of one period. */
export interface ArmsBar {
  period: number;
  segments: ArmsSegment[];
  /** Sum of the segments' highest values. */
  high: number;
}

/** A tick on an axis: its value and where it sits. */
export interface Tick {
  value: number;
  pos: number;
}

/** Which way time runs: across (bars standing on a time axis along the bottom) or down the side. */
export type ArmsOrientation = 'across' | 'down';

/**
 * The orientation asked for, old names accepted (`'vertical'` bars have time across,
 * `'horizontal'` bars time down); `'auto'` and anything else decide from the width.
 */
export function orientationOf(asked: unknown): ArmsOrientation | 'auto' {
  if (asked === 'across' || asked === 'vertical') return 'across';
  if (asked === 'down' || asked === 'horizontal') return 'down';
  return 'auto';
}

/** Everything the chart draws, in pixels. */
export interface ArmsLayout {
  /** Which way time runs: `'across'` (bars standing on the time axis) or `'down'` (bars growing from the side). */
  orientation: ArmsOrientation;
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Years per period (per bar). */
  bin: number;
  /** First and last period shown. */
  periods: [number, number];
  /** Bars with at least one segment, oldest first. */
  bars: ArmsBar[];
  /** Segments in reading order: period, then from the baseline out. */
  segments: ArmsSegment[];
  /** Thickness of a bar across the time axis. */
  band: number;
  valueTicks: Tick[];
  /**
   * Where the value labels sit across the time axis: x of their anchor
   * (vertical bars), or the baselines of the rows of labels (horizontal
   * bars: at the top, where a phone reader starts, and again at the foot
   * of a tall chart).
   */
  valueAxis: number[];
  /** What the values count, e.g. "Reported value, US$", above the value axis. */
  unit: { text: string; x: number; y: number; anchor: 'start' | 'end' } | null;
  /** Periods labelled on the time axis. */
  periodTicks: Tick[];
  /**
   * The one time-to-pixel mapping: 1 January of the first period at the start edge of its band's
   * step, along x when time runs across (mirrored right to left), along y when it runs down.
   */
  time: TimeScale;
  /** First year of a period → start of its step along the time axis (a bar sits `inset` into it). */
  period: ScaleBand<number>;
  /** Value → position across the time axis; `value(0)` is the baseline. */
  value: ScaleLinear<number, number>;
  /** Status → the CSS colour variable its segments are filled with. */
  colour: ScaleOrdinal<ArmsDealStatus, string>;
}

/** What {@link armsLayout} needs besides the stacks. */
export interface ArmsLayoutInput {
  stacks: readonly ArmsStack[];
  /** First and last period to show. */
  periods: [number, number];
  /** Years per period (per bar). */
  bin: number;
  width: number;
  /** Fixed total height; default: from the width (vertical) or the number of periods (horizontal). */
  height?: number;
  /** Default: time across, unless the width leaves bars too thin to read. */
  orientation?: ArmsOrientation;
  rtl: boolean;
  fontSize: number;
  /** Value tick labels as printed (for measuring the axis). */
  formatValue: (value: number) => string;
  /** Period labels as printed. */
  formatPeriod: (period: number) => string;
  /** Whole numbers only on the value axis (counts of deals or items). */
  whole?: boolean;
  /** Room kept above everything, e.g. for the legend. */
  top?: number;
  /** What the values count, printed above the value axis. */
  unit?: string;
  /** The value axis reaches at least this, so charts of a series (one per kind) share a scale. */
  maxValue?: number;
}

/** The most years a bar may hold: more would reach past the calendar a Date can hold. */
export const MAX_BIN = 1000;

/** Narrower than this, or bars thinner than {@link MIN_BAND}, and the chart turns horizontal. */
export const NARROW = 480;
export const MIN_BAND = 5;
/** The widest a bar gets, however few the periods: a bar is a bar, not a wall. */
export const MAX_BAND = 48;
/** A horizontal chart taller than this repeats its value axis at the foot. */
export const REPEAT_AXIS = 400;
const ROUND = [1, 2, 5, 10, 20, 25, 50, 100];
const round = rounded;

/**
 * Places the bars: vertical with time along the bottom (mirrored right to
 * left in Arabic), or horizontal with time running down the side on narrow
 * screens. Segments stack from the baseline in {@link STATUSES} order; a
 * segment holding ranges reaches to their top, with its sure part marked.
 */
export function armsLayout(input: ArmsLayoutInput): ArmsLayout {
  const { stacks, bin, width, rtl, fontSize, formatValue, formatPeriod } = input;
  const [first, last] = input.periods;
  const count = Math.max(1, Math.floor((last - first) / bin) + 1);
  const asked = input.maxValue;
  const max = Math.max(
    stacksMax(stacks, first, last),
    Number.isFinite(asked) && (asked as number) > 0 ? (asked as number) : 0,
  );
  const periodLabelWidth = Math.max(...[first, last].map((p) => textWidth(formatPeriod(p), fontSize)));
  const vertical =
    input.orientation === 'across' ||
    (input.orientation !== 'down' && width >= NARROW && (width - 60) / count >= MIN_BAND);

  const value = scaleLinear().domain([0, max || 1]);
  const row = fontSize + 5;
  const keep = (t: number) => !input.whole || Number.isInteger(t);

  let plot: ArmsLayout['plot'];
  let height: number;
  let valueTicks: Tick[];
  let place: (index: number) => number;
  let step: number;
  let time: TimeScale;

  const unitRow = input.unit ? row + 2 : 0;
  let valueAxis: number[];
  let unitAt: { x: number; y: number; anchor: 'start' | 'end' };
  if (vertical) {
    // Legend, then the unit's line, then the marker labels' rows, then the plot.
    const unitY = (input.top ?? 0) + fontSize;
    const top = (input.top ?? 0) + unitRow + fontSize;
    height = input.height ?? Math.round(Math.min(420, Math.max(220, width * 0.45)) + top);
    const bottom = height - (fontSize + 14);
    value.range([bottom, top]).nice(Math.max(2, Math.floor((bottom - top) / 50)));
    const ticks = value.ticks(Math.max(2, Math.floor((bottom - top) / 50))).filter(keep);
    const axis = Math.max(...ticks.map((t) => textWidth(formatValue(t), fontSize))) + 8;
    // Half a period label of room at the far end, so the last one is not cut.
    const end = Math.max(4, periodLabelWidth / 2);
    plot = rtl ? { left: end, right: width - axis, top, bottom } : { left: axis, right: width - end, top, bottom };
    step = (plot.right - plot.left) / count;
    place = (i) => (rtl ? plot.right - (i + 1) * step : plot.left + i * step);
    valueTicks = ticks.map((t) => ({ value: t, pos: round(value(t)) }));
    valueAxis = [rtl ? plot.right + 4 : plot.left - 4];
    unitAt = { x: rtl ? width : 0, y: unitY, anchor: rtl ? 'end' : 'start' };
    time = rtl
      ? yearlyTimeScale(first, count, bin, plot.right, plot.left)
      : yearlyTimeScale(first, count, bin, plot.left, plot.right);
  } else {
    const label = periodLabelWidth + 8;
    // Legend, the unit's line, a row of value labels, then the bars; value labels again at the foot of a tall chart.
    const unitY = (input.top ?? 0) + fontSize;
    const axisY = (input.top ?? 0) + unitRow + fontSize + 2;
    const top = axisY + 6;
    const fixed = input.height;
    const foot = fontSize + 14;
    // A line of small text per period, bars 10 px or thicker: the phone chart no taller than it must be.
    step = fixed ? Math.max(2, (fixed - top - foot) / count) : fontSize + 4;
    const bottom = top + count * step;
    const repeat = bottom - top > REPEAT_AXIS;
    height = fixed ?? Math.round(bottom + (repeat ? foot : 4));
    const lastTick = textWidth(formatValue(max), fontSize) / 2 + 4;
    plot = rtl
      ? { left: lastTick, right: width - label, top, bottom }
      : { left: label, right: width - lastTick, top, bottom };
    value
      .range(rtl ? [plot.right, plot.left] : [plot.left, plot.right])
      .nice(Math.max(2, Math.floor((plot.right - plot.left) / 80)));
    // Labels are centred on their ticks along this axis: fewer ticks until no two labels touch.
    const ticks = fewerTicks(
      Math.max(2, Math.floor((plot.right - plot.left) / 80)),
      (n) => value.ticks(n).filter(keep),
      value,
      formatValue,
      fontSize,
    );
    valueTicks = ticks.map((t) => ({ value: t, pos: round(value(t)) }));
    place = (i) => top + i * step;
    time = yearlyTimeScale(first, count, bin, top, bottom);
    valueAxis = repeat ? [axisY, round(bottom + 4 + fontSize)] : [axisY];
    unitAt = { x: rtl ? width : 0, y: unitY, anchor: rtl ? 'end' : 'start' };
  }

  const band = round(Math.max(1, Math.min(MAX_BAND, step * (vertical ? 0.8 : 0.75))));
  const inset = (step - band) / 2;
  // Label every kth period, k a round number, so the labels never touch.
  const need = vertical ? periodLabelWidth + 8 : fontSize + 2;
  const every = ROUND.find((k) => k * step >= need) ?? ROUND[ROUND.length - 1];
  const periodTicks: Tick[] = [];
  for (let i = 0; i < count; i++) {
    const period = first + i * bin;
    if ((period / bin) % every === 0 || every === 1)
      periodTicks.push({ value: period, pos: round(place(i) + step / 2) });
  }

  // One step per period, no padding: period(p) is where the bar's step starts (its lower edge, right to left too).
  const domain = Array.from({ length: count }, (_, i) => first + i * bin);
  const along0 = vertical ? [plot.left, plot.right] : [plot.top, plot.bottom];
  const periodScale = scaleBand<number>()
    .domain(domain)
    .range(vertical && rtl ? [along0[1], along0[0]] : [along0[0], along0[1]]);

  const bars: ArmsBar[] = [];
  const segments: ArmsSegment[] = [];
  const along = (from: number, to: number, at: number): Box => {
    // Value `from` to `to` of a bar whose band starts at `at`.
    const a = value(from);
    const b = value(to);
    return vertical
      ? { x: round(at + inset), y: round(Math.min(a, b)), width: band, height: round(Math.abs(a - b)) }
      : { x: round(Math.min(a, b)), y: round(at + inset), width: round(Math.abs(a - b)), height: band };
  };
  let bar: ArmsBar | undefined;
  // Each segment's base, stacked as d3-shape's stack (BarStack's semantics) stacks: series keys are the statuses,
  // in stacking order, one row per period; a status a period lacks adds nothing.
  const bases = stackBases(stacks, first, last);
  let base = 0;
  for (const stack of stacks) {
    if (stack.period < first || stack.period > last) continue;
    if (!bar || bar.period !== stack.period) {
      bar = { period: stack.period, segments: [], high: 0 };
      bars.push(bar);
      base = 0;
    }
    const at = place((stack.period - first) / bin);
    base = bases(stack);
    const segment: ArmsSegment = {
      period: stack.period,
      status: stack.status,
      kind: stack.kind,
      deals: stack.deals,
      stages: stack.stages,
      low: stack.low,
      high: stack.high,
      disputed: stack.disputed,
      bar: bars.length - 1,
      level: bar.segments.length,
      box: along(base, base + stack.high, at),
      solid: along(base, base + stack.low, at),
    };
    bar.high = base + stack.high;
    bar.segments.push(segment);
    segments.push(segment);
  }

  return {
    orientation: vertical ? 'across' : 'down',
    width,
    height,
    plot,
    bin,
    periods: [first, last],
    bars,
    segments,
    band,
    valueTicks,
    valueAxis,
    unit: input.unit ? { text: input.unit, ...unitAt } : null,
    periodTicks,
    time,
    period: periodScale,
    value,
    colour: statusColours(),
  };
}

/**
 * The kit's period time scale, with a knot on the 1 January that starts each
 * period: every period takes the same length, leap years or not, so the
 * first day of any period falls exactly where its step starts.
 */
export function yearlyTimeScale(first: number, count: number, bin: number, from: number, to: number): TimeScale {
  const scale = periodTimeScale(first, first + count * bin, from, to);
  if (count < 2) return scale;
  const knots = Array.from({ length: count + 1 }, (_, i) => first + i * bin);
  return scale
    .domain(knots.map((y) => new Date(newYear(y))))
    .range(knots.map((_, i) => from + ((to - from) * i) / count));
}

/** Status → the CSS colour variable of its segments: colour means status, and only status. */
export function statusColours(): ScaleOrdinal<ArmsDealStatus, string> {
  return scaleOrdinal<ArmsDealStatus, string>()
    .domain(STATUSES)
    .range(STATUSES.map((_, i) => statusVar(i)));
}

/** Where each stack starts in its bar: d3-shape's stack over periods (rows) × statuses (series keys), by highest sums. */
function stackBases(stacks: readonly ArmsStack[], first: number, last: number): (stack: ArmsStack) => number {
  const rows = new Map<number, Partial<Record<ArmsDealStatus, number>>>();
  for (const s of stacks) {
    if (s.period < first || s.period > last) continue;
    const row = rows.get(s.period) ?? {};
    row[s.status] = s.high;
    rows.set(s.period, row);
  }
  const periods = [...rows.keys()];
  const series = stack<Partial<Record<ArmsDealStatus, number>>, ArmsDealStatus>()
    .keys(STATUSES)
    .value((row, key) => row[key] ?? 0)([...rows.values()]);
  const index = new Map(periods.map((p, i) => [p, i]));
  return (s) => series[STATUSES.indexOf(s.status)][index.get(s.period) as number][0];
}

/** The tallest bar in a period range: the sum of its stacks' highest values. */
function stacksMax(stacks: readonly ArmsStack[], first: number, last: number): number {
  const sums = new Map<number, number>();
  let max = 0;
  for (const s of stacks) {
    if (s.period < first || s.period > last) continue;
    const sum = (sums.get(s.period) ?? 0) + s.high;
    sums.set(s.period, sum);
    if (sum > max) max = sum;
  }
  return max;
}

/**
 * Where an arrow key leads from segment `index`: along time to the next
 * bar (at the same height in its stack, or its top), or up and down the
 * stack. Keys follow the picture: mirrored in right-to-left layouts and
 * turned with a horizontal chart. Null for keys that lead nowhere.
 */
export function stepSegment(layout: ArmsLayout, index: number, key: string, rtl: boolean): number | null {
  const segment = layout.segments[index];
  if (!segment) return null;
  const vertical = layout.orientation === 'across';
  const along = timeKeys(rtl);
  const [later, earlier] = vertical ? [along.forward, along.back] : ['ArrowDown', 'ArrowUp'];
  const [outward, inward] = vertical
    ? ['ArrowUp', 'ArrowDown']
    : rtl
      ? ['ArrowLeft', 'ArrowRight']
      : ['ArrowRight', 'ArrowLeft'];
  const bar = layout.bars[segment.bar];
  if (key === outward || key === inward) {
    const next = bar.segments[segment.level + (key === outward ? 1 : -1)];
    return next ? layout.segments.indexOf(next) : null;
  }
  if (key === later || key === earlier) {
    const other = layout.bars[segment.bar + (key === later ? 1 : -1)];
    if (!other) return null;
    return layout.segments.indexOf(other.segments[Math.min(segment.level, other.segments.length - 1)]);
  }
  return null;
}
