import { type ScaleBand, type ScaleThreshold, scaleBand, scaleThreshold } from 'd3-scale';
import { periodOf } from '../../data/counts.js';
import type { Visit } from '../../data/types.js';
import { textWidth, wrap } from '../kit/labels.js';
import { seqVar, themeVar } from '../kit/theme.js';
import { periodTimeScale, type TimeScale } from '../kit/timeScale.js';

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
  w: number;
  h: number;
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
  w: number;
  h: number;
  spans: { id: string; x: number; y: number; w: number; h: number; shade: 0 | 1; name: PlacedText | null }[];
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
  /** An instant (UTC ms) → position along the time axis (x across, y when turned), mirrored for RTL. */
  at: (time: number) => number;
  /** The one time-to-pixel mapping (kit TimeScale): 1 January of the first period at the grid's start edge. */
  time: TimeScale;
  /** First year of a period → start of its band along the time axis (reversed right to left). */
  period: ScaleBand<number>;
  /** A cell's count → its fill, a CSS colour var from the steps (0 → the page's background). */
  colour: ScaleThreshold<number, string>;
}

/** Smallest legible cell, in pixels, along the time axis. */
export const MIN_CELL = 16;
/** Below this width the grid turns: time runs down the side. */
export const NARROW = 480;
const MARGIN = 12;
const GROUP_GAP = 8;
const STRIP = 16;
const AXIS = 24;
const BLOCK_GAP = 4;

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

/** The year as a fraction, from UTC ms: 1 July 1971 is about 1971.5. */
export function yearFraction(time: number): number {
  const year = new Date(time).getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  return year + (time - start) / (end - start);
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

/** Browsers' faces (and DejaVu in PNGs) set text up to this much wider than {@link textWidth} estimates. */
export const WIDE_FACE = 1.15;

/**
 * The first of `candidates` that fits in `space` pixels (measured as a wide
 * face would set it), else the last one cut short with an ellipsis, never
 * fewer than two letters before it; null when not even that fits.
 */
export function fitOrEllipsis(candidates: readonly string[], space: number, fontSize: number): string | null {
  const fits = (t: string) => textWidth(t, fontSize) * WIDE_FACE <= space;
  for (const text of candidates) if (text && fits(text)) return text;
  const last = [...candidates].reverse().find(Boolean);
  if (!last) return null;
  const chars = [...last];
  for (let n = chars.length - 1; n >= 2; n--) {
    const cut = `${chars.slice(0, n).join('').trimEnd()}…`;
    if (fits(cut)) return cut;
  }
  return null;
}

/**
 * Which way the grid runs and how many years a period spans, for a width:
 * across with the finest bin whose cells stay legible, else turned (time
 * down the side) on narrow screens or when the asked bin would not fit.
 */
export function heatmapFrame(
  width: number,
  rowLabels: readonly string[],
  years: readonly [number, number],
  options: { bin?: number; orientation?: HeatmapOrientation | 'columns' | 'rows'; fontSize?: number } = {},
): { transposed: boolean; bin: number } {
  const frame = frameOf(width, rowLabels, years, options);
  return { ...frame, bin: cappedBin(years, frame.bin) };
}

function frameOf(
  width: number,
  rowLabels: readonly string[],
  years: readonly [number, number],
  options: { bin?: number; orientation?: HeatmapOrientation | 'columns' | 'rows'; fontSize?: number },
): { transposed: boolean; bin: number } {
  const { bin, fontSize = 11 } = options;
  const orientation = orientationOf(options.orientation);
  const labelWidth = Math.ceil(1.1 * Math.max(0, ...rowLabels.map((l) => textWidth(l, fontSize)))) + 12;
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
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return c + 1 < cols ? index + 1 : null;
  if (key === back) return c > 0 ? index - 1 : null;
  if (key === 'ArrowDown') return r + 1 < rows ? index + cols : null;
  if (key === 'ArrowUp') return r > 0 ? index - cols : null;
  return null;
}

const round = (v: number) => Math.round(v * 10) / 10;

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

/** A box on the chart, in pixels. */
export interface TextBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Where the labels of event markers sit on a turned grid: across the grid
 * at its far end, on the line above each rule (as the kit's EventMarkers
 * draws them across).
 */
export function markerLabelBoxes(
  markers: readonly { x: number; label: string }[],
  plot: { left: number; right: number },
  rtl: boolean,
  fontSize: number,
): TextBox[] {
  return markers
    .filter((m) => m.label)
    .map((m) => {
      const w = textWidth(m.label, fontSize) * WIDE_FACE + 4;
      return { x: rtl ? plot.left : plot.right - w, y: m.x - 3 - fontSize, w, h: fontSize + 3 };
    });
}

/** Counts under any of `boxes` are not printed (the cell keeps its colour and its tooltip). */
export function hideCountsUnder(cells: HeatmapCell[], boxes: readonly TextBox[], fontSize: number): void {
  if (!boxes.length) return;
  for (const c of cells) {
    if (!c.showCount) continue;
    const w = textWidth(String(c.count), fontSize) * WIDE_FACE;
    const x = c.x + c.w / 2 - w / 2;
    const y = c.y + c.h / 2 - fontSize / 2;
    if (boxes.some((b) => x < b.x + b.w && x + w > b.x && y < b.y + b.h && y + fontSize > b.y)) c.showCount = false;
  }
}

/** A cell's visits oldest first, for its tooltip and `onSelect` (sorted only when read: a grid holds thousands). */
export const oldestFirst = (visits: readonly Visit[]): Visit[] =>
  [...visits].sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));

