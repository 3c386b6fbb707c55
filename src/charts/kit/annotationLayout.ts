import { dateInterval } from '../../data/dates.js';
import { type Annotation, annotationText, type Callout, type PeriodHighlight } from './annotations.js';
import { textWidth, wrap } from './labels.js';
import { directionOf, type Locale, numberFormat } from './locale.js';

/** A label's lines and where they go. */
export interface AnnotationLabel {
  /** The lines as printed, top to bottom. */
  lines: string[];
  /** Where the lines are anchored, and the first line's baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  /** The box the lines take. */
  box: { left: number; top: number; width: number; height: number };
}

/** A callout placed: its label above the plot, or a number pointing to the notes under the chart. */
export interface PlacedCallout {
  annotation: Callout;
  /** Its text in the chart's language. */
  text: string;
  /** The moment it points at, along the time axis. */
  x: number;
  /** The label, or null when it became a numbered note. */
  label: AnnotationLabel | null;
  /** Its number in the notes (locale digits), or null when it has a label. */
  number: string | null;
  /** Where its number goes when it names no mark (in the row at the band's foot); else null. */
  badge: { x: number; y: number } | null;
}

/** A period placed: its span along the time axis, clipped to the plot, and its label over it. */
export interface PlacedPeriod {
  annotation: PeriodHighlight;
  text: string;
  from: number;
  to: number;
  label: AnnotationLabel | null;
  number: string | null;
  badge: { x: number; y: number } | null;
  /** Where the span is marked in the band, under its label (0 without one). */
  bracketY: number;
}

/** A note under the chart: a callout or period whose label did not fit above it. */
export interface AnnotationNote {
  number: string;
  lines: string[];
  /** Baseline of its first line, from the top of the notes. */
  y: number;
}

/** Where every annotation of a chart goes (see {@link planAnnotations}). */
export interface AnnotationPlan {
  callouts: PlacedCallout[];
  periods: PlacedPeriod[];
  /** Height of the band above the chart that labels take; 0 when none has a label there. */
  band: number;
  /** The band's foot: where the chart itself begins, and the lines of moments start down through it. */
  foot: number;
  notes: AnnotationNote[];
  /** Height of the notes under the chart; 0 without notes. */
  notesHeight: number;
  /**
   * Where time runs down the side: the width to keep free past the plot's far end for the numbers
   * (0 when none), so that none sits on a mark.
   */
  edge: number;
}

/** What {@link planAnnotations} needs of the chart. */
export interface AnnotationSpace {
  /** Time (UTC ms) → position along the time axis. */
  time: (ms: number) => number;
  /** Where time runs; labels may use the chart's whole width. */
  plot: { left: number; right: number };
  width: number;
  locale: Locale;
  fontSize: number;
  /** Time runs down the side: every annotation becomes a numbered note, since the band above has no time axis. */
  down?: boolean;
  /** Where the band begins (below a key at the top of the chart, say); default 0. */
  top?: number;
}

/** Levels of labels above the plot at most: past three, a reader loses which label belongs to which line. */
export const ANNOTATION_LEVELS = 3;
/** Lines per label at most; a longer text becomes a numbered note, never cut. */
const MAX_LINES = 3;
/** Space kept free between labels, and between a label and a line that passes it. */
const GAP = 6;
/** Between a label and its connector or the edge of the chart. */
const PAD = 4;
const NOTE_LINES = 8;
/** Where a note's text starts, after its number. */
export const noteIndent = (fontSize: number): number => 2 * fontSize + 4;

const lineHeight = (fontSize: number) => Math.round(fontSize * 1.3);

/** The widest a label above the plot may be: a third of the plot, within 100–220 px. */
export const labelWidth = (plot: { left: number; right: number }): number =>
  Math.round(Math.min(220, Math.max(100, (plot.right - plot.left) / 3)));

/** `text` in lines of at most `space` px, or null when it needs more than `maxLines` (or a word does not fit). */
export function fitLines(text: string, space: number, fontSize: number, maxLines = MAX_LINES): string[] | null {
  const lines = wrap(text, space, fontSize, maxLines + 1);
  if (lines.length === 0 || lines.length > maxLines) return null;
  // wrap() cuts a word wider than the space with an ellipsis: an editor's words are never cut.
  const words = text.split(/\s+/).filter(Boolean).join(' ');
  return lines.join(' ') === words ? lines : null;
}

