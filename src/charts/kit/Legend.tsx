import type { ReactNode } from 'react';
import { themeVar } from './theme.js';

/** One entry of a {@link Legend}: a small SVG swatch and its words. */
export interface LegendItem {
  key: string;
  label: string;
  /** SVG content drawn in a 16 × 10 box. */
  swatch: ReactNode;
}

/**
 * The key to a chart's colours and patterns, in HTML above the plot so it
 * wraps on a phone and reads in order to a screen reader. The swatches
 * are decoration; the words carry the meaning.
 */
export function Legend({ items, label }: { items: readonly LegendItem[]; label: string }) {
  if (!items.length) return null;
  return (
    <ul
      className="dm-legend"
      aria-label={label}
      style={{
        listStyle: 'none',
        display: 'flex',
        flexWrap: 'wrap',
        gap: '2px 12px',
        margin: '0 0 6px',
        padding: 0,
        fontSize: 12,
        color: themeVar('muted'),
      }}
    >
      {items.map((item) => (
        <li key={item.key} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
          <svg width={16} height={10} aria-hidden="true" style={{ flex: 'none', overflow: 'visible' }}>
            {item.swatch}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
