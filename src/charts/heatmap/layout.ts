import {
  type ScaleBand,
  type ScaleOrdinal,
  type ScaleThreshold,
  scaleBand,
  scaleOrdinal,
  scaleThreshold,
} from 'd3-scale';
import { periodOf } from '../../data/counts.js';
import type { Visit } from '../../data/types.js';
import { textWidth } from '../kit/labels.js';
import { timeKeys } from '../kit/markNavigation.js';
import { FONT_SIZE } from '../kit/sizes.js';
import { seqVar, themeVar } from '../kit/theme.js';
import { newYear, periodTimeScale, type TimeScale } from '../kit/timeScale.js';
import { type GridInput, MARGIN, mirror, placeAcross, placeDown, placeTenures, rowBlocks, widest } from './place.js';

export { fitOrEllipsis, WIDE_FACE } from './place.js';

/** One row of the grid (a column when the grid is turned): a direction, or a direction and a level. */
export interface HeatmapSeriesSpec {
  /** Cells of visits with the same key share a row. */
  key: string;
  /** Key of the block the row belongs to (the direction). */
  group: string;
  /** The block's heading, e.g. "Syria → USSR / Russia"; empty for none. */
  groupLabel: string;
  /** The row's label, e.g. "Head of state". */
  label: string;
  /** Rows are ordered by this, then by first appearance. */
  order: number;
}

/** A text label placed on the chart. */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Turned a quarter to read bottom to top (column headings of a turned grid). */
  turned?: boolean;
}

/** One cell: the visits of one row in one period. */
export interface HeatmapCell {
  /** Key of its row (see {@link HeatmapSeriesSpec.key}). */
  series: string;
  /** First year of the period. */
  period: number;
  /** Years in the period. */
  bin: number;
  count: number;
  /** The visits counted, in the order given (the bundled data is oldest first). */
  visits: Visit[];
  /** Later stages of those visits (records with `continues`): shown with them, never counted again. */
  stages: Visit[];
  /** False when the data does not cover the period: "no data", not zero. */
  covered: boolean;
  /** Colour step, 1 to 5 on the sequential ramp; 0 for no visits. */
  shade: number;
  /** Position in the visual grid, in reading order. */
  row: number;
  col: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Whether the count fits as text inside the cell. */
  showCount: boolean;
}

/** A step of the colour scale: counts from `from` to `to`, drawn in `shade`. */
export interface ColourStep {
  from: number;
  to: number;
  shade: number;
}

/** A band of tenures along the time axis (who ruled on one side). */
export interface HeatmapStripInput {
  key: string;
  label: string;
  spans: readonly { id: string; from: number; to: number; names: readonly string[] }[];
}

/** A placed tenure band. */
export interface HeatmapStrip {
  key: string;
  label: PlacedText;
  x: number;
  y: number;
  width: number;
  height: number;
  spans: { id: string; x: number; y: number; width: number; height: number; shade: 0 | 1; name: PlacedText | null }[];
}

export interface HeatmapLayoutInput {
  visits: readonly Visit[];
  /** The row a visit counts in. */
  series: (visit: Visit) => HeatmapSeriesSpec;
  /** Years per period: 1, 5, 10 or any whole number. */
  bin: number;
  /** First and last year shown (inclusive). */
  years: readonly [number, number];
  /** First and last year the data claims to cover (inclusive); periods wholly outside are "no data". */
  coverage: readonly [number, number];
  width: number;
  /** Fixed height, or undefined to take what the rows need. */
  height?: number;
  rtl: boolean;
  /** Time down the side instead of across. */
  transposed: boolean;
  /** Space kept free above the grid (legend, marker labels). */
  top?: number;
  /** Tenure bands drawn alongside the time axis. */
  strips?: readonly HeatmapStripInput[];
  /** The counts, when already made by {@link countCells} with the same visits, rows, bin and years. */
  counted?: CountedCells;
  /**
   * How a period is written in the time labels, from its first to its last
   * year shown (equal for one year); `short` where the full form would not
   * fit ("1970–74"). Default: {@link spanLabel}.
   */
  periodLabel?: (from: number, to: number, short: boolean) => string;
  /** Fixed colour breaks (see {@link colourSteps}); default: from the busiest cell. */
  breaks?: readonly number[];
  fontSize?: number;
}

