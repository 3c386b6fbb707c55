import type { ArmsDeal, ArmsDealStatus } from '../../data/types.js';
import type { ChartData, TimeChartProps } from '../kit/chartProps.js';
import { type PropKind, TIME_CHART_PROPS } from '../kit/cleanProps.js';
import type { ArmsKind, ArmsLayout, ArmsMeasure, ArmsSegment } from './layout.js';

/** The records an {@link ArmsDealBars} draws: pass the bundled `dataset`, or your own of the same shape. */
export interface ArmsDealBarsData extends ChartData {
  armsDeals: readonly ArmsDeal[];
}

/** Props of {@link ArmsDealBars}. */
export interface ArmsDealBarsProps extends TimeChartProps<ArmsLayout> {
  /** Arms deals, with the events and sources they refer to. */
  data: ArmsDealBarsData;
  /**
   * What the bars add up: `'deals'` (the default: every deal counts once,
   * so none is left out), `'value'` (reported US dollars) or `'quantity'`
   * (items, per weapon category). Deals without the measure are named in the notes.
   */
  measure?: ArmsMeasure;
  /** Years per bar: 1 (the default), 5 or 10. */
  bin?: number;
  /** @deprecated The old name of {@link ArmsDealBarsProps.bin}; `bin` wins where both are given. */
  groupBy?: number;
  /**
   * Which way time runs: `'across'` (bars standing on a time axis along the bottom), `'down'` (bars
   * growing from the side), or `'auto'` (down on narrow screens). The old `'vertical'` (across) and
   * `'horizontal'` (down) are still accepted.
   */
  orientation?: 'auto' | 'across' | 'down' | 'vertical' | 'horizontal';
  /** Only these statuses, e.g. `['requested', 'refused']`. Colour shows status. */
  statuses?: readonly ArmsDealStatus[];
  /**
   * Only these kinds of weapon, e.g. `['aircraft']` (by quantity, only those items); the unit line says which.
   * Kind shows in tooltips and the data, never in colour: draw one chart per kind to compare kinds.
   */
  kinds?: readonly ArmsKind[];
  /**
   * The value axis reaches at least this (in the measure's unit), so a series of charts, e.g. one per
   * kind, shares one scale; a taller bar still fits. Default: the tallest bar.
   */
  maxValue?: number;
  /** Called with a bar segment's deals when the reader clicks it or presses Enter on it. */
  onSelect?: (deals: readonly ArmsDeal[], segment: ArmsSegment) => void;
}

/** What each prop must be; a value of another kind is dropped and the default applies. */
export const ARMS_PROPS: Partial<Record<keyof ArmsDealBarsProps, PropKind>> = {
  ...TIME_CHART_PROPS,
  bin: 'number',
  groupBy: 'number',
  statuses: 'texts',
  kinds: 'texts',
  onSelect: 'function',
  onInvalid: 'function',
  children: 'function',
};

/** The props that are the arms chart's own, not the frame's: everything ChartFrame is not given. */
export const ARMS_OWN_PROPS = [
  'data',
  'width',
  'height',
  'measure',
  'bin',
  'groupBy',
  'orientation',
  'domain',
  'statuses',
  'kinds',
  'maxValue',
  'markers',
  'annotations',
  'onSelect',
  'description',
  'children',
  'title',
  'notes',
  'locale',
  'onInvalid',
] as const satisfies readonly (keyof ArmsDealBarsProps)[];
