import type { PlacedPeriod } from '../kit/annotationLayout.js';
import { themeVar } from '../kit/theme.js';

/** Props of {@link PeriodShades}. */
export interface PeriodShadesProps {
  periods: readonly PlacedPeriod[];
  /** The plot's top and bottom (or, where time runs down the side, its left and right: see `down`). */
  top: number;
  bottom: number;
  /** Time runs down the side: the shades run across the plot. */
  down?: boolean;
}

/** Shaded spans of time ("Civil war"), drawn behind the marks; their labels go in the band above (see `Callouts`). */
export function PeriodShades({ periods, top, bottom, down = false }: PeriodShadesProps) {
  if (!periods.length) return null;
  return (
    <g className="dm-periods" fill={themeVar('muted')} fillOpacity={0.12} pointerEvents="none">
      {periods.map((p, i) =>
        down ? (
          <rect key={p.annotation.id ?? i} x={top} y={p.from} width={bottom - top} height={p.to - p.from} />
        ) : (
          <rect key={p.annotation.id ?? i} x={p.from} y={top} width={p.to - p.from} height={bottom - top} />
        ),
      )}
    </g>
  );
}
