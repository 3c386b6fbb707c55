import { type ScaleOrdinal, scaleOrdinal } from 'd3-scale';
import { type DateInterval, dateInterval } from '../../data/dates.js';
import type { Tenure } from '../../data/types.js';
import { textWidth } from '../kit/labels.js';
import { legendLayout } from '../kit/legendLayout.js';
import { timeKeys } from '../kit/markNavigation.js';
import { FONT_SIZE, rounded } from '../kit/sizes.js';
import { paletteVar } from '../kit/theme.js';
import type { TimeScale } from '../kit/timeScale.js';
import { nameBars } from './barNames.js';
import { laneRows } from './rows.js';

/** A horizontal span in pixels. */
export interface Span {
  left: number;
  width: number;
}

/** One tenure placed on the chart. */
export interface GanttBar {
  tenure: Tenure;
  /** Key of the lane it sits in. */
  lane: string;
  /** The lane's country or group of countries (the key of `layout.colour`). */
  group: string;
  /** Start of the earliest day the tenure may have begun, UTC ms. */
  from: number;
  /** End of the latest day it may have lasted (today when ongoing), UTC ms. */
  to: number;
  /** Row within the lane (tenures that overlap in one lane take separate rows). */
  row: number;
  y: number;
  height: number;
  /** Everything the tenure may cover, uncertain ends included. */
  outer: Span;
  /** The part it surely covers, given the precision of its dates; width 0 when nothing is sure. */
  solid: Span;
  /** True when the start is known only to the month or year. */
  fuzzyStart: boolean;
  /** True when the end is known only to the month or year. */
  fuzzyEnd: boolean;
  /** Still in office: the bar runs to today and is drawn open-ended. */
  ongoing: boolean;
  /** Cut off by the period shown, at its start or end. */
  cutStart: boolean;
  cutEnd: boolean;
  /** The name as printed, where it goes, or null when no form of it fits. */
  label: { text: string; x: number; anchor: 'start' | 'end'; inside: boolean } | null;
}

/** A lane: one office of one country (or group of countries). */
export interface GanttLane {
  key: string;
  group: string;
  office: string;
  label: string;
  /** Top of the lane's first row. */
  y: number;
  rows: number;
  /** Where the lane's label sits. */
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
}

export interface GanttLayout {
  width: number;
  height: number;
  /** Time → x (UTC ms or a Date), right to left in right-to-left locales: `layout.time(new Date('1980-10-08'))`. */
  time: TimeScale;
  /** Lane key (`'SY|head-of-state'`) → top of the lane's first row; lanes differ in height, so not a band. */
  lane: ScaleOrdinal<string, number>;
  /** Country or group of countries (`'SY'`, `'SU+RU'`) → its CSS colour, in the order lanes come. */
  colour: ScaleOrdinal<string, string>;
  /** The plot area, where time runs. */
  plot: { left: number; right: number; top: number; bottom: number };
  lanes: GanttLane[];
  /** Bars in reading order: lane, row, then time. */
  bars: GanttBar[];
  /** Where lane labels go: beside the plot on wide charts, above each lane on narrow ones. */
  labelMode: 'side' | 'above';
  /**
   * Too many bars, or too narrow, to read one by one (see {@link isDense}):
   * the chart draws each lane's bars as a few paths, one per style, instead
   * of a rect per bar. Same pixels; the pointer and keyboard find bars by
   * this layout's geometry either way.
   */
  dense: boolean;
  /** The key to hatching, faded ends, open ends and second rows, inside the SVG so a static copy keeps it; null without `key` words. */
  key: GanttKey | null;
}

/** What the key under the axis explains, each only when the chart draws it. */
export const KEY_KINDS = ['acting', 'fuzzy', 'ongoing', 'overlap'] as const;
export type GanttKeyKind = (typeof KEY_KINDS)[number];

/** The key placed: which entries, in order, and where. */
export interface GanttKey {
  kinds: GanttKeyKind[];
  legend: ReturnType<typeof legendLayout>;
  /** Top of the key in the SVG. */
  top: number;
}

/** What the layout needs to know about each tenure besides its dates. */
export interface GanttLaneSpec {
  /** Lane key; tenures with the same key share a lane. */
  key: string;
  group: string;
  office: string;
  /** Lane label as printed. */
  label: string;
  /** Lanes are ordered by this, then by first appearance. */
  order: number;
}

