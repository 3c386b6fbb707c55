import { Group } from '@visx/group';
import type { Locale } from '../kit/locale.js';
import { themeVar } from '../kit/theme.js';
import { type TimeScale, timeTicks } from '../kit/timeScale.js';

/** Props of {@link TimeGrid}. */
export interface TimeGridProps {
  /** The chart's `layout.time`, running across. */
  time: TimeScale;
  /** Where the lines start and end. */
  top: number;
  bottom: number;
  /** Plot width, to choose how many lines fit (as many as the axis has ticks). */
  width: number;
  /** The axis's language: its labels' widths decide how many ticks, and so lines, there are (default 'en'). */
  locale?: Locale;
}

/** Thin vertical lines at the time axis's ticks, behind a chart's marks. */
export function TimeGrid({ time, top, bottom, width, locale = 'en' }: TimeGridProps) {
  return (
    <Group className="dm-grid">
      {timeTicks(time, width, locale).map((tick) => {
        const x = time(tick);
        return (
          <line key={tick.getTime()} x1={x} x2={x} y1={top} y2={bottom} stroke={themeVar('grid')} strokeWidth={0.5} />
        );
      })}
    </Group>
  );
}
