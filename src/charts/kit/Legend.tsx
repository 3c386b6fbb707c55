import type { legendLayout } from './legendLayout.js';
import { SWATCH } from './legendLayout.js';
import { themeVar } from './theme.js';

/** Props of {@link Legend}. */
export interface LegendProps {
  /** The legend placed by {@link legendLayout}. */
  layout: ReturnType<typeof legendLayout>;
  /** Top of the legend in the SVG. */
  top: number;
  fontSize?: number;
}

/** Swatches and their meanings in a line (or lines) above a chart; shared by every chart with a colour key. */
export function Legend({ layout, top, fontSize = 11 }: LegendProps) {
  return (
    <g className="dm-legend" transform={`translate(0 ${top})`} fontSize={fontSize} fill={themeVar('muted')}>
      {layout.title ? (
        <text x={layout.title.x} y={layout.title.y} textAnchor={layout.title.anchor} fontWeight={700}>
          {layout.title.text}
        </text>
      ) : null}
      {layout.items.map((item) => (
        <g key={item.label}>
          {item.swatch ? (
            <g transform={`translate(${item.x} ${item.y})`}>{item.swatch}</g>
          ) : (
            <rect
              x={item.x + 0.5}
              y={item.y + 0.5}
              width={SWATCH - 1}
              height={SWATCH - 1}
              fill={item.fill}
              stroke={item.stroke}
            />
          )}
          <text x={item.textX} y={item.textY} textAnchor={item.anchor}>
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}
