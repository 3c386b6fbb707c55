import { useSyncExternalStore } from 'react';
import type { TooltipStore } from './tooltipStore.js';
import { visuallyHidden } from './visuallyHidden.js';

const nothing = () => null;

/** Says the mark the keyboard cursor is on, with its position, to screen readers. */
export function LiveRegion<T>({ store, label }: { store: TooltipStore<T>; label: (mark: T, index: number) => string }) {
  const state = useSyncExternalStore(store.subscribe, store.get, nothing);
  return (
    <div className="dm-live" aria-live="polite" aria-atomic="true" style={visuallyHidden}>
      {state?.via === 'keyboard' ? label(state.datum, state.index) : ''}
    </div>
  );
}
