import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The step a reader has scrolled to, Scrollama-style: each step's element in
 * the page (give it `ref={stepRef(i)}`) becomes the step when its top passes
 * `offset` of the way down the viewport (default half). 0 on the server and
 * until an element crosses; works with the page's own scrolling.
 */
export function useScrollStep(offset = 0.5): [number, (index: number) => (el: Element | null) => void] {
  const [step, setStep] = useState(0);
  const elements = useRef(new Map<Element, number>());
  const observer = useRef<IntersectionObserver | null>(null);
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const margin = `${-Math.round(offset * 100)}% 0px ${-Math.round((1 - offset) * 100)}% 0px`;
    // A zero-height band at the offset line: an element crossing it is the step in view.
    observer.current = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const index = elements.current.get(entry.target);
          if (entry.isIntersecting && index !== undefined) setStep(index);
        }
      },
      { rootMargin: margin },
    );
    for (const el of elements.current.keys()) observer.current.observe(el);
    return () => observer.current?.disconnect();
  }, [offset]);
  const stepRef = useCallback(
    (index: number) => (el: Element | null) => {
      if (!el) return;
      elements.current.set(el, index);
      observer.current?.observe(el);
    },
    [],
  );
  return [step, stepRef];
}
