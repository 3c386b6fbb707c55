/** Where a tooltip points, in viewport coordinates, and what it is about. */
export interface TooltipState<T> {
  datum: T;
  /** Viewport x of the anchor (pointer, or the focused mark's centre). */
  x: number;
  /** Viewport y of the anchor (pointer, or the focused mark's top). */
  y: number;
}

/** A tiny store, so moving a tooltip re-renders the tooltip alone and never the marks. */
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