/** Each tenure's start and end as intervals, aligned with the tenures: null when invalid, an undefined end while in office. */
export interface TenureIntervals {
  starts: (Readonly<DateInterval> | null)[];
  ends: (Readonly<DateInterval> | null | undefined)[];
}

/** The intervals of every tenure's dates, read once for the period shown and the layout alike. */
export function tenureIntervals(tenures: readonly Tenure[]): TenureIntervals {
  const starts = new Array<Readonly<DateInterval> | null>(tenures.length);
  const ends = new Array<Readonly<DateInterval> | null | undefined>(tenures.length);
  for (let i = 0; i < tenures.length; i++) {
    const t = tenures[i];
    starts[i] = dateInterval(t.start);
    ends[i] = t.end == null ? undefined : dateInterval(t.end);
  }
  return { starts, ends };
}

export interface GanttLayoutInput {
  tenures: readonly Tenure[];
  /** The tenures' date intervals, when the caller has read them already (see {@link tenureIntervals}). */
  intervals?: TenureIntervals;
  /** The tenure holder's name as the label would print it in full. */
  name: (tenure: Tenure) => string;
  /** Shorter forms of a full name to try when it does not fit, longest first (default: none). */
  shorter?: (full: string) => readonly string[];
  /** The lane of the tenure at `index` in `tenures`. */
  lane: (tenure: Tenure, index: number) => GanttLaneSpec;
  width: number;
  /** Fixed height, or undefined to take the height the rows need. */
  height?: number;
  /** Time → x over the plot, its domain the period shown, already mirrored for right-to-left locales (see {@link timeScale}). */
  time: TimeScale;
  /** "Today", UTC ms: where ongoing tenures end. */
  today: number;
  rtl: boolean;
  /** Plot edges (set by the caller from the label mode it asked for via {@link ganttFrame}). */
  plot: { left: number; right: number };
  labelMode: 'side' | 'above';
  /** Space kept free above everything, for the labels of annotations (see annotateLayout). */
  top?: number;
  fontSize?: number;
  /** The key's words: hatching (acting), faded ends (dates known to the month or year), open ends (in office), second rows (overlapping terms). */
  key?: Readonly<Record<GanttKeyKind, string>>;
}

export const AXIS_HEIGHT = 32;
/** Past this many bars the chart is dense: no reader takes in thousands of bars one by one. */
export const DENSE_BARS = 2000;
/**
 * What a bar's pixel fields hold until they are placed, in step 4. Not a 0:
 * the engine would then store them as small integers and, at the first
 * fraction of a pixel, change every bar's shape, dropping the code it had
 * optimised for them (at every render after a garbage collection).
 */
const UNPLACED = Number.NaN;
/** The key's distance from the figure's sides, and from the axis above it. */
const KEY_INSET = 4;
const KEY_GAP = 6;

/**
 * Where the plot goes for a width and a set of lane labels: labels beside it
 * when they leave at least 60% for time. A tick label is centred on its
 * tick, so the plot stops half the widest of `tickLabels` short of each
 * edge the lane labels do not take, and a tick on the plot's edge is not cut.
 */
export function ganttFrame(
  width: number,
  laneLabels: readonly string[],
  fontSize: number,
  rtl: boolean,
  tickLabels: readonly string[] = [],
) {
  const labelWidth = Math.ceil(Math.max(0, ...laneLabels.map((l) => textWidth(l, fontSize)))) + 10;
  const margin = Math.max(12, Math.ceil(Math.max(0, ...tickLabels.map((t) => textWidth(t, fontSize))) / 2) + 2);
  if (labelWidth <= width * 0.4) {
    return rtl
      ? { labelMode: 'side' as const, plot: { left: margin, right: width - Math.max(labelWidth, margin) } }
      : { labelMode: 'side' as const, plot: { left: Math.max(labelWidth, margin), right: width - margin } };
  }
  return { labelMode: 'above' as const, plot: { left: margin, right: width - margin } };
}

export { assignRows, longestRun } from './rows.js';

