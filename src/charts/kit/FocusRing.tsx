import { useSyncExternalStore } from 'react';
import type { Box } from './markNavigation.js';
import { themeVar } from './theme.js';
import type { TooltipStore } from './tooltipStore.js';

const nothing = () => null;

/** An outline around the active mark: where the keyboard cursor, or the pointer, is. */
export function FocusRing<T>({
  store,
  box,
  records,
}: {
  store: TooltipStore<T>;
  box: (mark: T) => Box;
  /** Ids of the records a mark draws, written on the ring (see ChartMarks). */
  records?: (mark: T) => readonly string[];
}) {
  const state = useSyncExternalStore(store.subscribe, store.get, nothing);
  if (!state) return null;
  const b = box(state.datum);
  return (
    <rect
      className="dm-focus-ring"
      data-records={records?.(state.datum).join(' ')}
      x={b.x - 2}
      y={b.y - 2}
      width={b.width + 4}
      height={b.height + 4}
      fill="none"
      stroke={themeVar('accent')}
      strokeWidth={state.via === 'keyboard' ? 2 : 1}
      pointerEvents="none"
    />
  );
}
