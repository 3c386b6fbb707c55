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
  /** Baseline of the label: written as a plain `y` (no `dy`), which PNG renderers and browsers read alike. */
  textY: number;
  anchor: 'start' | 'end';
}

export const SWATCH = 12;
/** Space between a swatch and its label, and after a label before the next swatch. */
const LABEL_GAP = 5;
const ITEM_GAP = 14;
/** Browsers' faces set Cyrillic and Arabic up to this much wider than the estimate. */
const WIDE = 1.15;

/**
 * Places a legend's title and entries in lines across `width`, wrapping
 * where the next entry would not fit, in reading direction. Each line is
 * tall enough for Arabic marks above and below the letters; labels sit on
 * a baseline centred on their swatch.
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
  const line = Math.max(SWATCH, fontSize) + 10;
  // Middle of line `row`, and the baseline of text centred on it.
  const middle = (row: number) => row * line + line / 2;
  const baseline = (row: number) => Math.round((middle(row) + fontSize * 0.35) * 10) / 10;
  const measure = (text: string) => textWidth(text, fontSize) * WIDE;
  const right = width - left;
  let x = 0;
  let row = 0;
  const at = (from: number, w: number) => (rtl ? width - left - from - w : left + from);
  let placedTitle = null;
  if (title) {
    placedTitle = {
      text: title,
      x: rtl ? at(0, 0) : left,
      y: baseline(0),
      anchor: rtl ? ('end' as const) : ('start' as const),
    };
    x = measure(title) + ITEM_GAP / 2;
  }
  const placed: PlacedLegendItem[] = [];
  for (const item of items) {
    const w = SWATCH + LABEL_GAP + measure(item.label) + ITEM_GAP;
    if (x > 0 && left + x + w - ITEM_GAP > right) {
      x = 0;
      row += 1;
    }
    const sx = at(x, SWATCH);
    placed.push({
      ...item,
      x: sx,
      y: middle(row) - SWATCH / 2,
      textX: rtl ? sx - LABEL_GAP : sx + SWATCH + LABEL_GAP,
      textY: baseline(row),
      anchor: rtl ? 'end' : 'start',
    });
    x += w;
  }
  return { title: placedTitle, items: placed, height: (row + 1) * line };
}
