import { halo } from './halo.js';
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
  /** Time runs down the side: rules go across the plot, between these edges (see placeMarkersDown). */
  across?: { left: number; right: number; rtl: boolean };
  /** Draw only the rules (under the data) or only the labels (over it); default both. */
  part?: 'all' | 'rules' | 'labels';
}

/** Labelled rules for events, shared by every time chart: down the plot, or across it where time runs down. */
export function EventMarkers({ markers, top, bottom, rowHeight, fontSize, across, part = 'all' }: EventMarkersProps) {
  const rules = part !== 'labels';
  const labels = part !== 'rules';
  if (across) return <MarkersAcross markers={markers} fontSize={fontSize} rules={rules} labels={labels} {...across} />;
  // An unlabelled rule starts below the labels, so it runs through none of them.
  const rows = markers.reduce((n, m) => (m.label ? Math.max(n, m.row + 1) : n), 0);
  return (
    <g className="dm-markers">
      {markers.map((m) => {
        const labelY = top + (m.label ? m.row + 1 : rows + 1) * rowHeight - 4;
        return (
          <g key={m.id} data-marker={m.id}>
            {rules ? (
              <line
                x1={m.x}
                x2={m.x}
                y1={labelY - fontSize + 2}
                y2={bottom}
                stroke={themeVar('text')}
                strokeWidth={1}
                strokeDasharray="3 2"
              />
            ) : null}
            {labels && m.label ? (
              <text
                x={m.side === 'right' ? m.x + 3 : m.x - 3}
                y={labelY}
                textAnchor={m.side === 'right' ? 'start' : 'end'}
                fontSize={fontSize}
                fill={themeVar('text')}
                {...halo}
              >
                {m.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}

function MarkersAcross({
  markers,
  fontSize,
  left,
  right,
  rtl,
  rules,
  labels,
}: {
  markers: readonly PlacedMarker[];
  fontSize: number;
  rules: boolean;
  labels: boolean;
  left: number;
  right: number;
  rtl: boolean;
}) {
  return (
    <g className="dm-markers" fontSize={fontSize} fill={themeVar('text')} pointerEvents="none">
      {markers.map((m) => (
        <g key={m.id} data-marker={m.id}>
          {rules ? (
            <line x1={left} x2={right} y1={m.x} y2={m.x} stroke={themeVar('text')} strokeDasharray="3 2" />
          ) : null}
          {labels && m.label ? (
            // At the far end, away from where bars start, with a halo over the marks it crosses.
            <text x={rtl ? left + 2 : right - 2} y={m.x - 3} textAnchor={rtl ? 'start' : 'end'} {...halo}>
              {m.label}
            </text>
          ) : null}
        </g>
      ))}
    </g>
  );
}
