import { FONT_SIZE } from '../kit/sizes.js';
import { themeVar } from '../kit/theme.js';
import { PlacedLabel } from './GridLabels.js';
import type { HeatmapStrip } from './layout.js';

/** Props of {@link TenureStrips}. */
export interface TenureStripsProps {
  /** The layout's tenure bands (`layout.strips`). */
  strips: readonly HeatmapStrip[];
  fontSize?: number;
}

/**
 * Who ruled, one band per side along the time axis: each tenure a box, shaded
 * in turn so neighbours part, its holder named on a halo of the box's colour
 * where the layout found room. The bands take no focus: a cell's tooltip names who ruled.
 */
export function TenureStrips({ strips, fontSize = FONT_SIZE }: TenureStripsProps) {
  if (!strips.length) return null;
  return (
    <g className="dm-tenures" fontSize={fontSize}>
      {strips.map((s) => (
        <g key={s.key}>
          <PlacedLabel text={s.label} fill={themeVar('muted')} />
          {s.spans.map((sp) => {
            const colour = sp.shade ? themeVar('grid') : themeVar('background');
            const opacity = sp.shade ? 0.5 : undefined;
            return (
              <g key={sp.id}>
                <rect
                  x={sp.x}
                  y={sp.y}
                  width={sp.width}
                  height={sp.height}
                  fill={colour}
                  fillOpacity={opacity}
                  stroke={themeVar('grid')}
                  strokeWidth={0.5}
                />
                {sp.name ? (
                  <text
                    x={sp.name.x}
                    y={sp.name.y}
                    textAnchor={sp.name.anchor}
                    fill={themeVar('text')}
                    stroke={colour}
                    strokeOpacity={opacity}
                    strokeWidth={3}
                    paintOrder="stroke"
                  >
                    {sp.name.text}
                  </text>
                ) : null}
              </g>
            );
          })}
        </g>
      ))}
    </g>
  );
}
