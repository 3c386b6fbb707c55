import { Hatch } from '../kit/Hatch.js';
import { Legend } from '../kit/Legend.js';
import { FONT_SIZE } from '../kit/sizes.js';
import { themeVar } from '../kit/theme.js';
import { KeySwatch } from './KeySwatch.js';
import type { GanttKey as GanttKeyLayout } from './layout.js';

/** Props of {@link GanttKey}. */
export interface GanttKeyProps {
  /** The key as the layout placed it (`layout.key`). */
  gantt: GanttKeyLayout;
  /** The chart's id prefix, for the key's hatching pattern. */
  id: string;
  rtl: boolean;
}

/** The key under the axis: what hatching, faded ends, open ends and second rows mean, each drawn in miniature. */
export function GanttKey({ gantt, id, rtl }: GanttKeyProps) {
  const hatch = `${id}-acting-key`;
  const items = gantt.legend.items.map((item, i) => ({
    ...item,
    swatch: <KeySwatch kind={gantt.kinds[i] ?? 'acting'} hatch={`url(#${hatch})`} rtl={rtl} />,
  }));
  return (
    <>
      <defs>
        <Hatch id={hatch} colour={themeVar('muted')} />
      </defs>
      <Legend layout={{ ...gantt.legend, items }} top={gantt.top} fontSize={FONT_SIZE} />
    </>
  );
}
