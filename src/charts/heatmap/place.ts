import { textWidth, wrap } from '../kit/labels.js';
import { rounded } from '../kit/sizes.js';
import type { HeatmapCell, HeatmapSeriesSpec, HeatmapStrip, HeatmapStripInput, PlacedText } from './layout.js';

/** Page margin at the grid's far edge. */
export const MARGIN = 12;
const GROUP_GAP = 8;
const STRIP = 16;
const AXIS = 24;
const BLOCK_GAP = 4;

/** Browsers' faces (and DejaVu in PNGs) set text up to this much wider than {@link textWidth} estimates. */
export const WIDE_FACE = 1.15;

/** The room the widest of `texts` takes, generously: browsers' sans-serif faces run wider than the estimate. */
export const widest = (texts: readonly string[], fontSize: number): number =>
  Math.ceil(1.1 * Math.max(0, ...texts.map((t) => textWidth(t, fontSize))));

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

/** Rows of one direction, under one heading. */
export interface RowBlock {
  group: string;
  label: string;
  members: HeatmapSeriesSpec[];
}

/** Rows in blocks by group, and whether the blocks need headings (only where a block holds more than its own heading). */
export function rowBlocks(series: readonly HeatmapSeriesSpec[]): { blocks: RowBlock[]; headed: boolean } {
  const headed = series.some((s) => s.groupLabel && s.groupLabel !== s.label);
  const blocks: RowBlock[] = [];
  for (const s of series) {
    const last = blocks[blocks.length - 1];
    if (last && last.group === s.group) last.members.push(s);
    else blocks.push({ group: s.group, label: s.groupLabel, members: [s] });
  }
  return { blocks, headed };
}

/** What {@link placeAcross} and {@link placeDown} place: rows, periods, bands and the room they have. */
export interface GridInput {
  series: readonly HeatmapSeriesSpec[];
  blocks: readonly RowBlock[];
  headed: boolean;
  periods: readonly number[];
  bin: number;
  width: number;
  height?: number;
  /** Space kept free above the grid. */
  top: number;
  strips: readonly HeatmapStripInput[];
  fontSize: number;
  /** A period as printed, in full or short ("1970–74"). */
  periodLabel: (period: number, short?: boolean) => string;
  /** A cell of a row in a period, at its place in the visual grid, not yet positioned. */
  cell: (series: HeatmapSeriesSpec, period: number, row: number, col: number) => HeatmapCell;
}

/** The grid placed left to right (mirroring comes after). */
export interface PlacedGrid {
  cells: HeatmapCell[];
  labels: PlacedText[];
  /** Tenure bands, their spans not yet placed. */
  strips: HeatmapStrip[];
  plot: { left: number; right: number; top: number; bottom: number };
  height: number;
  /** Where the time axis starts and ends (x across, y when turned). */
  axis: [number, number];
  /** Where each row (of `series`, in order) starts across the time axis: its top, or its column's left when turned. */
  rowStart: number[];
  /** How far each row reaches across the time axis (its band, a pixel more than its cells). */
  rowSize: number;
  transposed: boolean;
}

/** A cell at its box: half a pixel inside its band, a pixel between neighbours. */
const boxed = (cell: HeatmapCell, x: number, y: number, width: number, height: number): HeatmapCell => {
  cell.x = rounded(x + 0.5);
  cell.y = rounded(y + 0.5);
  cell.width = rounded(width - 1);
  cell.height = rounded(height - 1);
  return cell;
};