export interface HeatmapLayout {
  width: number;
  height: number;
  transposed: boolean;
  bin: number;
  /** First year of each period, oldest first. */
  periods: number[];
  /** First and last year shown: periods are cut to them (see {@link periodSpan}). */
  years: [number, number];
  /** Rows of the grid in order (columns when turned). */
  series: HeatmapSeriesSpec[];
  /** The grid's box. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** Cells in reading order: row by row, each row in reading direction. */
  cells: HeatmapCell[];
  /** Size of the visual grid. */
  rows: number;
  cols: number;
  steps: ColourStep[];
  max: number;
  /** Row (or column) headings, block headings and period labels. */
  labels: PlacedText[];
  strips: HeatmapStrip[];
  /**
   * The one time-to-pixel mapping (kit TimeScale), a Date or UTC ms → position along the time axis
   * (x across, y when turned), mirrored for RTL: 1 January of the first period at the grid's start edge,
   * and of every year at its place.
   */
  time: TimeScale;
  /** First year of a period → start of its band along the time axis (reversed right to left). */
  period: ScaleBand<number>;
  /**
   * Row key (`'SY>SU+RU|head-of-state'`, a {@link HeatmapSeriesSpec.key}) → where the row starts across
   * the time axis: its top y; when turned, its column's left x. Block headings and gaps make the
   * rows' spacing uneven, so this is ordinal, not a band. Cells sit half a pixel inside.
   */
  row: ScaleOrdinal<string, number>;
  /** A cell's count → its fill, a CSS colour var from the steps (0 → the page's background). */
  colour: ScaleThreshold<number, string>;
}

/** Smallest legible cell, in pixels, along the time axis. */
export const MIN_CELL = 16;
/** Below this width the grid turns: time runs down the side. */
export const NARROW = 480;

/**
 * Colour steps for counts up to `max`: one step per count up to 5, then five
 * steps growing geometrically (1, 2–3, 4–9, …), so small integers stay exact.
 * With `breaks` (the first count of each step, at most five, rising), the
 * steps are those, whatever the data: charts of one series share a key; the
 * last step is open (`to` is Infinity).
 */
export function colourSteps(max: number, breaks?: readonly number[]): ColourStep[] {
  const fixed = (Array.isArray(breaks) ? breaks : []).filter(
    (b, i, all) => Number.isInteger(b) && b >= 1 && (i === 0 || b > all[i - 1]),
  );
  if (fixed.length) {
    const lows = fixed.slice(0, 5);
    const n = lows.length;
    return lows.map((from, i) => ({
      from,
      to: i + 1 < n ? lows[i + 1] - 1 : Number.POSITIVE_INFINITY,
      shade: n === 1 ? 3 : Math.round(1 + (i * 4) / (n - 1)),
    }));
  }
  if (!(max >= 1)) return [];
  const lows: number[] = [];
  if (max <= 5) for (let i = 1; i <= max; i++) lows.push(i);
  else {
    for (let k = 0; k < 5; k++) {
      const low = Math.max(1, Math.round(max ** (k / 5)));
      if (low > (lows[lows.length - 1] ?? 0)) lows.push(low);
    }
  }
  const n = lows.length;
  return lows.map((from, i) => ({
    from,
    to: i + 1 < n ? lows[i + 1] - 1 : max,
    shade: n === 1 ? 3 : Math.round(1 + (i * 4) / (n - 1)),
  }));
}

/** The shade (1–5) of a count on the steps; 0 for none. */
export function shadeOf(count: number, steps: readonly ColourStep[]): number {
  if (count <= 0) return 0;
  for (let i = steps.length - 1; i >= 0; i--) if (count >= steps[i].from) return steps[i].shade;
  return 0;
}