/** A time scale's domain and range as numbers, for {@link placeSpan}. */
interface LinearMap {
  d0: number;
  span: number;
  r0: number;
  r1: number;
}

const linearMap = (time: TimeScale): LinearMap => {
  const [d0, d1] = time.domain().map(Number);
  const [r0, r1] = time.range();
  return { d0, span: d1 - d0, r0, r1 };
};

/**
 * Sets `span` to the pixels from time `a` to time `b`, clipped to the plot
 * and rounded to tenths of a pixel (sharper than any screen, and a fraction
 * of the markup). x is worked out as {@link linearTime} does, inline.
 */
function placeSpan(span: Span, a: number, b: number, map: LinearMap, plot: { left: number; right: number }): void {
  const ta = (a - map.d0) / map.span;
  const tb = (b - map.d0) / map.span;
  const xa = map.r0 * (1 - ta) + map.r1 * ta;
  const xb = map.r0 * (1 - tb) + map.r1 * tb;
  const l = Math.max(plot.left, Math.min(plot.right, Math.min(xa, xb)));
  const r = Math.max(plot.left, Math.min(plot.right, Math.max(xa, xb)));
  span.left = rounded(l);
  span.width = rounded(r - l);
}

/**
 * The time scale as a plain function of UTC ms, computed as d3 computes it
 * (normalise into the domain, then interpolate the range), so every x equals
 * `time(ms)` to the last bit, without a Date or a type check per call.
 */
export function linearTime(time: TimeScale): (ms: number) => number {
  const { d0, span, r0, r1 } = linearMap(time);
  return (ms) => {
    const t = (ms - d0) / span;
    return r0 * (1 - t) + r1 * t;
  };
}