interface Slot {
  level: number;
  from: number;
  to: number;
  /** Where a line from it runs down to the plot, or NaN. */
  rule: number;
}

/**
 * Places callouts and period labels in levels above the plot, nearest the
 * plot first: a label takes the first level and side where it overlaps no
 * other label, no line from a label above crosses it, and its own line
 * crosses no label below; within the chart's width, extending towards the
 * end of time first (leftwards in Arabic) and flipping near an edge. Where
 * none is free, or its text needs more than three lines at the width it
 * may take, it becomes a number at its point with its text in the notes
 * under the chart. Callouts with their own offset (`dx`, `dy`) keep it and
 * are not placed here. Annotations outside the period shown are left out,
 * as event markers are.
 */
export function planAnnotations(annotations: readonly Annotation[], space: AnnotationSpace): AnnotationPlan {
  const { time, plot, width, locale, fontSize } = space;
  const rtl = directionOf(locale) === 'rtl';
  const lh = lineHeight(fontSize);
  const most = labelWidth(plot);
  const callouts: PlacedCallout[] = [];
  const periods: PlacedPeriod[] = [];
  for (const annotation of annotations) {
    const text = annotationText(annotation.text, locale);
    if (annotation.kind === 'period') {
      const a = dateInterval(annotation.start);
      const b = dateInterval(annotation.end);
      if (!a || !b) continue;
      const xa = time(a.start);
      const xb = time(b.end);
      const from = Math.max(plot.left, Math.min(xa, xb));
      const to = Math.min(plot.right, Math.max(xa, xb));
      if (!(to > from)) continue;
      periods.push({ annotation, text, from, to, label: null, number: null, badge: null, bracketY: 0 });
    } else {
      const at = dateInterval(annotation.date);
      if (!at) continue;
      const x = time(at.start);
      if (!(x >= plot.left - 0.5 && x <= plot.right + 0.5)) continue;
      callouts.push({ annotation, text, x, label: null, number: null, badge: null });
    }
  }

  // Labels in levels: periods first (wide, and their span fixes where they go), then callouts, each by time.
  const slots: Slot[] = [];
  const heights: number[] = [];
  const boxes = new Map<PlacedCallout | PlacedPeriod, { slot: Slot; lines: string[]; anchor: 'start' | 'end' }>();
  const free = (s: Slot) =>
    s.from >= PAD &&
    s.to <= width - PAD &&
    slots.every(
      (p) =>
        (p.level !== s.level || s.from >= p.to + GAP || s.to <= p.from - GAP) &&
        (p.level <= s.level || Number.isNaN(p.rule) || p.rule < s.from - GAP || p.rule > s.to + GAP) &&
        (p.level >= s.level || Number.isNaN(s.rule) || s.rule < p.from - GAP || s.rule > p.to + GAP),
    );
  const place = (item: PlacedCallout | PlacedPeriod, at: number, rule: number, room: number) => {
    if (space.down) return;
    const lines = fitLines(item.text, Math.min(most, room), fontSize);
    if (!lines) return;
    const w = Math.ceil(Math.max(...lines.map((l) => textWidth(l, fontSize)))) + PAD;
    const sides: ('start' | 'end')[] = rtl ? ['end', 'start'] : ['start', 'end'];
    const slotAt = (level: number, anchor: 'start' | 'end') => ({
      level,
      from: anchor === 'start' ? at : at - w,
      to: anchor === 'start' ? at + w : at,
      rule,
    });
    // A label over another callout's moment would leave that one no level above it (its line would cross
    // the label): first look for a place that covers none, then for any place.
    const covers = (slot: Slot) => rules.some((x) => x !== rule && x > slot.from - GAP && x < slot.to + GAP);
    for (const strict of [true, false])
      for (let level = 0; level < ANNOTATION_LEVELS; level++)
        for (const anchor of sides) {
          // 'start' runs rightwards from `at`, 'end' leftwards; the label's edge sits on its line.
          const slot = slotAt(level, anchor);
          if (!free(slot) || (strict && covers(slot))) continue;
          slots.push(slot);
          heights[level] = Math.max(heights[level] ?? 0, lines.length * lh + GAP);
          boxes.set(item, { slot, lines, anchor });
          return;
        }
  };
  // The moments of the callouts this band labels, whose lines run down through it.
  const rules = callouts.filter((c) => !ownPlace(c.annotation)).map((c) => c.x);
  for (const p of [...periods].sort((a, b) => a.from - b.from)) {
    // Over the span, from its start (its end in Arabic); no line runs down from it: the shading does.
    place(p, rtl ? p.to : p.from, Number.NaN, Math.max(most, p.to - p.from));
  }
  for (const c of [...callouts].sort((a, b) => a.x - b.x)) {
    if (ownPlace(c.annotation)) continue;
    place(c, c.x, c.x, most);
  }

  // Callouts with their own offset are labelled where the chart puts them; the rest without a label are numbered.
  const digits = numberFormat(locale, { useGrouping: false });
  const unlabelled = [...periods, ...callouts]
    .filter((item) => !boxes.has(item) && !('x' in item && ownPlace(item.annotation)))
    .sort((a, b) => ('x' in a ? a.x : a.from) - ('x' in b ? b.x : b.from));
  // In reading order: right to left in Arabic where time runs across; top to bottom where it runs down.
  if (rtl && !space.down) unlabelled.reverse();
  const notes: AnnotationNote[] = [];
  let y = fontSize + PAD;
  unlabelled.forEach((item, i) => {
    item.number = digits.format(i + 1);
    const lines = wrap(item.text, Math.max(40, width - noteIndent(fontSize) - PAD), fontSize, NOTE_LINES);
    notes.push({ number: item.number, lines, y });
    y += lines.length * lh + PAD;
  });

  // Numbers of what names no mark (a moment, a period) sit in a row at the band's foot, over their moment
  // or the start of their span, each moved along just clear of the one before.
  const r = badgeRadius(fontSize);
  // Where time runs down the side the band has no time axis: the chart puts these numbers on the plot's edge.
  const loose = space.down ? [] : unlabelled.filter((item) => !('x' in item) || !pinned(item.annotation));
  const badgeRow = loose.length ? 2 * r + PAD : 0;
  const sorted = loose
    .map((item) => ({ item, x: 'x' in item ? item.x : rtl ? item.to - r : item.from + r }))
    .sort((a, b) => a.x - b.x);
  let last = Number.NEGATIVE_INFINITY;
  for (const b of sorted) {
    const x = Math.min(width - r - 1, Math.max(b.x, last + 2 * r + 2, r + 1));
    last = x;
    b.item.badge = { x, y: Number.NaN };
  }

  // Levels stack upwards from the band's foot, above the row of numbers; the band is as tall as both.
  const levels = heights.reduce((sum, h) => sum + (h ?? 0), 0) + (heights.length ? PAD : 0);
  const band = levels + badgeRow;
  const top0 = space.top ?? 0;
  for (const item of loose) if (item.badge) item.badge.y = top0 + band - r - PAD / 2;
  const footOf = (level: number) => top0 + levels - heights.slice(0, level).reduce((sum, h) => sum + (h ?? 0), 0);
  for (const [item, { slot, lines, anchor }] of boxes) {
    const top = footOf(slot.level) - heights[slot.level];
    item.label = {
      lines,
      x: anchor === 'start' ? slot.from + PAD : slot.to - PAD,
      y: top + fontSize,
      anchor,
      box: { left: slot.from, top, width: slot.to - slot.from, height: lines.length * lh },
    };
    if ('bracketY' in item) item.bracketY = top + lines.length * lh + 2;
  }
  return {
    callouts,
    periods,
    band,
    foot: top0 + band,
    notes,
    notesHeight: notes.length ? y - fontSize + PAD + lh / 2 : 0,
    edge: space.down && unlabelled.length ? 2 * r + PAD : 0,
  };
}

