import type { ReactNode } from 'react';
import type { Source, SourceRef } from '../../data/types.js';
import { LiveRegion } from './LiveRegion.js';
import type { Locale } from './locale.js';
import { messages } from './messages.js';
import { Tooltip } from './Tooltip.js';
import { themeVar } from './theme.js';
import type { TooltipStore } from './tooltipStore.js';

/** Props of {@link ChartTooltip}. */
export interface ChartTooltipProps<T> {
  store: TooltipStore<T>;
  /** What the tooltip shows for a mark. */
  render: (mark: T) => ReactNode;
  /** The mark in words, for screen readers; its position ("3 of 41") is added. */
  describe: (mark: T) => string;
  /** How many marks the keyboard walks through. */
  count: number;
  locale: Locale;
}

/** The tooltip and the live region that says the same thing to screen readers. */
export function ChartTooltip<T>({ store, render, describe, count, locale }: ChartTooltipProps<T>) {
  const { position } = messages[locale];
  return (
    <>
      <Tooltip store={store} render={render} />
      <LiveRegion store={store} label={(mark, i) => `${describe(mark)}. ${position(i + 1, count)}`} />
    </>
  );
}

/** The sources line at the foot of a tooltip: titles with their page or footnote. */
export function TooltipSources({
  refs,
  sources,
  label,
}: {
  refs: readonly SourceRef[] | undefined;
  sources: ReadonlyMap<string, Source>;
  label: string;
}) {
  if (!refs?.length) return null;
  const text = refs
    .map((r) => `${sources.get(r.source)?.title ?? r.source}${r.locator ? ` (${r.locator})` : ''}`)
    .join('; ');
  return (
    <div style={{ color: themeVar('muted'), fontSize: 12, marginTop: 2 }}>
      {label}: {text}
    </div>
  );
}
