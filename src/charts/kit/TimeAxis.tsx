import { halo } from './halo.js';
import type { Locale } from './locale.js';
import { themeVar } from './theme.js';
import { formatTick, type timeScale } from './timeScale.js';

/** Props of {@link TimeAxis}. */
export interface TimeAxisProps {
  scale: ReturnType<typeof timeScale>;
  /** Where the axis line sits. */
  top: number;
  locale: Locale;
  /** Plot width, to choose how many ticks fit. */
  width: number;
  fontSize?: number;
}

/** How many ticks fit a plot width without their labels touching. */
export const tickCount = (width: number): number => Math.max(2, Math.floor(width / 70));

/**
 * The time axis under every time chart, labelled in the locale's calendar
 * words and digits. Drawn here rather than with `@visx/axis`, whose text
 * component brings a CSS-calc evaluator (about 6 kB gzipped) we never use.
 */
export function TimeAxis({ scale, top, locale, width, fontSize = 11 }: TimeAxisProps) {
  const [a, b] = scale.range();
  return (
    <g className="dm-axis" transform={`translate(0 ${top})`}>
      <line x1={Math.min(a, b)} x2={Math.max(a, b)} stroke={themeVar('grid')} />
      {scale.ticks(tickCount(width)).map((tick) => {
        const x = scale(tick) ?? 0;
        return (
          <g key={tick.getTime()} transform={`translate(${x} 0)`}>
            <line y2={5} stroke={themeVar('grid')} />
            <text y={8} dy="0.8em" textAnchor="middle" fontSize={fontSize} fill={themeVar('muted')} {...halo}>
              {formatTick(tick, locale)}
            </text>
          </g>
        );
      })}
    </g>
  );
}
