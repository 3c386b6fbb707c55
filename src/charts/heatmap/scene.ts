import { dateInterval } from '../../data/dates.js';
import type { Event, Office, Person, Tenure, Visit, VisitLevel } from '../../data/types.js';
import type { AnnotationSpace } from '../kit/annotationLayout.js';
import type { Annotation } from '../kit/annotations.js';
import { annotateLayout, type CalloutPoint, type ChartAnnotations } from '../kit/chartAnnotations.js';
import { type LegendItem, legendLayout } from '../kit/legendLayout.js';
import { directionOf, type Locale, localize, numberFormat, separators } from '../kit/locale.js';
import { annotationsFromEvents, type MarkerInput } from '../kit/markers.js';
import { FONT_SIZE } from '../kit/sizes.js';
import { seqEdgeVar, seqVar, themeVar } from '../kit/theme.js';
import { type Domain, resolveDomain } from '../kit/timeScale.js';
import {
  countCells,
  type HeatmapLayout,
  type HeatmapOrientation,
  type HeatmapSeriesSpec,
  type HeatmapStripInput,
  heatmapFrame,
  heatmapLayout,
} from './layout.js';
import { type HeatmapWords, heatmapWords } from './words.js';

/** Rows of visitors, most senior first. */
const LEVEL_ORDER: readonly string[] = ['head-of-state', 'head-of-government', 'minister', 'military', 'delegation'];

const yearOf = (ms: number) => new Date(ms).getUTCFullYear();

/** The years a grid of visits shows and claims to cover, and each visit's start, read once. */
export function visitYears(
  visits: readonly Visit[],
  domain: Domain | undefined,
  coverage: Domain | undefined,
  today: number,
): { starts: Float64Array; period: [number, number]; years: [number, number]; coverage: [number, number] } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  // Every visit here has a valid start (see checkVisit).
  const starts = new Float64Array(visits.length);
  visits.forEach((v, i) => {
    const start = dateInterval(v.start)?.start ?? 0;
    starts[i] = start;
    if (start < min) min = start;
    if (start > max) max = start;
  });
  const extent: [number, number] = [min, max + 1];
  const period = resolveDomain(domain, extent);
  const covered = resolveDomain(coverage, extent);
  return {
    starts,
    period,
    years: [yearOf(period[0]), yearOf(period[1] - 1)],
    coverage: [yearOf(covered[0]), Math.min(yearOf(today), yearOf(covered[1] - 1))],
  };
}

/** How a visit's row is found and named. */
export interface VisitRowOptions {
  rows: 'direction-level' | 'direction';
  polityGroups: Readonly<Record<string, string>>;
  countryName: (code: string) => string;
  words: HeatmapWords;
}

/**
 * The row of each visit: one description per direction and level (or per
 * direction), shared by all its visits, looked up by from, to and level in
 * nested maps with no key string to build. `sides` fills as sides appear, Syria and Moscow first.
 */
export function visitRows({ rows, polityGroups, countryName, words }: VisitRowOptions) {
  const sides: string[] = ['SY', 'SU+RU'];
  const sideOf = (polity: string) => {
    const side = polityGroups[polity] ?? polity;
    if (!sides.includes(side)) sides.push(side);
    return side;
  };
  const specs: HeatmapSeriesSpec[] = [];
  const lookup = new Map<string, Map<string, Map<string, HeatmapSeriesSpec>>>();
  const make = (v: Visit): HeatmapSeriesSpec => {
    const from = sideOf(v.from);
    const to = sideOf(v.to);
    const group = `${from}>${to}`;
    const groupLabel = words.direction(countryName(from), countryName(to));
    const order = sides.indexOf(from) * 100 + sides.indexOf(to) * 10;
    if (rows === 'direction') return { key: group, group, groupLabel, label: groupLabel, order };
    const level = LEVEL_ORDER.indexOf(v.level);
    const label = words.levels[v.level as VisitLevel] ?? v.level;
    return { key: `${group}|${v.level}`, group, groupLabel, label, order: order + (level === -1 ? 9 : level) };
  };
  const seriesOf = (v: Visit) => {
    let byTo = lookup.get(v.from);
    if (!byTo) {
      byTo = new Map();
      lookup.set(v.from, byTo);
    }
    let byLevel = byTo.get(v.to);
    if (!byLevel) {
      byLevel = new Map();
      byTo.set(v.to, byLevel);
    }
    const row = rows === 'direction' ? '' : v.level;
    let spec = byLevel.get(row);
    if (!spec) {
      spec = make(v);
      byLevel.set(row, spec);
      specs.push(spec);
    }
    return spec;
  };
  return { seriesOf, sides, specs };
}