/** Positions every cell, heading, period label and tenure band; mirrored for right-to-left locales. */
export function heatmapLayout(input: HeatmapLayoutInput): HeatmapLayout {
  const { visits, width, rtl, transposed, coverage, fontSize = 11, strips: stripInput = [] } = input;
  const bin = cappedBin(input.years, input.bin);
  const periods = periodsOf(input.years, bin);
  const first = periods[0];
  const end = periods[periods.length - 1] + bin;
  const years: [number, number] = [input.years[0], input.years[1]];
  const spanText = input.periodLabel ?? spanLabel;
  // A period as printed: the years it holds within those shown.
  const periodLabel = (p: number, short = false) => spanText(...periodSpan(p, bin, years), short);

  // 1. Count (or take the counts already made for this grid).
  const { specs, buckets, max, later } = input.counted ?? countCells(visits, input.series, bin, input.years);
  const series = [...specs.values()].sort((a, b) => a.order - b.order);
  const steps = colourSteps(max, input.breaks);

  // 2. Blocks of rows by group; headings only where a block holds more than its own heading.
  const headed = series.some((s) => s.groupLabel && s.groupLabel !== s.label);
  const blocks: { group: string; label: string; members: HeatmapSeriesSpec[] }[] = [];
  for (const s of series) {
    const last = blocks[blocks.length - 1];
    if (last && last.group === s.group) last.members.push(s);
    else blocks.push({ group: s.group, label: s.groupLabel, members: [s] });
  }

  const labels: PlacedText[] = [];
  const cells: HeatmapCell[] = [];
  const strips: HeatmapStrip[] = [];
  const top = input.top ?? 0;
  const stripCount = stripInput.length;
  let plot: HeatmapLayout['plot'];
  let height: number;
  // Position along the time axis from `a` to `b` (pixels), before mirroring.
  let axis: [number, number];

  const makeCell = (s: HeatmapSeriesSpec, period: number, row: number, col: number): HeatmapCell => {
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
      w: 0,
      h: 0,
      showCount: false,
    };
  };

  if (!transposed) {
    // 3a. Time across: row labels beside the grid, blocks under their headings, period labels below.
    // Generous: browsers' sans-serif faces run wider than the estimate.
    const labelWidth =
      Math.ceil(
        1.1 *
          Math.max(
            0,
            ...series.map((s) => textWidth(s.label, fontSize)),
            ...stripInput.map((s) => textWidth(s.label, fontSize)),
          ),
      ) + 12;
    const left = labelWidth;
    const right = width - MARGIN;
    const cellW = (right - left) / periods.length;
    const headingLine = headed ? fontSize + 6 : 0;
    const overhead = top + 6 + stripCount * (STRIP + 2) + 6 + blocks.length * (headingLine + GROUP_GAP) + AXIS;
    const cellH =
      input.height && series.length ? Math.max(12, Math.min(40, (input.height - overhead) / series.length)) : 22;
    let y = top + 6;
    axis = [left, right];
    for (const s of stripInput) {
      strips.push({
        key: s.key,
        label: { text: s.label, x: left - 8, y: y + STRIP / 2 + fontSize * 0.35, anchor: 'end' },
        x: left,
        y,
        w: right - left,
        h: STRIP,
        spans: [],
      });
      y += STRIP + 2;
    }
    if (stripCount) y += 6;
    const gridTop = y;
    let row = 0;
    for (const block of blocks) {
      if (headed) {
        labels.push({ text: block.label, x: MARGIN / 2, y: y + fontSize, anchor: 'start' });
        y += headingLine;
      }
      for (const s of block.members) {
        labels.push({ text: s.label, x: left - 8, y: y + cellH / 2 + fontSize * 0.35, anchor: 'end' });
        periods.forEach((period, col) => {
          const cell = makeCell(s, period, row, col);
          cell.x = round(left + col * cellW + 0.5);
          cell.y = round(y + 0.5);
          cell.w = round(cellW - 1);
          cell.h = round(cellH - 1);
          cells.push(cell);
        });
        y += cellH;
        row += 1;
      }
      y += GROUP_GAP;
    }
    const bottom = y - GROUP_GAP;
    // Period labels under the grid, every k-th period so none touches the next. A period
    // spanning years is labelled by its span: in full where that fits, else "1970–74".
    const widest = (short: boolean) =>
      Math.max(...periods.map((p) => textWidth(periodLabel(p, short), fontSize) * WIDE_FACE));
    const short = bin > 1 && widest(false) + 6 > cellW;
    const labelW = widest(short);
    const every = [1, 2, 5, 10, 20, 50, 100].find((k) => k * cellW >= labelW + 6) ?? 100;
    periods.forEach((p, col) => {
      if ((p / bin) % every !== 0) return;
      const text = periodLabel(p, short);
      labels.push({ text, x: round(left + (col + 0.5) * cellW), y: bottom + 6 + fontSize, anchor: 'middle' });
    });
    plot = { left, right, top: gridTop, bottom };
    height = input.height ?? bottom + AXIS;
  } else {
    // 3b. Time down the side: period labels, then tenure bands, then one column per row of the
    // untransposed grid, under turned headings.
    const timeWidth = Math.ceil(Math.max(...periods.map((p) => textWidth(periodLabel(p), fontSize) * WIDE_FACE))) + 10;
    const stripW = Math.max(STRIP, Math.min(72, Math.floor(width * 0.12)));
    const left = timeWidth + stripCount * (stripW + 2) + (stripCount ? 4 : 0);
    const colW = Math.min(
      64,
      (width - MARGIN / 2 - left - (blocks.length - 1) * BLOCK_GAP) / Math.max(1, series.length),
    );
    // Block headings wrap onto up to three lines over their columns.
    const blockWidths = blocks.map((b) => b.members.length * colW);
    const wrapped = headed ? blocks.map((b, i) => wrap(b.label, blockWidths[i] - 4, fontSize)) : [];
    const lineH = fontSize + 2;
    const headingLine = headed ? Math.max(...wrapped.map((l) => l.length)) * lineH + 6 : 0;
    const turned = Math.ceil(
      1.1 *
        Math.max(
          0,
          ...series.map((s) => textWidth(s.label, fontSize)),
          ...stripInput.map((s) => textWidth(s.label, fontSize)),
        ),
    );
    const gridTop = top + headingLine + turned + 10;
    const overhead = gridTop + 8;
    const cellH =
      input.height && periods.length ? Math.max(12, Math.min(40, (input.height - overhead) / periods.length)) : 18;
    const colX: number[] = [];
    {
      let x = left;
      blocks.forEach((block, b) => {
        if (b > 0) x += BLOCK_GAP;
        const from = x;
        for (let i = 0; i < block.members.length; i++) {
          colX.push(x);
          x += colW;
        }
        if (headed) {
          wrapped[b].forEach((text, k) => {
            labels.push({ text, x: round((from + x) / 2), y: top + fontSize + k * lineH, anchor: 'middle' });
          });
        }
      });
    }
    const right = colX.length ? colX[colX.length - 1] + colW : left;
    series.forEach((s, col) => {
      labels.push({
        text: s.label,
        x: round(colX[col] + colW / 2 + fontSize * 0.35),
        y: gridTop - 6,
        anchor: 'start',
        turned: true,
      });
    });
    periods.forEach((period, row) => {
      const y = gridTop + row * cellH;
      labels.push({
        text: periodLabel(period),
        x: timeWidth - 8,
        y: round(y + cellH / 2 + fontSize * 0.35),
        anchor: 'end',
      });
      series.forEach((s, col) => {
        const cell = makeCell(s, period, row, col);
        cell.x = round(colX[col] + 0.5);
        cell.y = round(y + 0.5);
        cell.w = round(colW - 1);
        cell.h = round(cellH - 1);
        cells.push(cell);
      });
    });
    const bottom = gridTop + periods.length * cellH;
    stripInput.forEach((s, i) => {
      const x = timeWidth + i * (stripW + 2);
      strips.push({
        key: s.key,
        label: {
          text: s.label,
          x: round(x + stripW / 2 + fontSize * 0.35),
          y: gridTop - 6,
          anchor: 'start',
          turned: true,
        },
        x,
        y: gridTop,
        w: stripW,
        h: bottom - gridTop,
        spans: [],
      });
    });
    axis = [gridTop, bottom];
    plot = { left, right, top: gridTop, bottom };
    height = input.height ?? bottom + 8;
  }

  // 4. Counts as text where they fit.
  for (const cell of cells) {
    cell.showCount = cell.count > 0 && cell.h >= fontSize + 2 && cell.w >= textWidth(String(cell.count), fontSize) + 4;
  }

  // 5. Tenure bands: each tenure from its first to its last instant, clipped to the period shown.
  const span = end - first;
  const along = (time: number) => {
    const f = Math.max(0, Math.min(1, (yearFraction(time) - first) / span));
    return axis[0] + f * (axis[1] - axis[0]);
  };
  stripInput.forEach((s, i) => {
    const strip = strips[i];
    const sorted = [...s.spans].sort((a, b) => a.from - b.from);
    let shade: 0 | 1 = 0;
    for (const t of sorted) {
      const a = along(t.from);
      const b = along(t.to);
      if (b - a <= 0) continue;
      const box = transposed
        ? { x: strip.x, y: round(a), w: strip.w, h: round(b - a) }
        : { x: round(a), y: strip.y, w: round(b - a), h: strip.h };
      // A name fits its band or ends in an ellipsis: never cut by the next band.
      let name: PlacedText | null = null;
      const text = box.h >= fontSize + 2 ? fitOrEllipsis(t.names, box.w - 6, fontSize) : null;
      if (text)
        name = { text, x: round(box.x + box.w / 2), y: round(box.y + box.h / 2 + fontSize * 0.35), anchor: 'middle' };
      strip.spans.push({ id: t.id, ...box, shade, name });
      shade = shade ? 0 : 1;
    }
  });

  // 6. Right to left: mirror every x. Reading order already runs in logical order, which is now right to left.
  if (rtl) {
    const flip = (x: number, w = 0) => round(width - x - w);
    const flipText = (t: PlacedText) => {
      t.x = flip(t.x);
      if (!t.turned && t.anchor !== 'middle') t.anchor = t.anchor === 'start' ? 'end' : 'start';
      // A turned heading hangs its baseline on the other side of the column's centre.
      if (t.turned) t.x = round(t.x + fontSize * 0.7);
    };
    for (const c of cells) c.x = flip(c.x, c.w);
    for (const t of labels) flipText(t);
    for (const s of strips) {
      s.x = flip(s.x, s.w);
      flipText(s.label);
      for (const sp of s.spans) {
        sp.x = flip(sp.x, sp.w);
        if (sp.name) flipText(sp.name);
      }
    }
    plot = { ...plot, left: flip(plot.right), right: flip(plot.left) };
    if (!transposed) axis = [width - axis[0], width - axis[1]];
  }

  const [a0, a1] = axis;
  const at = (time: number) => a0 + ((yearFraction(time) - first) / span) * (a1 - a0);
  const rows = transposed ? periods.length : series.length;
  const cols = transposed ? series.length : periods.length;
  return {
    width,
    height,
    transposed,
    bin,
    periods,
    years,
    series,
    plot,
    cells,
    rows,
    cols,
    steps,
    max,
    labels,
    strips,
    at,
    // A knot on 1 January of every period, so the scale meets each column's edge exactly (as `at` does).
    time: periodTimeScale(first, end, a0, a1)
      .domain([...periods, end].map((y) => new Date(Date.UTC(y, 0, 1))))
      .range([...periods, end].map((y) => a0 + ((y - first) / span) * (a1 - a0))),
    period: scaleBand<number>().domain(periods).range([a0, a1]),
    colour: scaleThreshold<number, string>()
      .domain(steps.map((s) => s.from))
      .range([themeVar('background'), ...steps.map((s) => seqVar(s.shade))]),
  };
}
