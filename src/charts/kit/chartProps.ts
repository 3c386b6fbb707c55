import type { ReactNode } from 'react';
import type { Event, Source } from '../../data/types.js';
import type { Annotation } from './annotations.js';
import type { FrameProps } from './ChartFrame.js';
import type { MarkerInput } from './markers.js';
import type { Domain } from './timeScale.js';
import type { OnInvalid } from './useGuarded.js';

/** What a chart's `data` may carry besides its own records. */
export interface ChartData {
  /** Events that `markers` may name by id. */
  events?: readonly Event[];
  /** Publications cited, for the source line and tooltips. */
  sources?: readonly Source[];
}

/** The props every time chart takes besides its data and its own options. */
export interface TimeChartProps<Layout> extends FrameProps {
  /** Width in pixels; omit it to fill the parent. */
  width?: number;
  /** Height in pixels; omit it to take what the chart needs. */
  height?: number;
  /** Period to show, e.g. `['1955', '1991']`; either end may be `null` (open). Default: all the data. */
  domain?: Domain;
  /** Events to mark on the time axis: event ids from `data.events`, or events. */
  markers?: MarkerInput;
  /**
   * Callouts pinned to a date (and to a mark there), and shaded periods, in one language or three:
   * `[{ date: '1980-10-08', text: 'Treaty of friendship' }, { kind: 'period', start: '2011', end: '2024', text: 'Civil war' }]`.
   * Placed above the plot without overlapping; where one does not fit (on a phone), it becomes a
   * numbered marker with its text under the chart. Also in the `<desc>`.
   */
  annotations?: readonly Annotation[];
  /** Replaces the generated `<desc>`. */
  description?: string;
  /**
   * Called with the records left out as invalid, each named with the field at fault: once per set of
   * records, while rendering on the server and in a static export, after rendering in the browser.
   */
  onInvalid?: OnInvalid;
  /** Escape hatch: extra SVG drawn over the chart, given its layout. */
  children?: (layout: Layout) => ReactNode;
}
