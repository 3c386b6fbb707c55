import { type ReactNode, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { themeVar } from './theme.js';
import type { TooltipStore } from './tooltipStore.js';

/** Props of {@link Tooltip}. */
export interface TooltipProps<T> {
  store: TooltipStore<T>;
  /** The tooltip's content for a datum; text only, never HTML. */
  render: (datum: T) => ReactNode;
}

const OFFSET = 12;
const MARGIN = 8;
const nothing = () => null;
// React 18 warns about layout effects on the server, where there is nothing to measure anyway.
const useBrowserLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The tooltip every chart uses. It sits in fixed position over the viewport
 * and turns to the other side of its anchor near an edge, so it stays on
 * screen in a narrow iframe too. Screen readers get the same text from the
 * marks' labels, so it is hidden from them.
 */
export function Tooltip<T>({ store, render }: TooltipProps<T>) {
  const state = useSyncExternalStore(store.subscribe, store.get, nothing);
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);

  useBrowserLayoutEffect(() => {
    const box = ref.current;
    if (!state || !box) return setPosition(null);
    const { width, height } = box.getBoundingClientRect();
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    let left = state.x + OFFSET;
    if (left + width > vw - MARGIN) left = state.x - OFFSET - width;
    let top = state.y - height - OFFSET;
    if (top < MARGIN) top = state.y + OFFSET;
    left = Math.max(MARGIN, Math.min(left, vw - width - MARGIN));
    top = Math.max(MARGIN, Math.min(top, vh - height - MARGIN));
    setPosition({ left, top });
  }, [state]);

  if (!state) return null;
  return (
    <div
      ref={ref}
      className="dm-tooltip"
      role="tooltip"
      // The live region says the same to screen readers (ChartTooltip).
      aria-hidden="true"
      style={{
        position: 'fixed',
        left: position?.left ?? 0,
        top: position?.top ?? 0,
        visibility: position ? 'visible' : 'hidden',
        maxWidth: 'min(320px, calc(100vw - 16px))',
        padding: '6px 8px',
        background: themeVar('background'),
        color: themeVar('text'),
        border: `1px solid ${themeVar('grid')}`,
        borderRadius: 3,
        boxShadow: '0 1px 4px rgba(0,0,0,.2)',
        fontSize: 13,
        lineHeight: 1.35,
        pointerEvents: 'none',
        zIndex: 1000,
      }}
    >
      {render(state.datum)}
    </div>
  );
}