/** A callout that names a mark: its number goes on the mark. */
const pinned = (a: Callout) =>
  a.person !== undefined || a.lane !== undefined || a.status !== undefined || a.row !== undefined;
const ownPlace = (a: Callout) => a.dx !== undefined || a.dy !== undefined;

/** Radius of a note's number disc. */
export const badgeRadius = (fontSize: number): number => Math.round(fontSize * 0.7);

/** A note's number disc: a digit's radius, wider by a third of the font for each digit more. */
export const noteRadius = (number: string, fontSize: number): number =>
  badgeRadius(fontSize) + (number.length - 1) * fontSize * 0.3;

/**
 * Where time runs down the side, numbers go in one column past the plot's far end, each on the row of
 * its moment (`at`): moved down just clear of the one before, then up from the chart's foot where the
 * column runs out, so no two touch. Returns each number's centre, in the order given.
 */
export function edgeColumn(
  items: readonly { at: number; number: string }[],
  x: number,
  height: number,
  fontSize: number,
): { x: number; y: number }[] {
  const r = items.map((item) => noteRadius(item.number, fontSize));
  const order = items.map((_, i) => i).sort((a, b) => items[a].at - items[b].at);
  const y: number[] = [];
  let prev = -1;
  for (const i of order) {
    y[i] = Math.max(items[i].at, r[i], prev < 0 ? r[i] : y[prev] + r[prev] + r[i] + 2);
    prev = i;
  }
  prev = -1;
  for (const i of order.reverse()) {
    y[i] = Math.min(y[i], height - r[i], prev < 0 ? height : y[prev] - r[prev] - r[i] - 2);
    prev = i;
  }
  return y.map((v) => ({ x, y: v }));
}

