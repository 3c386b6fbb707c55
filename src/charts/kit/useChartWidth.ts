import { useParentSize } from '@visx/responsive';

/** The width a chart takes on the server, and in the browser before it has measured. */
export const SERVER_WIDTH = 640;
/** Below this a chart stops shrinking and the page scrolls it instead. */
export const MIN_WIDTH = 280;
/** Above this a chart stops growing: wider than any screen or poster, and the work (ticks, labels) grows with it. */
export const MAX_WIDTH = 10_000;

// jsdom and very old browsers have no ResizeObserver: keep the fallback width there.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
const observerFallback = typeof ResizeObserver === 'undefined' ? NoResizeObserver : undefined;

/**
 * A fixed `width`, or the width of the chart's container when `width` is
 * omitted. Only the width is observed, and the container's own width never
 * depends on the chart (CSS `contain: inline-size`), so a flex or grid
 * parent cannot feed the chart's size back into itself and grow forever.
 */
export function useChartWidth(width: number | undefined) {
  const { parentRef, width: measured } = useParentSize({
    initialSize: { width: SERVER_WIDTH },
    ignoreDimensions: ['height', 'top', 'left'],
    debounceTime: 100,
    resizeObserverPolyfill: observerFallback as unknown as typeof ResizeObserver,
  });
  const fixed = typeof width === 'number' && Number.isFinite(width) && width > 0;
  const raw = fixed ? width : measured > 0 ? measured : SERVER_WIDTH;
  return { ref: fixed ? undefined : parentRef, width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.floor(raw))) };
}
