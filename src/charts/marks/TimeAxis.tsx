import { Axis, type TickRendererProps } from '@visx/axis';
import { halo } from '../kit/halo.js';
import type { Locale } from '../kit/locale.js';
import { FONT_SIZE } from '../kit/sizes.js';
import { themeVar } from '../kit/theme.js';
import { formatTick, type TimeScale, timeTicks } from '../kit/timeScale.js';

export { tickCount } from '../kit/timeScale.js';

/** Props of {@link TimeAxis}. */
export interface TimeAxisProps {
  /** The chart's `layout.time`. */
  scale: TimeScale;
  /** Where the axis line sits. */
  top: number;
  locale: Locale;
  /** Plot width, to choose how many ticks fit. */
  width: number;
  fontSize?: number;
}

const TICK = 5;

/**
 * The time axis under a time chart: `@visx/axis` places the line, ticks and
 * labels; the labels are plain SVG text in the locale's calendar words and
 * digits, with a halo of the background where a marker's rule passes under.
 */
export function TimeAxis({ scale, top, locale, width, fontSize = FONT_SIZE }: TimeAxisProps) {
  const label = ({ x, formattedValue }: TickRendererProps) => (
    <text x={x} y={TICK + 3} dy="0.8em" textAnchor="middle" fontSize={fontSize} fill={themeVar('muted')} {...halo}>
      {formattedValue}
    </text>
  );
  return (
    <Axis
      orientation="bottom"
      axisClassName="dm-axis"
      scale={scale}
      top={top}
      tickValues={timeTicks(scale, width, locale, fontSize)}
      tickFormat={(date) => formatTick(date as Date, locale)}
      tickLength={TICK}
      stroke={themeVar('grid')}
      tickStroke={themeVar('grid')}
      tickComponent={label}
    />
  );
}
