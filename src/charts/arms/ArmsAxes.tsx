import { FONT_SIZE, rounded } from '../kit/sizes.js';
import { themeVar } from '../kit/theme.js';
import { ValueAxis } from '../marks/ValueAxis.js';
import type { ArmsLayout } from './layout.js';

/** The arms chart's axes: the unit line, the value axis with its grid, and the period labels. */
export function ArmsAxes({
  layout,
  rtl,
  formatValue,
  formatPeriod,
}: {
  layout: ArmsLayout;
  rtl: boolean;
  formatValue: (v: number) => string;
  formatPeriod: (p: number) => string;
}) {
  const { plot, unit } = layout;
  const across = layout.orientation === 'across';
  const middle = (y: number) => rounded(y + FONT_SIZE * 0.35);
  const under = rounded(plot.bottom + 4 + FONT_SIZE * 0.8);
  return (
    <g className="dm-axes" fontSize={FONT_SIZE} fill={themeVar('muted')}>
      {unit ? (
        <text className="dm-unit" x={unit.x} y={unit.y} textAnchor={unit.anchor}>
          {unit.text}
        </text>
      ) : null}
      <ValueAxis
        scale={layout.value}
        ticks={layout.valueTicks.map((t) => t.value)}
        orientation={layout.orientation}
        at={layout.valueAxis}
        plot={plot}
        format={formatValue}
        rtl={rtl}
      />
      {layout.periodTicks.map((t) =>
        across ? (
          <text key={t.value} x={t.pos} y={under} textAnchor="middle">
            {formatPeriod(t.value)}
          </text>
        ) : (
          <text
            key={t.value}
            x={rtl ? plot.right + 4 : plot.left - 4}
            y={middle(t.pos)}
            textAnchor={rtl ? 'start' : 'end'}
          >
            {formatPeriod(t.value)}
          </text>
        ),
      )}
    </g>
  );
}