/** Which way time runs: `'across'` (columns of periods), `'down'` (rows of periods), `'auto'` by width. */
export type HeatmapOrientation = 'auto' | 'across' | 'down';

/** The orientation asked for, old names mapped ('columns' → 'across', 'rows' → 'down'); anything else is 'auto'. */
export function orientationOf(value: unknown): HeatmapOrientation {
  if (value === 'across' || value === 'columns') return 'across';
  if (value === 'down' || value === 'rows') return 'down';
  return 'auto';
}

/** Most periods a grid draws: a wider span widens the bin (in whole decades) so no domain can hang or overflow. */
export const MAX_PERIODS = 400;

/** The bin, widened where `years` would need more than {@link MAX_PERIODS} periods of it. */
export function cappedBin(years: readonly [number, number], bin: number): number {
  const size = Math.max(1, Math.floor(Number.isFinite(bin) ? bin : 1));
  const span = Math.abs(years[1] - years[0]) + 1;
  if (!Number.isFinite(span) || span / size <= MAX_PERIODS - 2) return size;
  return Math.ceil(span / (MAX_PERIODS - 2) / 10) * 10;
}

/** First year of each period from `years[0]` to `years[1]`, aligned on the bin (decades start in 1940, 1950, …). */
export function periodsOf(years: readonly [number, number], bin: number): number[] {
  const size = cappedBin(years, bin);
  const out: number[] = [];
  for (let p = Math.floor(years[0] / size) * size; p <= years[1]; p += size) out.push(p);
  return out;
}

/**
 * The years a period holds within the years shown: a decade cut by the
 * domain or by the end of the data is labelled as far as it goes
 * ("2020–2026", not "2020–2029").
 */
export function periodSpan(period: number, bin: number, years: readonly [number, number]): [number, number] {
  return [Math.max(period, years[0]), Math.min(period + Math.max(1, Math.floor(bin)) - 1, years[1])];
}

/** A span of years as printed: "1971", "1970–1974", or short, "1970–74". */
export const spanLabel = (from: number, to: number, short = false): string =>
  from === to ? String(from) : `${from}–${short ? String(to % 100).padStart(2, '0') : to}`;

/**
 * Which way the grid runs and how many years a period spans, for a width:
 * across with the finest bin whose cells stay legible, else turned (time
 * down the side) on narrow screens or when the asked bin would not fit.
 * `widened` when the years shown would need more than {@link MAX_PERIODS}
 * periods of that bin, so a period spans more (see {@link cappedBin}): the chart says so.
 */
export function heatmapFrame(
  width: number,
  rowLabels: readonly string[],
  years: readonly [number, number],
  options: { bin?: number; orientation?: HeatmapOrientation | 'columns' | 'rows'; fontSize?: number } = {},
): { transposed: boolean; bin: number; widened: boolean } {
  const frame = frameOf(width, rowLabels, years, options);
  const bin = cappedBin(years, frame.bin);
  return { ...frame, bin, widened: bin > Math.max(1, Math.floor(Number.isFinite(frame.bin) ? frame.bin : 1)) };
}

function frameOf(
  width: number,
  rowLabels: readonly string[],
  years: readonly [number, number],
  options: { bin?: number; orientation?: HeatmapOrientation | 'columns' | 'rows'; fontSize?: number },
): { transposed: boolean; bin: number } {
  const { bin, fontSize = FONT_SIZE } = options;
  const orientation = orientationOf(options.orientation);
  const labelWidth = widest(rowLabels, fontSize) + 12;
  const plot = width - labelWidth - MARGIN;
  const cell = (b: number) => plot / periodsOf(years, b).length;
  if (orientation === 'down') return { transposed: true, bin: bin ?? 5 };
  if (orientation === 'across')
    return { transposed: false, bin: bin ?? [1, 5, 10].find((b) => cell(b) >= MIN_CELL) ?? 10 };
  if (width < NARROW) return { transposed: true, bin: bin ?? 5 };
  if (bin !== undefined) return { transposed: cell(bin) < MIN_CELL, bin };
  const fits = [1, 5, 10].find((b) => cell(b) >= MIN_CELL);
  return fits === undefined ? { transposed: true, bin: 5 } : { transposed: false, bin: fits };
}

