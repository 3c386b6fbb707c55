import type { PlacedMarker } from './markers.js';
import { themeVar } from './theme.js';

/** Props of {@link EventMarkers}. */
export interface EventMarkersProps {
  markers: readonly PlacedMarker[];
  /** Top of the label band. */
  top: number;
  /** Bottom of the rules. */
  bottom: number;
  rowHeight: number;
  fontSize: number;
}

/** Labelled vertical rules for events, shared by every time chart. */
export function EventMarkers({ markers, top, bottom, rowHeight, fontSize }: EventMarkersProps) {
  return (
    <g className="dm-markers">
      {markers.map((m) => {
        const labelY = top + (m.row + 1) * rowHeight - 4;
        return (
          <g key={m.id} data-marker={m.id}>
            <line
              x1={m.x}
              x2={m.x}
              y1={labelY - fontSize + 2}
              y2={bottom}
              stroke={themeVar('text')}
              strokeWidth={1}
              strokeDasharray="3 2"
            />
            <text
              x={m.side === 'right' ? m.x + 3 : m.x - 3}
              y={labelY}
              textAnchor={m.side === 'right' ? 'start' : 'end'}
              fontSize={fontSize}
              fill={themeVar('text')}
            >
              {m.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
