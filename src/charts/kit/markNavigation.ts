import { localPoint } from '@visx/event';
import type { FocusEvent, KeyboardEvent, MouseEvent, PointerEvent } from 'react';
import type { TooltipStore } from './tooltipStore.js';

/** The keys that move the cursor between marks. */
const NAVIGATION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/**
 * The arrow keys that step forward and back in time: right and left, mirrored
 * in right-to-left locales, where time runs from right to left.
 */
export const timeKeys = (rtl: boolean): { forward: string; back: string } =>
  rtl ? { forward: 'ArrowLeft', back: 'ArrowRight' } : { forward: 'ArrowRight', back: 'ArrowLeft' };

/** A mark's box in SVG coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What keyboard and pointer navigation need to know about a chart's marks. */
export interface MarkNavigation<T> {
  store: TooltipStore<T>;
  /** Marks in reading order. */
  marks: readonly T[];
  box: (mark: T) => Box;
  /** The mark a keyboard key leads to from `index`, or null to ignore the key. */
  step: (index: number, key: string) => number | null;
  onSelect?: (mark: T) => void;
}

/** The index of the mark under a point, allowing a few pixels around slim marks; the last drawn wins. */
export function hitTest<T>(marks: readonly T[], box: (mark: T) => Box, x: number, y: number, slack = 2): number {
  for (let i = marks.length - 1; i >= 0; i--) {
    const b = box(marks[i]);
    if (y >= b.y && y <= b.y + b.height && x >= b.x - slack && x <= b.x + b.width + slack) return i;
  }
  return -1;
}

/**
 * One tab stop for all of a chart's marks: arrow keys move a cursor from
 * mark to mark (announced, outlined and shown in the tooltip), Enter or
 * Space selects, Escape closes the tooltip. The pointer finds marks by
 * geometry, so marks need no event handlers or attributes of their own.
 */
export function markHandlers<T>({ store, marks, box, step, onSelect }: MarkNavigation<T>) {
  const svgOf = (el: Element) => (el instanceof SVGSVGElement ? el : (el as SVGElement).ownerSVGElement);
  const activate = (el: Element, index: number, via: 'pointer' | 'keyboard', at?: { x: number; y: number }) => {
    const mark = marks[index];
    const svg = svgOf(el);
    if (!mark || !svg) return;
    let anchor = at;
    if (!anchor) {
      const b = box(mark);
      const x = b.x + b.width / 2;
      // Through the screen CTM, so a scaled SVG or a transformed ancestor puts the anchor on the mark.
      const m = typeof svg.getScreenCTM === 'function' ? svg.getScreenCTM() : null;
      if (m) anchor = { x: m.a * x + m.c * b.y + m.e, y: m.b * x + m.d * b.y + m.f };
      else {
        const r = svg.getBoundingClientRect();
        anchor = { x: r.left + x, y: r.top + b.y };
      }
    }
    store.show({ datum: mark, index, x: anchor.x, y: anchor.y, via });
  };
  // The pointer in the chart's SVG coordinates (@visx/event, through the screen CTM), then the mark there.
  const indexAt = (e: PointerEvent<SVGElement> | MouseEvent<SVGElement>) => {
    const p = localPoint(e.currentTarget, e);
    return p ? hitTest(marks, box, p.x, p.y) : -1;
  };
  // Set while a pointer is down: the focus that follows a press must not move the cursor to the first mark.
  let pressed = false;
  return {
    onPointerMove: (e: PointerEvent<SVGElement>) => {
      const index = indexAt(e);
      if (index >= 0) activate(e.currentTarget, index, 'pointer', { x: e.clientX, y: e.clientY });
      else if (store.get()?.via === 'pointer') store.hide();
    },
    // A tap on a phone has no hover: the press itself shows the mark under the finger, or closes the tooltip.
    onPointerDown: (e: PointerEvent<SVGElement>) => {
      pressed = true;
      const index = indexAt(e);
      if (index >= 0) activate(e.currentTarget, index, 'pointer', { x: e.clientX, y: e.clientY });
      else store.hide();
    },
    onPointerUp: () => {
      pressed = false;
    },
    // A finger lifted "leaves" the chart at once: keep its tooltip until the next tap or blur.
    onPointerLeave: (e: PointerEvent<SVGElement>) => {
      if (e.pointerType !== 'touch' && store.get()?.via === 'pointer') store.hide();
    },
    onClick: (e: MouseEvent<SVGElement>) => {
      const index = indexAt(e);
      if (index >= 0) onSelect?.(marks[index]);
    },
    onFocus: (e: FocusEvent<SVGElement>) => {
      if (pressed) return;
      const current = store.get();
      activate(e.currentTarget, current && current.index < marks.length ? current.index : 0, 'keyboard');
    },
    onBlur: () => store.hide(),
    onKeyDown: (e: KeyboardEvent<SVGElement>) => {
      const index = store.get()?.index ?? 0;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        if (marks[index]) onSelect?.(marks[index]);
        return;
      }
      if (e.key === 'Escape') {
        store.hide();
        return;
      }
      const next = e.key === 'Home' ? 0 : e.key === 'End' ? marks.length - 1 : step(index, e.key);
      // A key the chart moves with never scrolls the page, also where the cursor cannot go further.
      if (NAVIGATION_KEYS.has(e.key)) e.preventDefault();
      if (next === null || next < 0 || next >= marks.length) return;
      activate(e.currentTarget, next, 'keyboard');
    },
  };
}