/**
 * Arrow-key movement on the grid: Right and Left follow the screen (so in
 * right-to-left reading order they step back and forth the other way), Up
 * and Down move a row. Returns null at an edge.
 */
export function gridStep(index: number, key: string, cols: number, rows: number, rtl: boolean): number | null {
  const r = Math.floor(index / cols);
  const c = index % cols;
  const { forward, back } = timeKeys(rtl);
  if (key === forward) return c + 1 < cols ? index + 1 : null;
  if (key === back) return c > 0 ? index - 1 : null;
  if (key === 'ArrowDown') return r + 1 < rows ? index + cols : null;
  if (key === 'ArrowUp') return r > 0 ? index - cols : null;
  return null;
}

/** Visits counted into one bucket per row and period, oldest first; what {@link heatmapLayout} draws. */
export interface CountedCells {
  specs: Map<string, HeatmapSeriesSpec>;
  buckets: Map<string, Visit[]>;
  max: number;
  /** Visits that continue another (by its id), counted with it. */
  later: Map<string, Visit[]>;
}

/** Counts visits per row and period (see {@link CountedCells}); visits outside `years` or undatable are left out. */
export function countCells(
  visits: readonly Visit[],
  seriesOf: (visit: Visit) => HeatmapSeriesSpec,
  binSize: number,
  years: readonly [number, number],
): CountedCells {
  const bin = Math.max(1, Math.floor(binSize));
  const periods = periodsOf(years, bin);
  const first = periods[0];
  const end = periods[periods.length - 1] + bin;
  const specs = new Map<string, HeatmapSeriesSpec>();
  // Per row, an array indexed by period: no key string per visit.
  const byRow = new Map<HeatmapSeriesSpec, Visit[][]>();
  const later = new Map<string, Visit[]>();
  // A later stage of a visit counts once, with the visit it continues; alone where that is not counted here.
  const ids = new Set<string>();
  for (const visit of visits) if (visit.continues === undefined) ids.add(visit.id);
  for (const visit of visits) {
    if (visit.continues !== undefined && ids.has(visit.continues)) {
      const stages = later.get(visit.continues);
      if (stages) stages.push(visit);
      else later.set(visit.continues, [visit]);
      continue;
    }
    const period = periodOf(visit.start, bin);
    if (period === null || period < first || period >= end) continue;
    const spec = seriesOf(visit);
    let row = byRow.get(spec);
    if (!row) {
      row = [];
      byRow.set(spec, row);
      if (!specs.has(spec.key)) specs.set(spec.key, spec);
    }
    const i = (period - first) / bin;
    const bucket = row[i];
    if (bucket) bucket.push(visit);
    else row[i] = [visit];
  }
  const buckets = new Map<string, Visit[]>();
  let max = 0;
  for (const [spec, row] of byRow) {
    row.forEach((b, i) => {
      const key = `${spec.key}|${first + i * bin}`;
      // Two specs may share a key (e.g. UAR and Syria counted as one side).
      const other = buckets.get(key);
      const merged = other ? [...other, ...b] : b;
      buckets.set(key, merged);
      if (merged.length > max) max = merged.length;
    });
  }
  return { specs, buckets, max, later };
}

/** A cell's visits oldest first, for its tooltip and `onSelect` (sorted only when read: a grid holds thousands). */
export const oldestFirst = (visits: readonly Visit[]): Visit[] =>
  [...visits].sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));