/** What {@link rulerStrips} reads: the tenures, whose office to show per country, and how to name them. */
export interface RulerOptions {
  tenures: readonly Tenure[];
  offices: Readonly<Record<string, Office>>;
  polityGroups: Readonly<Record<string, string>>;
  /** The sides in order, and those the rows use. */
  sides: readonly string[];
  used: ReadonlySet<string>;
  people: ReadonlyMap<string, Person>;
  countryName: (code: string) => string;
  locale: Locale;
  /** Ongoing tenures run to the end of this year. */
  todayYear: number;
}

/** Who ruled: one band per side, from the tenures of the office asked for that country. */
export function rulerStrips(o: RulerOptions): HeatmapStripInput[] {
  const bySide = new Map(
    o.sides
      .filter((s) => o.used.has(s))
      .map((s) => [s, { key: s, label: o.countryName(s), spans: [] as HeatmapStripInput['spans'][number][] }]),
  );
  for (const t of o.tenures) {
    if (!t || typeof t !== 'object' || o.offices[t.polity] !== t.office) continue;
    const strip = bySide.get(o.polityGroups[t.polity] ?? t.polity);
    const start = dateInterval(t.start);
    const end = t.end == null ? null : dateInterval(t.end);
    if (!strip || !start || (t.end != null && !end)) continue;
    const person = o.people.get(t.personId);
    const full = person?.name ? localize(person.name, o.locale) : t.personId;
    const parts = full.split(/\s+/);
    strip.spans.push({
      id: t.id,
      from: start.start,
      to: end ? end.end : Date.UTC(o.todayYear + 1, 0, 1),
      names: [full, parts[parts.length - 1]],
    });
  }
  return [...bySide.values()];
}

/** The colour key: no visits, each step of counts, and "no data" where the grid has any. */
export function legendItems(layout: HeatmapLayout, locale: Locale, hatch: string): LegendItem[] {
  const words = heatmapWords[locale];
  const nf = numberFormat(locale);
  const items: LegendItem[] = [{ label: words.visitCount(0), fill: themeVar('background'), stroke: themeVar('grid') }];
  for (const s of layout.steps) {
    const label =
      s.to === Number.POSITIVE_INFINITY
        ? `${nf.format(s.from)}+`
        : s.from === s.to
          ? nf.format(s.from)
          : `${nf.format(s.from)}–${nf.format(s.to)}`;
    items.push({ label, fill: seqVar(s.shade), stroke: seqEdgeVar(s.shade) });
  }
  if (layout.cells.some((c) => !c.covered)) items.push({ label: words.noData, fill: hatch, stroke: themeVar('grid') });
  return items;
}

/** Everything a {@link heatmapScene} is drawn from. */
export interface HeatmapSceneInput {
  /** The valid visits. */
  visits: readonly Visit[];
  /** Tenures for the bands of who ruled; none, no bands. */
  tenures?: readonly Tenure[];
  /** Events that `markers` may name by id. */
  events?: readonly Event[];
  markers?: MarkerInput;
  /** Checked annotations (see checkAnnotation). */
  annotations?: readonly Annotation[];
  people: ReadonlyMap<string, Person>;
  domain?: Domain;
  coverage?: Domain;
  /** Today, UTC ms (whole days: see startOfToday). */
  today: number;
  rows: 'direction-level' | 'direction';
  orientation: HeatmapOrientation | 'columns' | 'rows';
  bin?: number;
  breaks?: readonly number[];
  tenureOffices: Readonly<Record<string, Office>>;
  polityGroups: Readonly<Record<string, string>>;
  countryName: (code: string) => string;
  /** A span of years as printed (see heatmapLayout's `periodLabel`). */
  spanText: (from: number, to: number, short?: boolean) => string;
  width: number;
  height?: number;
  locale: Locale;
  /** Prefix of the ids inside the SVG (the no-data pattern). */
  id: string;
}

/** The layout as the chart draws it: with its legend, event markers, the visits shown and the totals it describes. */
export interface HeatmapScene extends HeatmapLayout {
  legend: ReturnType<typeof legendLayout>;
  annotations: ChartAnnotations;
  /** The visits in the period shown (the table, the CSV and the credits). */
  shown: Visit[];
  /** Visits per period, and per row. */
  counts: Map<number, number>;
  bySeries: Map<string, number>;
  /** A row's name in full: "Syria → USSR / Russia, Head of state". */
  labelOf: Map<string, string>;
  /** The tenure bands asked for, before placing (who ruled when, for the tooltips). */
  rulers: HeatmapStripInput[];
  /** The years shown were too many for the bin asked (or chosen): each period spans more (`bin`). */
  widened: boolean;
}

/**
 * The whole heatmap worked out, from records to pixels: the years shown, a
 * row per direction and level, who ruled, which way the grid runs and how
 * wide a period is, the legend, event markers (with room made above the grid
 * for their labels), cells and totals. Null when there is nothing to draw.
 */
