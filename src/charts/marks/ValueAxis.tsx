import { Axis, type TickRendererProps } from '@visx/axis';
import { Group } from '@visx/group';
import type { ScaleLinear } from 'd3-scale';
import { FONT_SIZE, rounded } from '../kit/sizes.js';
import { themeVar } from '../kit/theme.js';

/** Props of {@link ValueAxis}. */
export interface ValueAxisProps {
  /** The chart's `layout.value`: a value → its position across the plot (down) or up it (across). */
  scale: ScaleLinear<number, number>;
  /** The values to label, e.g. `layout.valueTicks.map((t) => t.value)`. */
  ticks: readonly number[];
  /**
   * `'across'`: time runs across and values up the side, labelled at x = `at[0]`, gridlines across.
   * `'down'`: time runs down and values across, labelled on each row y in `at` (top, and foot of a tall chart).
   */
  orientation: 'across' | 'down';
  /** Where the labels go: `layout.valueAxis`. */
  at: readonly number[];
  /** The plot, which the gridlines span. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** The value as printed ($700m, 1,200): the locale's digits and words. */
  format: (value: number) => string;
  /** Labels beside the plot on the right, not the left (time runs right to left). */
  rtl?: boolean;
  fontSize?: number;
}

/**
 * A value axis: `@visx/axis` places a label per tick on the chart's linear
 * scale; behind it, a gridline per tick across the plot, the baseline (zero)
 * firmer than the rest. With time down the side, the labels run across the
 * top, and again at the foot of a tall chart.
 */
export function ValueAxis({
  scale,
  ticks,
  orientation,
  at,
  plot,
  format,
  rtl = false,
  fontSize = FONT_SIZE,
}: ValueAxisProps) {
  const across = orientation === 'across';
  const grid = themeVar('grid');
  const pos = (v: number) => rounded(scale(v));
  // Text centred on its tick: the baseline 0.35 em below.
  const label = ({ x, y, formattedValue }: TickRendererProps) =>
    across ? (
      <text x={at[0]} y={rounded(rounded(y) + fontSize * 0.35)} textAnchor={rtl ? 'start' : 'end'}>
        {formattedValue}
      </text>
    ) : (
      at.map((row) => (
        <text key={row} x={rounded(x)} y={row} textAnchor="middle">
          {formattedValue}
        </text>
      ))
    );
  return (
    <Group className="dm-value-axis">
      {ticks.map((v) =>
        across ? (
          <line
            key={v}
            x1={plot.left}
            x2={plot.right}
            y1={pos(v)}
            y2={pos(v)}
            stroke={grid}
            strokeWidth={v ? 0.5 : 1}
          />
        ) : (
          <line
            key={v}
            x1={pos(v)}
            x2={pos(v)}
            y1={plot.top}
            y2={plot.bottom}
            stroke={grid}
            strokeWidth={v ? 0.5 : 1}
          />
        ),
      )}
      <Axis
        orientation={across ? (rtl ? 'right' : 'left') : 'top'}
        scale={scale}
        tickValues={[...ticks]}
        tickFormat={(v) => format(Number(v))}
        hideAxisLine
        hideTicks
        tickLength={0}
        tickComponent={label}
      />
    </Group>
  );
}
