import { dateInterval } from '../../data/dates.js';
import type { Event, Person, Tenure } from '../../data/types.js';
import type { Annotation } from '../kit/annotations.js';
import { annotateLayout, type CalloutPoint, type ChartAnnotations } from '../kit/chartAnnotations.js';
import { directionOf, type Locale } from '../kit/locale.js';
import { annotationsFromEvents, type MarkerInput } from '../kit/markers.js';
import { FONT_SIZE } from '../kit/sizes.js';
import { type Domain, formatTick, resolveDomain, timeScale, timeTicks } from '../kit/timeScale.js';
import { keyWords } from './keyWords.js';
import { type LaneNaming, laneSpecs } from './lanes.js';
import {
  type GanttLayout,
  ganttFrame,
  ganttLayout,
  linearTime,
  type TenureIntervals,
  tenureIntervals,
} from './layout.js';
import { personNamer, shorterNames } from './names.js';

/** The tenures a chart shows: those of the countries and offices asked for (all when not asked). */
export function pickTenures(
  tenures: readonly Tenure[],
  polities: readonly string[] | undefined,
  offices: readonly string[] | undefined,
): readonly Tenure[] {
  if (!polities && !offices) return tenures;
  return tenures.filter((t) => (!polities || polities.includes(t.polity)) && (!offices || offices.includes(t.office)));
}

/**
 * The period shown, UTC ms: the `domain` asked for, its open ends filled
 * from the tenures' extent, which runs to today at least (ongoing tenures end today).
 */
export function tenurePeriod(intervals: TenureIntervals, today: number, domain?: Domain): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const { starts, ends } = intervals;
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]?.start ?? min;
    const end = ends[i];
    const to = end === undefined ? today : (end?.end ?? max);
    if (from < min) min = from;
    if (to > max) max = to;
  }
  return resolveDomain(domain, [min, Math.max(max, today)]);
}

/** The tick labels over the whole width, so the plot can keep half the widest free at its edges. */
export const tickLabels = (period: readonly [number, number], width: number, locale: Locale): string[] => {
  const rtl = directionOf(locale) === 'rtl';
  return timeTicks(timeScale(period, 0, width, rtl), width, locale).map((tick) => formatTick(tick, locale));
};

/** Everything a {@link ganttScene} is drawn from. */
export interface GanttSceneInput extends LaneNaming {
  /** The tenures to draw (valid, and picked by country and office: see {@link pickTenures}). */
  tenures: readonly Tenure[];
  /** People by id, for the names. */
  people: ReadonlyMap<string, Person>;
  /** Events that `markers` may name by id. */
  events?: readonly Event[];
  markers?: MarkerInput;
  /** Checked annotations (see checkAnnotation). */
  annotations?: readonly Annotation[];
  domain?: Domain;
  width: number;
  height?: number;
  /** Today, UTC ms (whole days: see startOfToday). */
  today: number;
  locale: Locale;
}

/** The layout as the chart draws it, with its annotations placed and the name of each tenure's holder. */
export interface GanttScene extends GanttLayout {
  /** The tenure holder's name as printed in full. */
  nameOf: (tenure: Tenure) => string;
  annotations: ChartAnnotations;
}

/**
 * The whole Gantt worked out, from records to pixels: lanes, the period
 * shown, where the plot goes (lane labels beside it or above each lane),
 * the time scale, annotations (event markers among them), bars, rows and names. Null when there is
 * nothing to draw.
 */
export function ganttScene(input: GanttSceneInput): GanttScene | null {
  const { tenures, width, height, today, locale } = input;
  if (!tenures.length) return null;
  const rtl = directionOf(locale) === 'rtl';
  const nameOf = personNamer(input.people, locale);
  const { specs, labels } = laneSpecs(tenures, input);
  const intervals = tenureIntervals(tenures);
  const period = tenurePeriod(intervals, today, input.domain);
  const { plot, labelMode } = ganttFrame(width, labels, FONT_SIZE, rtl, tickLabels(period, width, locale));
  const time = timeScale(period, plot.left, plot.right, rtl);
  // Event markers are annotations of the events' own headlines, placed with the rest.
  const annotated = annotateLayout(
    [...annotationsFromEvents(input.events, input.markers), ...(input.annotations ?? [])],
    { time: linearTime(time), plot, width, locale, fontSize: FONT_SIZE },
    (top) =>
      ganttLayout({
        tenures,
        intervals,
        name: nameOf,
        shorter: shorterNames(locale),
        lane: (_, i) => specs[i],
        width,
        height,
        time,
        today,
        rtl,
        plot,
        labelMode,
        top,
        fontSize: FONT_SIZE,
        key: keyWords[locale],
      }),
    barPoint,
  );
  if (!annotated) return null;
  return { ...annotated.layout, nameOf, annotations: annotated.annotations };
}

/**
 * Where a Gantt callout points: the top edge of the named person's bar at its
 * date (the nearest of their bars in time when none spans it), else of the
 * named lane's first row at its date; else nowhere (its moment's rule).
 */
const barPoint =
  (layout: GanttLayout): CalloutPoint =>
  (callout, x) => {
    const at = dateInterval(callout.date)?.start ?? Number.NaN;
    let best: GanttLayout['bars'][number] | undefined;
    let distance = Number.POSITIVE_INFINITY;
    for (const bar of layout.bars) {
      if (callout.person !== undefined ? bar.tenure.personId !== callout.person : bar.lane !== callout.lane || bar.row)
        continue;
      const d = at < bar.from ? bar.from - at : at > bar.to ? at - bar.to : 0;
      if (d < distance) {
        best = bar;
        distance = d;
      }
    }
    if (callout.person === undefined && callout.lane === undefined) return null;
    if (!best) {
      const lane = layout.lanes.find((l) => l.key === callout.lane);
      return lane ? { x, y: lane.y } : null;
    }
    const left = best.outer.left;
    const right = left + Math.max(1, best.outer.width);
    // The top edge of the bar, nearest the labels above, so the ring hides no name.
    return { x: Math.max(left, Math.min(right, x)), y: best.y };
  };