/** A new cell of a row in a period, counted and shaded, not yet placed. */
function cellMaker(
  { buckets, later }: CountedCells,
  bin: number,
  coverage: readonly [number, number],
  steps: readonly ColourStep[],
): GridInput['cell'] {
  return (s, period, row, col) => {
    const found = buckets.get(`${s.key}|${period}`) ?? [];
    const count = found.length;
    return {
      series: s.key,
      period,
      bin,
      count,
      visits: found,
      stages: later.size ? found.flatMap((v) => later.get(v.id) ?? []) : [],
      covered: count > 0 || (period + bin - 1 >= coverage[0] && period <= coverage[1]),
      shade: shadeOf(count, steps),
      row,
      col,
      x: 0,
      y: 0,
      width: 0,
      height: 0,
      showCount: false,
    };
  };
}

/** Spans of years longer than this get a time scale knot per period, not per year. */
const YEARLY_KNOTS = 2000;

/**
 * The grid's time scale, from the kit: 1 January of `first` at `from`, of `end` at `to`, and of
 * every year between at its place (of every period, past {@link YEARLY_KNOTS} years), so each year
 * runs evenly across its share of a column however long, and each column's edge falls on its 1 January.
 */
function gridTime(first: number, end: number, bin: number, from: number, to: number): TimeScale {
  const span = end - first;
  const step = span > YEARLY_KNOTS ? bin : 1;
  const knots: number[] = [];
  for (let y = first; y <= end; y += step) knots.push(y);
  return periodTimeScale(first, end, from, to)
    .domain(knots.map((y) => new Date(newYear(y))))
    .range(knots.map((y) => from + ((y - first) / span) * (to - from)));
}

/** Positions every cell, heading, period label and tenure band; mirrored for right-to-left locales. */
export function heatmapLayout(input: HeatmapLayoutInput): HeatmapLayout {
  const { width, rtl, transposed, fontSize = FONT_SIZE, strips: stripInput = [] } = input;
  const bin = cappedBin(input.years, input.bin);
  const periods = periodsOf(input.years, bin);
  const first = periods[0];
  const end = periods[periods.length - 1] + bin;
  const years: [number, number] = [input.years[0], input.years[1]];
  const spanText = input.periodLabel ?? spanLabel;
  // Count (or take the counts already made for this grid), then place the rows in blocks by direction.
  const counted = input.counted ?? countCells(input.visits, input.series, bin, input.years);
  const series = [...counted.specs.values()].sort((a, b) => a.order - b.order);
  const steps = colourSteps(counted.max, input.breaks);
  const grid: GridInput = {
    series,
    ...rowBlocks(series),
    periods,
    bin,
    width,
    height: input.height,
    top: input.top ?? 0,
    strips: stripInput,
    fontSize,
    // A period as printed: the years it holds within those shown.
    periodLabel: (p, short = false) => spanText(...periodSpan(p, bin, years), short),
    cell: cellMaker(counted, bin, input.coverage, steps),
  };
  const placed = transposed ? placeDown(grid) : placeAcross(grid);
  // Counts as text where they fit.
  for (const cell of placed.cells)
    cell.showCount =
      cell.count > 0 && cell.height >= fontSize + 2 && cell.width >= textWidth(String(cell.count), fontSize) + 4;
  // Tenure bands along the time axis, clipped to the period shown; then, right to left, every x mirrored.
  const along = gridTime(first, end, bin, ...placed.axis).clamp(true);
  placeTenures(placed.strips, stripInput, (t) => along(t), transposed, fontSize);
  if (rtl) mirror(placed, width, fontSize);
  const [a0, a1] = placed.axis;
  return {
    width,
    height: placed.height,
    transposed,
    bin,
    periods,
    years,
    series,
    plot: placed.plot,
    cells: placed.cells,
    rows: transposed ? periods.length : series.length,
    cols: transposed ? series.length : periods.length,
    steps,
    max: counted.max,
    labels: placed.labels,
    strips: placed.strips,
    time: gridTime(first, end, bin, a0, a1),
    period: scaleBand<number>().domain(periods).range([a0, a1]),
    row: scaleOrdinal<string, number>()
      .domain(series.map((s) => s.key))
      .range(placed.rowStart),
    colour: scaleThreshold<number, string>()
      .domain(steps.map((s) => s.from))
      .range([themeVar('background'), ...steps.map((s) => seqVar(s.shade))]),
  };
}
