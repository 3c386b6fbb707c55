import { dateInterval } from '../../data/dates.js';
import type { Event } from '../../data/types.js';
import type { Annotation } from '../kit/annotations.js';
import { annotateLayout, type CalloutPoint, type ChartAnnotations } from '../kit/chartAnnotations.js';
import { legendLayout } from '../kit/legendLayout.js';
import type { Locale } from '../kit/locale.js';
import { directionOf } from '../kit/locale.js';
import { annotationsFromEvents, type MarkerInput } from '../kit/markers.js';
import { FONT_SIZE, rounded } from '../kit/sizes.js';
import { type ArmsBins, type ArmsLayout, type ArmsLayoutInput, armsLayout } from './layout.js';
import { legendItems } from './legend.js';
import { armsWords } from './words.js';

/** Everything an {@link armsScene} is drawn from. */
export interface ArmsSceneInput
  extends Pick<
    ArmsLayoutInput,
    'bin' | 'width' | 'height' | 'formatValue' | 'formatPeriod' | 'whole' | 'unit' | 'maxValue'
  > {
  /** The deals binned (see binArmsDeals). */
  bins: ArmsBins;
  /** The years asked for; null where open (the deals' own extent fills in). */
  years: readonly [number | null, number | null];
  /** Which way time runs, or undefined for the width to choose. */
  orientation?: 'across' | 'down';
  locale: Locale;
  markers?: MarkerInput;
  events?: readonly Event[];
  /** Checked annotations (see checkAnnotation). */
  annotations?: readonly Annotation[];
  /** The chart's id, for the key's hatching swatch. */
  id: string;
}

/** The arms layout as the chart draws it: its key above the plot and its event markers placed. */
export type ArmsScene = ArmsLayout & {
  legend: ReturnType<typeof legendLayout>;
  annotations: ChartAnnotations;
};

/**
 * The whole arms chart worked out, from bins to pixels: the periods shown,
 * the key (inside the SVG, so a static export carries it), the layout and
 * the event markers, with room above the bars for the markers' labels.
 * Null when no stack falls in the years shown.
 */
export function armsScene(input: ArmsSceneInput): ArmsScene | null {
  const { bins, years, bin, width, locale } = input;
  const rtl = directionOf(locale) === 'rtl';
  const extent = bins.extent;
  if (!extent && years[0] === null) return null;
  const first = years[0] === null ? (extent?.[0] ?? 0) : Math.floor(years[0] / bin) * bin;
  const last = years[1] === null ? (extent?.[1] ?? first) : Math.floor(years[1] / bin) * bin;
  const inPeriod = bins.stacks.filter((s) => s.period >= first && s.period <= last);
  if (!inPeriod.length) return null;
  const legend = legendLayout(legendItems(inPeriod, armsWords[locale], input.id), width, { fontSize: FONT_SIZE, rtl });
  const layoutInput: ArmsLayoutInput = {
    stacks: bins.stacks,
    periods: [first, Math.max(first, last)],
    bin,
    width,
    height: input.height,
    orientation: input.orientation,
    rtl,
    fontSize: FONT_SIZE,
    formatValue: input.formatValue,
    formatPeriod: input.formatPeriod,
    whole: input.whole,
    top: legend.height + 8,
    unit: input.unit,
    maxValue: input.maxValue,
  };
  const laid = armsLayout(layoutInput);
  const at = (t: number) => rounded(laid.time(t));
  const down = laid.orientation === 'down';
  // Room above the bars for the annotations' labels (event markers among them); time does not move along x.
  const annotated = annotateLayout(
    [...annotationsFromEvents(input.events, input.markers), ...(input.annotations ?? [])],
    {
      time: at,
      plot: down ? { left: laid.plot.top, right: laid.plot.bottom } : laid.plot,
      width,
      locale,
      fontSize: FONT_SIZE,
      down,
      top: layoutInput.top,
    },
    (band, edge) =>
      band || edge ? armsLayout({ ...layoutInput, top: (layoutInput.top ?? 0) + band, width: width - edge }) : laid,
    segmentPoint,
  );
  if (!annotated) return null;
  return { ...annotated.layout, legend, annotations: annotated.annotations };
}

/** Where an arms callout points: the top of the named status's segment in the period of its date; else nowhere. */
const segmentPoint =
  (layout: ArmsLayout): CalloutPoint =>
  (callout) => {
    const at = dateInterval(callout.date);
    if (!at || callout.status === undefined) return null;
    const year = new Date(at.start).getUTCFullYear();
    const segment = layout.segments.find(
      (s) => s.status === callout.status && s.period <= year && year < s.period + layout.bin,
    );
    // The top of the segment, nearest the labels above, so the ring hides nothing inside it.
    return segment ? { x: segment.box.x + segment.box.width / 2, y: segment.box.y } : null;
  };