/** Time across: row labels beside the grid, blocks under their headings, tenure bands above, period labels below. */
export function placeAcross(g: GridInput): PlacedGrid {
  const { series, blocks, headed, periods, top, fontSize } = g;
  const left = widest([...series.map((s) => s.label), ...g.strips.map((s) => s.label)], fontSize) + 12;
  const right = g.width - MARGIN;
  const cellW = (right - left) / periods.length;
  const headingLine = headed ? fontSize + 6 : 0;
  const overhead = top + 6 + g.strips.length * (STRIP + 2) + 6 + blocks.length * (headingLine + GROUP_GAP) + AXIS;
  const cellH = g.height && series.length ? Math.max(12, Math.min(40, (g.height - overhead) / series.length)) : 22;
  const labels: PlacedText[] = [];
  const cells: HeatmapCell[] = [];
  const strips: HeatmapStrip[] = [];
  const rowStart: number[] = [];
  let y = top + 6;
  for (const s of g.strips) {
    const label: PlacedText = { text: s.label, x: left - 8, y: y + STRIP / 2 + fontSize * 0.35, anchor: 'end' };
    strips.push({ key: s.key, label, x: left, y, width: right - left, height: STRIP, spans: [] });
    y += STRIP + 2;
  }
  if (g.strips.length) y += 6;
  const gridTop = y;
  for (const block of blocks) {
    if (headed) {
      labels.push({ text: block.label, x: MARGIN / 2, y: y + fontSize, anchor: 'start' });
      y += headingLine;
    }
    for (const s of block.members) {
      const row = rowStart.length;
      rowStart.push(y);
      labels.push({ text: s.label, x: left - 8, y: y + cellH / 2 + fontSize * 0.35, anchor: 'end' });
      periods.forEach((period, col) => {
        cells.push(boxed(g.cell(s, period, row, col), left + col * cellW, y, cellW, cellH));
      });
      y += cellH;
    }
    y += GROUP_GAP;
  }
  const bottom = y - GROUP_GAP;
  labels.push(...periodLabelsAcross(g, left, cellW, bottom));
  return {
    cells,
    labels,
    strips,
    plot: { left, right, top: gridTop, bottom },
    height: g.height ?? bottom + AXIS,
    axis: [left, right],
    rowStart,
    rowSize: cellH,
    transposed: false,
  };
}

/**
 * Period labels under the grid, every k-th period so none touches the next. A period
 * spanning years is labelled by its span: in full where that fits, else "1970–74".
 */
function periodLabelsAcross(g: GridInput, left: number, cellW: number, bottom: number): PlacedText[] {
  const { periods, bin, fontSize, periodLabel } = g;
  const widestLabel = (short: boolean) =>
    Math.max(...periods.map((p) => textWidth(periodLabel(p, short), fontSize) * WIDE_FACE));
  const short = bin > 1 && widestLabel(false) + 6 > cellW;
  const labelW = widestLabel(short);
  const every = [1, 2, 5, 10, 20, 50, 100].find((k) => k * cellW >= labelW + 6) ?? 100;
  const labels: PlacedText[] = [];
  periods.forEach((p, col) => {
    if ((p / bin) % every !== 0) return;
    const text = periodLabel(p, short);
    labels.push({ text, x: rounded(left + (col + 0.5) * cellW), y: bottom + 6 + fontSize, anchor: 'middle' });
  });
  return labels;
}

/**
 * Time down the side: period labels, then tenure bands, then one column per row of the
 * untransposed grid, under turned headings.
 */
export function placeDown(g: GridInput): PlacedGrid {
  const { series, periods, fontSize } = g;
  const timeWidth = Math.ceil(Math.max(...periods.map((p) => textWidth(g.periodLabel(p), fontSize) * WIDE_FACE))) + 10;
  const stripW = Math.max(STRIP, Math.min(72, Math.floor(g.width * 0.12)));
  const left = timeWidth + g.strips.length * (stripW + 2) + (g.strips.length ? 4 : 0);
  const colW = Math.min(
    64,
    (g.width - MARGIN / 2 - left - (g.blocks.length - 1) * BLOCK_GAP) / Math.max(1, series.length),
  );
  const { labels, colX, headingHeight } = columnHeadings(g, left, colW);
  const turned = widest([...series.map((s) => s.label), ...g.strips.map((s) => s.label)], fontSize);
  const gridTop = g.top + headingHeight + turned + 10;
  const cellH =
    g.height && periods.length ? Math.max(12, Math.min(40, (g.height - (gridTop + 8)) / periods.length)) : 18;
  const right = colX.length ? colX[colX.length - 1] + colW : left;
  const turnedLabel = (text: string, centre: number): PlacedText => ({
    text,
    x: rounded(centre + fontSize * 0.35),
    y: gridTop - 6,
    anchor: 'start',
    turned: true,
  });
  series.forEach((s, col) => {
    labels.push(turnedLabel(s.label, colX[col] + colW / 2));
  });
  const cells: HeatmapCell[] = [];
  periods.forEach((period, row) => {
    const y = gridTop + row * cellH;
    const text = g.periodLabel(period);
    labels.push({ text, x: timeWidth - 8, y: rounded(y + cellH / 2 + fontSize * 0.35), anchor: 'end' });
    series.forEach((s, col) => {
      cells.push(boxed(g.cell(s, period, row, col), colX[col], y, colW, cellH));
    });
  });
  const bottom = gridTop + periods.length * cellH;
  const strips = g.strips.map((s, i): HeatmapStrip => {
    const x = timeWidth + i * (stripW + 2);
    const label = turnedLabel(s.label, x + stripW / 2);
    return { key: s.key, label, x, y: gridTop, width: stripW, height: bottom - gridTop, spans: [] };
  });
  return {
    cells,
    labels,
    strips,
    plot: { left, right, top: gridTop, bottom },
    height: g.height ?? bottom + 8,
    axis: [gridTop, bottom],
    rowStart: colX,
    rowSize: colW,
    transposed: true,
  };
}

