import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The IntersectionObserver margin that leaves a zero-height band `offset` of
 * the way down the viewport (0 top, 1 bottom). Any other offset (NaN, a
 * string from a page's settings) takes the middle rather than throw.
 */
export function scrollBand(offset: unknown): string {
  const at = typeof offset === 'number' && Number.isFinite(offset) ? Math.max(0, Math.min(1, offset)) : 0.5;
  const top = Math.round(at * 100);
  return `${-top}% 0px ${top - 100}% 0px`;
}

/**
 * The step a reader has scrolled to, Scrollama-style: each step's element in
 * the page (give it `ref={stepRef(i)}`) becomes the step when its top passes
 * `offset` of the way down the viewport (default half). 0 on the server and
 * until an element crosses; works with the page's own scrolling.
 */
export function useScrollStep(offset = 0.5): [number, (index: number) => (el: Element | null) => void] {
  const [step, setStep] = useState(0);
  // Each step's element, by index: a step that re-renders or goes away stops being watched.
  const elements = useRef(new Map<number, Element>());
  const observer = useRef<IntersectionObserver | null>(null);
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    // A zero-height band at the offset line: an element crossing it is the step in view.
    const watching = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          for (const [index, el] of elements.current) if (el === entry.target) setStep(index);
        }
      },
      { rootMargin: scrollBand(offset) },
    );
    observer.current = watching;
    for (const el of elements.current.values()) watching.observe(el);
    return () => {
      watching.disconnect();
      observer.current = null;
    };
  }, [offset]);
  const stepRef = useCallback(
    (index: number) => (el: Element | null) => {
      const before = elements.current.get(index);
      if (before === el) return;
      if (before) observer.current?.unobserve(before);
      if (!el) {
        elements.current.delete(index);
        return;
      }
      elements.current.set(index, el);
      observer.current?.observe(el);
    },
    [],
  );
  return [step, stepRef];
}