/** A callout as drawn: the point it names, its label, and the line between them. */
export interface DrawnCallout {
  placed: PlacedCallout;
  /** The mark it names, or null for the moment itself (drawn as a rule across the plot). */
  point: { x: number; y: number } | null;
  label: AnnotationLabel | null;
  /** From the point to the label's edge (the shape of @visx/annotation's `Connector`), or null. */
  connector: { x: number; y: number; dx: number; dy: number; type: 'line' | 'elbow' } | null;
}

/**
 * Callouts pinned to the chart drawn under the band: each to the mark
 * `pointOf` finds for it (or its moment's rule), its line running from the
 * label's foot down to the point, or, with its own `dx`/`dy`, its label
 * put there (mirrored in Arabic) and kept inside the chart.
 */
export function drawCallouts(
  plan: AnnotationPlan,
  pointOf: (callout: Callout, x: number) => { x: number; y: number } | null,
  chart: { width: number; height: number },
  locale: Locale,
  fontSize: number,
  plot: { left: number; right: number },
): DrawnCallout[] {
  const rtl = directionOf(locale) === 'rtl';
  const lh = lineHeight(fontSize);
  return plan.callouts.map((placed) => {
    const { annotation: a, x } = placed;
    const point = pointOf(a, x);
    // A moment's line joins its label to its rule, which runs from the band's foot down.
    const at = point ?? { x, y: plan.foot };
    const type = a.connector === 'elbow' ? 'elbow' : 'line';
    let label = placed.label;
    if (!label && placed.number === null) {
      // Its own offset: the label's edge at the point plus (dx, dy), inside the chart.
      const lines = fitLines(placed.text, labelWidth(plot), fontSize, NOTE_LINES) ?? [placed.text];
      const w = Math.ceil(Math.max(...lines.map((l) => textWidth(l, fontSize)))) + PAD;
      const h = lines.length * lh;
      const edge = at.x + (rtl ? -1 : 1) * (a.dx ?? 0);
      const anchor = rtl ? 'end' : 'start';
      const left = Math.max(0, Math.min(chart.width - w, anchor === 'start' ? edge : edge - w));
      const top = Math.max(0, Math.min(chart.height - h, at.y + (a.dy ?? -2 * lh) - h));
      label = {
        lines,
        x: anchor === 'start' ? left + PAD : left + w - PAD,
        y: top + fontSize,
        anchor,
        box: { left, top, width: w, height: h },
      };
    }
    let connector: DrawnCallout['connector'] = null;
    if (label && a.connector !== 'none') {
      const b = label.box;
      // To the label's nearest edge: its foot when above the point, its top when below.
      const ly = b.top + b.height / 2 < at.y ? b.top + b.height + 2 : b.top - 2;
      const lx = Math.max(b.left, Math.min(b.left + b.width, at.x));
      connector = { x: at.x, y: at.y, dx: lx - at.x, dy: ly - at.y, type };
    }
    return { placed, point, label, connector };
  });
}