/** Positions every tenure: lanes, rows, bars with their sure and uncertain parts, and name labels. */
export function ganttLayout(input: GanttLayoutInput): GanttLayout {
  const { tenures, name, shorter, lane, width, time, today, rtl, plot, labelMode, fontSize = FONT_SIZE } = input;
  const [d0, d1] = time.domain().map(Number);
  const { starts, ends } = input.intervals ?? tenureIntervals(tenures);

  // 1. Time spans, keeping only what overlaps the period shown: one bar per
  // tenure, filled in below. What only the layout needs (the sure part in
  // time, the lane) sits in plain arrays beside the bars, not on them.
  const bars: GanttBar[] = [];
  // By bar index, sized for every tenure: no growing, and no number boxed.
  const sureFrom = new Float64Array(tenures.length);
  const sureTo = new Float64Array(tenures.length);
  const barFrom = new Float64Array(tenures.length);
  const barTo = new Float64Array(tenures.length);
  const specs = new Map<string, GanttLaneSpec>();
  /** Bar indices per lane key, in first appearance. */
  const byLane = new Map<string, number[]>();
  for (let i = 0; i < tenures.length; i++) {
    const tenure = tenures[i];
    const start = starts[i];
    const endOrNot = ends[i];
    if (!start || endOrNot === null) continue;
    const end = endOrNot ?? null;
    const from = start.start;
    const to = end === null ? Math.max(today, start.end) : end.end;
    if (to <= d0 || from >= d1) continue;
    const fuzzyStart = start.precision !== 'day';
    const fuzzyEnd = end !== null && end.precision !== 'day';
    let a = fuzzyStart ? start.end : start.start;
    let b = fuzzyEnd && end ? end.start : to;
    if (a > b) a = b = (from + to) / 2;
    const spec = lane(tenure, i);
    const key = spec.key;
    const index = bars.length;
    const mine = byLane.get(key);
    if (mine) mine.push(index);
    else {
      byLane.set(key, [index]);
      specs.set(key, spec);
    }
    sureFrom[index] = a;
    sureTo[index] = b;
    barFrom[index] = from;
    barTo[index] = to;
    bars.push({
      tenure,
      lane: key,
      group: spec.group,
      from,
      to,
      row: 0,
      y: UNPLACED,
      height: UNPLACED,
      outer: { left: UNPLACED, width: UNPLACED },
      solid: { left: UNPLACED, width: UNPLACED },
      fuzzyStart,
      fuzzyEnd,
      ongoing: end === null,
      cutStart: from < d0,
      cutEnd: to > d1,
      label: null,
    });
  }

  // 2. Lanes in order; rows within lanes. Bars share a row when their sure
  // parts do not overlap, allowing a one-day handover (the successor sworn in
  // on the predecessor's last day). Each row lists its bars in time order.
  const laneSpecs = [...specs.values()].sort((a, b) => a.order - b.order);
  const rowsOfLane = new Map<string, GanttBar[][]>();
  const rowOf: number[] = new Array(bars.length);
  const times = { from: barFrom, to: barTo, sureFrom, sureTo };
  for (let l = 0; l < laneSpecs.length; l++) {
    const spec = laneSpecs[l];
    const indices = laneRows(byLane.get(spec.key) ?? [], times, rowOf);
    const rows: GanttBar[][] = new Array(indices.length);
    for (let r = 0; r < indices.length; r++) {
      const row = indices[r];
      const placed: GanttBar[] = new Array(row.length);
      for (let k = 0; k < row.length; k++) {
        const bar = bars[row[k]];
        bar.row = r;
        placed[k] = bar;
      }
      rows[r] = placed;
    }
    rowsOfLane.set(spec.key, rows.length ? rows : [[]]);
  }

  // The key: only what this chart draws, in a line (or lines) under the axis.
  let key: GanttKey | null = null;
  if (input.key) {
    const drawn: Record<GanttKeyKind, boolean> = {
      acting: bars.some((b) => b.tenure.acting),
      fuzzy: bars.some((b) => b.fuzzyStart || b.fuzzyEnd),
      ongoing: bars.some((b) => b.ongoing),
      overlap: [...rowsOfLane.values()].some((rows) => rows.length > 1),
    };
    const kinds = KEY_KINDS.filter((k) => drawn[k]);
    const words = input.key;
    if (kinds.length)
      key = {
        kinds,
        legend: legendLayout(
          kinds.map((k) => ({ label: words[k] })),
          width,
          { fontSize, rtl, left: KEY_INSET },
        ),
        top: 0,
      };
  }
  const keyBand = key ? key.legend.height + KEY_GAP : 0;

  // 3. Vertical rhythm: fixed height shares its space among rows; otherwise rows take 22 px.
  const totalRows = laneSpecs.reduce((n, s) => n + (rowsOfLane.get(s.key)?.length ?? 1), 0);
  const labelLine = labelMode === 'above' ? fontSize + 6 : 0;
  const top = (input.top ?? 0) + 6;
  const laneGap = 8;
  const overhead = top + AXIS_HEIGHT + keyBand + laneSpecs.length * (laneGap + labelLine);
  const rowHeight = input.height && totalRows ? Math.max(12, Math.min(40, (input.height - overhead) / totalRows)) : 22;
  const barHeight = Math.max(8, rowHeight - 6);

  // 4. Lanes and bars in pixels, clipped to the plot, in reading order:
  // lane, row, then time (time itself runs right to left in RTL, so the
  // order stays the same and only the x positions mirror).
  const along = linearMap(time);
  const lanes: GanttLane[] = [];
  const ordered: GanttBar[] = [];
  const rowsInOrder: GanttBar[][] = [];
  let y = top;
  for (const spec of laneSpecs) {
    const rows = rowsOfLane.get(spec.key) ?? [[]];
    const laneY = y + labelLine;
    lanes.push({
      key: spec.key,
      group: spec.group,
      office: spec.office,
      label: spec.label,
      y: laneY,
      rows: rows.length,
      labelX: labelMode === 'above' ? (rtl ? plot.right : plot.left) : rtl ? plot.right + 8 : plot.left - 8,
      labelY: labelMode === 'above' ? y + fontSize : y + rowHeight / 2 + fontSize * 0.35,
      labelAnchor: labelMode === 'above' ? (rtl ? 'end' : 'start') : rtl ? 'start' : 'end',
    });
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      const barY = laneY + r * rowHeight + (rowHeight - barHeight) / 2;
      for (let k = 0; k < row.length; k++) {
        const bar = row[k];
        bar.y = barY;
        bar.height = barHeight;
        placeSpan(bar.outer, bar.from, bar.to, along, plot);
        ordered.push(bar);
      }
      rowsInOrder.push(row);
    }
    y = laneY + rows.length * rowHeight + laneGap;
  }
  // The sure parts, now that every bar's index is known.
  for (let i = 0; i < bars.length; i++) placeSpan(bars[i].solid, sureFrom[i], sureTo[i], along, plot);
  const bottom = y - laneGap;

  // 5. Names: inside when they fit, else after the bar's end up to the next bar, else left out.
  nameBars(rowsInOrder, { name, shorter, width, rtl, fontSize });

  const height = input.height ?? bottom + AXIS_HEIGHT + keyBand;
  if (key) key.top = height - key.legend.height;
  const groups = [...new Set(lanes.map((l) => l.group))];
  return {
    width,
    height,
    time,
    lane: scaleOrdinal<string, number>()
      .domain(lanes.map((l) => l.key))
      .range(lanes.map((l) => l.y)),
    colour: scaleOrdinal<string, string>()
      .domain(groups)
      .range(groups.map((_, i) => paletteVar(i))),
    plot: { left: plot.left, right: plot.right, top, bottom },
    lanes,
    bars: ordered,
    labelMode,
    dense: isDense(ordered, rowsInOrder),
    key,
  };
}

