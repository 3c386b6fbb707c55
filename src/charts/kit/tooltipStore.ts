/** The mark the reader is on, where its tooltip points (viewport coordinates), and how they got there. */
export interface TooltipState<T> {
  datum: T;
  /** Position of the mark in the chart's reading order. */
  index: number;
  /** Viewport x of the anchor (pointer, or the mark's centre). */
  x: number;
  /** Viewport y of the anchor (pointer, or the mark's top). */
  y: number;
  /** Pointer hover, or keyboard focus (which is also announced to screen readers). */
  via: 'pointer' | 'keyboard';
}

/**
 * A tiny store for the active mark, so moving the pointer or the keyboard
 * cursor re-renders the tooltip, focus ring and announcement, never the marks.
 */
export interface TooltipStore<T> {
  get: () => TooltipState<T> | null;
  show: (state: TooltipState<T>) => void;
  hide: () => void;
  subscribe: (listener: () => void) => () => void;
}

export function createTooltipStore<T>(): TooltipStore<T> {
  let state: TooltipState<T> | null = null;
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const l of listeners) l();
  };
  return {
    get: () => state,
    show: (next) => {
      state = next;
      emit();
    },
    hide: () => {
      if (state === null) return;
      state = null;
      emit();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
