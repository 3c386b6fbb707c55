import type { ReactNode } from 'react';
import { textWidth } from './labels.js';

/** One entry of a legend: a swatch and what it means. */
export interface LegendItem {
  label: string;
  /** Swatch fill: a colour, a `var(--dm-…)` or a `url(#pattern)`. */
  fill?: string;
  /** Swatch outline, for entries drawn as an outline (e.g. "none"). */
  stroke?: string;
  /** A swatch of its own (SVG drawn in a {@link SWATCH}-pixel square), for what a plain fill cannot show: dashes, hatching, whiskers. */
  swatch?: ReactNode;
}

/** A legend entry placed: its swatch's top-left corner and where its label starts. */
export interface PlacedLegendItem extends LegendItem {
  x: number;
  y: number;
  textX: number;
  anchor: 'start' | 'end';
}

export const SWATCH = 12;

/**
 * Places a legend's title and entries in lines across `width`, wrapping
 * where the next entry would not fit, in reading direction.
 */
export function legendLayout(
  items: readonly LegendItem[],
  width: number,
  options: { title?: string; fontSize?: number; rtl?: boolean; left?: number } = {},
): {
  title: { text: string; x: number; y: number; anchor: 'start' | 'end' } | null;
  items: PlacedLegendItem[];
  height: number;
} {
  const { title, fontSize = 11, rtl = false, left = 0 } = options;
  const line = Math.max(SWATCH, fontSize) + 6;
  const right = width - left;
  let x = 0;
  let row = 0;
  const at = (from: number, w: number) => (rtl ? width - left - from - w : left + from);
  let placedTitle = null;
  if (title) {
    const w = textWidth(title, fontSize) + 8;
    placedTitle = {
      text: title,
      x: rtl ? at(0, 0) : left,
      y: fontSize,
      anchor: rtl ? ('end' as const) : ('start' as const),
    };
    x = w;
  }
  const placed: PlacedLegendItem[] = [];
  for (const item of items) {
    const w = SWATCH + 4 + textWidth(item.label, fontSize) + 12;
    if (x > 0 && left + x + w > right + 12) {
      x = 0;
      row += 1;
    }
    const sx = at(x, SWATCH);
    placed.push({
      ...item,
      x: sx,
      y: row * line + (fontSize - SWATCH) / 2 + 1,
      textX: rtl ? sx - 4 : sx + SWATCH + 4,
      anchor: rtl ? 'end' : 'start',
    });
    x += w;
  }
  return { title: placedTitle, items: placed, height: (row + 1) * line };
}
