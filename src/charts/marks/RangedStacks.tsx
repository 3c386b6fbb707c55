import { Group } from '@visx/group';
import { Bar } from '@visx/shape';
import type { ScaleOrdinal } from 'd3-scale';
import type { ArmsDealStatus } from '../../data/types.js';
import type { ArmsSegment } from '../arms/layout.js';
import { STATUSES } from '../arms/layout.js';
import { Hatch } from '../kit/Hatch.js';
import type { Box } from '../kit/markNavigation.js';
import { rounded } from '../kit/sizes.js';
import { statusEdgeVar, themeVar } from '../kit/theme.js';

/** Props of {@link RangedStacks}. */
export interface RangedStacksProps {
  /** The placed segments of an arms layout (`layout.segments`): one per period and status, stacked from the baseline. */
  segments: readonly ArmsSegment[];
  /** `layout.orientation`: `'across'` bars stand on the time axis, `'down'` bars grow from the side. */
  orientation: 'across' | 'down';
  /** Status → fill (`layout.colour`); refused segments are hatched in theirs. */
  colour: ScaleOrdinal<ArmsDealStatus, string>;
  /** Prefix of the hatching pattern's id, unique on the page (`${id}-refused`). */
  id: string;
}

/** A hair of background between stacked segments, so like colours never merge. */
export const gap = (b: Box, across: boolean): Box =>
  across
    ? b.height > 2
      ? { ...b, y: b.y + 0.5, height: b.height - 1 }
      : b
    : b.width > 2
      ? { ...b, x: b.x + 0.5, width: b.width - 1 }
      : b;

/** A box half a pixel inside itself, so its outline stays within the bar. */
export const inset = (b: Box): Box =>
  b.width > 1 && b.height > 1 ? { x: b.x + 0.5, y: b.y + 0.5, width: b.width - 1, height: b.height - 1 } : b;

/** The whisker of a ranged segment: a cap at the top of its range and a line down to its sure part. */
export function whisker(s: ArmsSegment, across: boolean): string {
  const r = rounded;
  if (across) {
    const x = r(s.box.x + s.box.width / 2);
    const w = r(Math.min(6, s.box.width / 2));
    return `M${r(x - w / 2)},${s.box.y}h${w}M${x},${s.box.y}V${s.solid.y}`;
  }
  const y = r(s.box.y + s.box.height / 2);
  const h = r(Math.min(6, s.box.height / 2));
  // Bars grow to the right, or to the left in Arabic: the far end is where the range is.
  const leftward = s.solid.x > s.box.x;
  const far = leftward ? s.box.x : r(s.box.x + s.box.width);
  const near = leftward ? s.solid.x : r(s.solid.x + s.solid.width);
  return `M${far},${r(y - h / 2)}v${h}M${far},${y}H${near}`;
}

/** Segments grouped by status, in stacking order (the stack's series keys), so each group carries its style once. */
export function styleGroups(segments: readonly ArmsSegment[]) {
  const groups = new Map<ArmsDealStatus, { status: ArmsDealStatus; segments: ArmsSegment[] }>();
  for (const s of segments) {
    let group = groups.get(s.status);
    if (!group) {
      group = { status: s.status, segments: [] };
      groups.set(s.status, group);
    }
    group.segments.push(s);
  }
  return [...groups.values()].sort((a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status));
}

/**
 * Stacked bars whose segments may be ranges, as `@visx/shape`'s BarStack draws stacks (series keys =
 * statuses, in stacking order): the faded part of a segment reaches the top of its range with a
 * whisker, the solid part its lowest sum; disputed segments are outlined with dots. Geometry comes
 * from the layout; nothing here measures or stacks.
 */
export function RangedStacks({ segments, orientation, colour, id }: RangedStacksProps) {
  const across = orientation === 'across';
  const statusEdge = (status: ArmsDealStatus) => statusEdgeVar(STATUSES.indexOf(status));
  return (
    <>
      <defs>
        <Hatch id={`${id}-refused`} colour={colour('refused')} size={5} weight={1.5} />
      </defs>
      <g className="dm-ranges">
        {segments
          .filter((s) => s.high > s.low)
          .map((s) => (
            <Bar
              key={`${s.period}|${s.status}`}
              className="dm-range"
              {...gap(s.box, across)}
              fill={colour(s.status)}
              fillOpacity={0.25}
            />
          ))}
      </g>
      <g className="dm-bars" data-orientation={orientation}>
        {styleGroups(segments).map(({ status, segments: own }) => (
          // One style per status, set on the group: a dense chart is mostly attributes.
          <Group
            key={status}
            data-status={status}
            fill={status === 'refused' ? `url(#${id}-refused)` : colour(status)}
            stroke={statusEdge(status)}
          >
            {own.map((s) => (
              <rect key={s.period} {...inset(gap(s.solid, across))} />
            ))}
          </Group>
        ))}
      </g>
      <path
        className="dm-whiskers"
        d={segments.map((s) => (s.high > s.low ? whisker(s, across) : '')).join('')}
        stroke={themeVar('text')}
        fill="none"
      />
      <path
        className="dm-disputed"
        d={segments
          .map(({ disputed, box: b }) => (disputed ? `M${b.x},${b.y}h${b.width}v${b.height}h${-b.width}z` : ''))
          .join('')}
        fill="none"
        stroke={themeVar('text')}
        strokeWidth={1}
        strokeDasharray="1 2"
      />
    </>
  );
}