/**
 * When bars are too many or too narrow to read one by one: more than
 * {@link DENSE_BARS}, narrower than 2 px on average, or a row holding more
 * bars than it has pixels.
 */
export function isDense(bars: readonly GanttBar[], rows: readonly (readonly GanttBar[])[]): boolean {
  if (bars.length > DENSE_BARS) return true;
  let total = 0;
  for (let i = 0; i < bars.length; i++) total += bars[i].outer.width;
  if (bars.length && total / bars.length < 2) return true;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row.length < 2) continue;
    const first = row[0].outer;
    const last = row[row.length - 1].outer;
    const span = Math.max(first.left + first.width, last.left + last.width) - Math.min(first.left, last.left);
    if (row.length > span) return true;
  }
  return false;
}

/** A bar's box as a closed subpath (at least 1 px wide, as its rect would be): dense mode joins them into one path. */
export const barOutline = (bar: GanttBar): string => {
  // Each number turned into text once: a dense chart writes tens of thousands of them.
  const w = `${bar.outer.width || 1}`;
  return `M${bar.outer.left},${bar.y}h${w}v${bar.height}h-${w}z`;
};

/**
 * Arrow keys over the bars, which come in reading order: the key pointing
 * forward in time (ArrowRight; ArrowLeft in right-to-left locales, where time
 * runs leftwards) goes to the next bar, at a row's end to the next row;
 * ArrowUp and ArrowDown go to the bar nearest in time in the row above or
 * below. At the edges a key keeps the cursor where it is (handled, not passed
 * on to scroll the page).
 */
export function barStepper(bars: readonly GanttBar[], rtl: boolean): (index: number, key: string) => number | null {
  // Rows worked out on the first up or down key: a server render and most readers never press one.
  let rowOf: number[] | undefined;
  const rows: { from: number; to: number }[] = [];
  const readRows = () => {
    rowOf = [];
    for (let i = 0; i < bars.length; i++) {
      const bar = bars[i];
      const prev = bars[i - 1];
      if (!prev || prev.lane !== bar.lane || prev.row !== bar.row) rows.push({ from: i, to: i + 1 });
      else rows[rows.length - 1].to = i + 1;
      rowOf.push(rows.length - 1);
    }
    return rowOf;
  };
  const centre = (bar: GanttBar) => bar.outer.left + bar.outer.width / 2;
  const { forward, back } = timeKeys(rtl);
  return (index, key) => {
    if (key === forward) return Math.min(bars.length - 1, index + 1);
    if (key === back) return Math.max(0, index - 1);
    if (key !== 'ArrowUp' && key !== 'ArrowDown') return null;
    const row = rows[(rowOf ?? readRows())[index] + (key === 'ArrowDown' ? 1 : -1)];
    if (!row) return index;
    // The bar in the next row nearest in time to this one.
    let best = row.from;
    for (let i = row.from; i < row.to; i++) {
      if (Math.abs(centre(bars[i]) - centre(bars[index])) < Math.abs(centre(bars[best]) - centre(bars[index])))
        best = i;
    }
    return best;
  };
}
