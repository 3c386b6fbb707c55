import { Hatch } from '../kit/Hatch.js';
import { type LegendItem, SWATCH } from '../kit/legendLayout.js';
import { statusEdgeVar, statusVar, themeVar } from '../kit/theme.js';
import { type ArmsStack, STATUSES } from './layout.js';
import type { ArmsWords } from './words.js';

const colourOf = (status: ArmsStack['status']) => statusVar(STATUSES.indexOf(status));
const edgeOf = (status: ArmsStack['status']) => statusEdgeVar(STATUSES.indexOf(status));

/** The key: a colour per status drawn, then reported ranges and disputes where the period has any. */
export function legendItems(stacks: readonly ArmsStack[], arms: ArmsWords, id: string): LegendItem[] {
  const text = themeVar('text');
  const has = (test: (s: ArmsStack) => boolean) => stacks.some(test);
  const box = { x: 0.5, y: 0.5, width: SWATCH - 1, height: SWATCH - 1 };
  const items: LegendItem[] = STATUSES.filter((status) => has((s) => s.status === status)).map((status) =>
    status === 'refused'
      ? {
          label: arms.statuses[status],
          swatch: (
            <>
              <Hatch id={`${id}-key-refused`} colour={colourOf(status)} size={5} weight={1.5} />
              <rect {...box} fill={`url(#${id}-key-refused)`} stroke={edgeOf(status)} />
            </>
          ),
        }
      : { label: arms.statuses[status], fill: colourOf(status), stroke: edgeOf(status) },
  );
  if (has((s) => s.high > s.low))
    items.push({
      label: arms.range,
      swatch: (
        <>
          <rect {...box} fill={text} fillOpacity={0.2} />
          <path d={`M3,0.5h6M6,0.5v${SWATCH - 1}`} stroke={text} fill="none" />
        </>
      ),
    });
  if (has((s) => s.disputed))
    items.push({
      label: arms.sourcesDisagree,
      swatch: <rect {...box} fill="none" stroke={text} strokeDasharray="1 2" />,
    });
  return items;
}
