import { Group } from '@visx/group';
import { FONT_SIZE } from '../kit/sizes.js';
import { themeVar } from '../kit/theme.js';

/** A lane's label as a layout places it (e.g. a Gantt layout's `lanes`). */
export interface LaneLabel {
  key: string;
  label: string;
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
}

/** Props of {@link LaneLabels}. */
export interface LaneLabelsProps {
  lanes: readonly LaneLabel[];
  fontSize?: number;
}

/** The lanes' names, muted, with a halo of the background where a marker's rule passes under them (over the plot on a phone). */
export function LaneLabels({ lanes, fontSize = FONT_SIZE }: LaneLabelsProps) {
  return (
    <Group
      className="dm-lanes"
      fontSize={fontSize}
      fill={themeVar('muted')}
      stroke={themeVar('background')}
      strokeWidth={3}
      paintOrder="stroke"
    >
      {lanes.map((lane) => (
        <text key={lane.key} x={lane.labelX} y={lane.labelY} textAnchor={lane.labelAnchor}>
          {lane.label}
        </text>
      ))}
    </Group>
  );
}