export function heatmapScene(input: HeatmapSceneInput): HeatmapScene | null {
  const { visits, width, locale } = input;
  if (!visits.length) return null;
  const { starts, period, years, coverage } = visitYears(visits, input.domain, input.coverage, input.today);
  const words = heatmapWords[locale];
  const rows = visitRows({ ...input, words });
  const rowLabels = new Set<string>();
  const shown: Visit[] = [];
  visits.forEach((v, i) => {
    if (starts[i] < period[0] || starts[i] >= period[1]) return;
    shown.push(v);
    rowLabels.add(rows.seriesOf(v).label);
  });
  if (!shown.length) return null;
  const rulers = input.tenures
    ? rulerStrips({
        ...input,
        tenures: input.tenures,
        offices: input.tenureOffices,
        sides: rows.sides,
        used: new Set(rows.specs.flatMap((s) => s.group.split('>'))),
        todayYear: yearOf(input.today),
      })
    : [];
  const frame = heatmapFrame(width, [...rowLabels], years, {
    bin: input.bin,
    orientation: input.orientation,
    fontSize: FONT_SIZE,
  });
  const counted = countCells(shown, rows.seriesOf, frame.bin, years);
  const rtl = directionOf(locale) === 'rtl';
  const run = (top: number, edge = 0) =>
    heatmapLayout({
      counted,
      visits: shown,
      series: rows.seriesOf,
      bin: frame.bin,
      years,
      coverage,
      rtl,
      transposed: frame.transposed,
      top,
      strips: rulers,
      periodLabel: input.spanText,
      breaks: input.breaks,
      width: width - edge,
      height: input.height,
      fontSize: FONT_SIZE,
    });
  const placed = withAnnotations(run, input, words);
  return { ...placed, ...totals(placed, locale), shown, rulers, widened: frame.widened };
}

/**
 * Lays the grid out under its legend and the labels of its annotations
 * (event markers among them): once to learn the legend's height and where
 * the annotations fall (neither depends on the grid's position), then in place.
 */
function withAnnotations(
  run: (top: number, edge?: number) => HeatmapLayout,
  { markers, events, width, locale, id, annotations = [] }: HeatmapSceneInput,
  words: HeatmapWords,
): HeatmapLayout & { legend: ReturnType<typeof legendLayout>; annotations: ChartAnnotations } {
  const rtl = directionOf(locale) === 'rtl';
  const first = run(0);
  const legend = legendLayout(legendItems(first, locale, `url(#${id}-nodata)`), width, {
    title: words.visitsPer,
    fontSize: FONT_SIZE,
    rtl,
  });
  const top = legend.height + 6;
  const down = first.transposed;
  const spaceOf = (l: HeatmapLayout): AnnotationSpace => ({
    time: (ms) => l.time(ms),
    plot: down ? { left: l.plot.top, right: l.plot.bottom } : l.plot,
    width,
    locale,
    fontSize: FONT_SIZE,
    down,
    top,
  });
  const annotated = annotateLayout(
    [...annotationsFromEvents(events, markers), ...annotations],
    spaceOf(first),
    (band, edge) => run(top + band, edge),
    cellPoint,
    down ? spaceOf : undefined,
    // run() always lays out, so there is always a result.
  ) as { layout: HeatmapLayout; annotations: ChartAnnotations };
  return { ...annotated.layout, legend, annotations: annotated.annotations };
}

/** Where a heatmap callout points: the top of the cell of its `row` (a row's key, or a direction's, its first row) in the period of its date. */
const cellPoint =
  (layout: HeatmapLayout): CalloutPoint =>
  (callout) => {
    const at = dateInterval(callout.date);
    if (!at || callout.row === undefined) return null;
    const year = yearOf(at.start);
    const cell = layout.cells.find(
      (c) =>
        (c.series === callout.row || c.series.split('|')[0] === callout.row) &&
        c.period <= year &&
        year < c.period + c.bin,
    );
    // The top of the cell, nearest the labels above, so the ring hides no count.
    return cell ? { x: cell.x + cell.width / 2, y: cell.y } : null;
  };

/** Visits per period and per row, and each row's name in full. */
function totals(layout: HeatmapLayout, locale: Locale) {
  const { comma } = separators(locale);
  const counts = new Map<number, number>();
  const bySeries = new Map<string, number>();
  for (const c of layout.cells) {
    counts.set(c.period, (counts.get(c.period) ?? 0) + c.count);
    bySeries.set(c.series, (bySeries.get(c.series) ?? 0) + c.count);
  }
  const labelOf = new Map(
    layout.series.map((s) => [s.key, s.label === s.groupLabel ? s.label : `${s.groupLabel}${comma}${s.label}`]),
  );
  return { counts, bySeries, labelOf };
}