/** Where each column of a turned grid starts, and its blocks' headings, wrapped onto up to three lines. */
function columnHeadings(g: GridInput, left: number, colW: number) {
  const { blocks, headed, fontSize, top } = g;
  const wrapped = headed ? blocks.map((b) => wrap(b.label, b.members.length * colW - 4, fontSize)) : [];
  const lineH = fontSize + 2;
  const headingHeight = headed ? Math.max(...wrapped.map((l) => l.length)) * lineH + 6 : 0;
  const labels: PlacedText[] = [];
  const colX: number[] = [];
  let x = left;
  blocks.forEach((block, b) => {
    if (b > 0) x += BLOCK_GAP;
    const from = x;
    for (let i = 0; i < block.members.length; i++) {
      colX.push(x);
      x += colW;
    }
    if (!headed) return;
    wrapped[b].forEach((text, k) => {
      labels.push({ text, x: rounded((from + x) / 2), y: top + fontSize + k * lineH, anchor: 'middle' });
    });
  });
  return { labels, colX, headingHeight };
}

/**
 * Each tenure as a box along its band, from its first to its last instant
 * clipped to the period shown (`along` clamps), shaded in turn, named where
 * a name fits or ends in an ellipsis: never cut by the next band.
 */
export function placeTenures(
  strips: readonly HeatmapStrip[],
  input: readonly HeatmapStripInput[],
  along: (time: number) => number,
  transposed: boolean,
  fontSize: number,
): void {
  input.forEach((s, i) => {
    const strip = strips[i];
    const sorted = [...s.spans].sort((a, b) => a.from - b.from);
    let shade: 0 | 1 = 0;
    for (const t of sorted) {
      const a = along(t.from);
      const b = along(t.to);
      if (b - a <= 0) continue;
      const box = transposed
        ? { x: strip.x, y: rounded(a), width: strip.width, height: rounded(b - a) }
        : { x: rounded(a), y: strip.y, width: rounded(b - a), height: strip.height };
      let name: PlacedText | null = null;
      const text = box.height >= fontSize + 2 ? fitOrEllipsis(t.names, box.width - 6, fontSize) : null;
      if (text)
        name = {
          text,
          x: rounded(box.x + box.width / 2),
          y: rounded(box.y + box.height / 2 + fontSize * 0.35),
          anchor: 'middle',
        };
      strip.spans.push({ id: t.id, ...box, shade, name });
      shade = shade ? 0 : 1;
    }
  });
}

/**
 * Right to left: every x mirrored in `width`, in place, the time axis (when
 * across) or the rows (when turned) with them. Reading order already runs in
 * logical order, which is now right to left.
 */
export function mirror(grid: PlacedGrid, width: number, fontSize: number): void {
  const flip = (x: number, w = 0) => rounded(width - x - w);
  const flipText = (t: PlacedText) => {
    t.x = flip(t.x);
    if (!t.turned && t.anchor !== 'middle') t.anchor = t.anchor === 'start' ? 'end' : 'start';
    // A turned heading hangs its baseline on the other side of the column's centre.
    if (t.turned) t.x = rounded(t.x + fontSize * 0.7);
  };
  for (const c of grid.cells) c.x = flip(c.x, c.width);
  for (const t of grid.labels) flipText(t);
  for (const s of grid.strips) {
    s.x = flip(s.x, s.width);
    flipText(s.label);
    for (const sp of s.spans) {
      sp.x = flip(sp.x, sp.width);
      if (sp.name) flipText(sp.name);
    }
  }
  grid.plot = { ...grid.plot, left: flip(grid.plot.right), right: flip(grid.plot.left) };
  // Unrounded: the scales' ranges.
  if (grid.transposed) grid.rowStart = grid.rowStart.map((x) => width - x - grid.rowSize);
  else grid.axis = [width - grid.axis[0], width - grid.axis[1]];
}
