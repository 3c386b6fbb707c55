import type { ReactNode } from 'react';
import type { Source, SourceRef } from '../../data/types.js';
import { LiveRegion } from './LiveRegion.js';
import { type Locale, separators } from './locale.js';
import { messages } from './messages.js';
import { creditKey, creditOf } from './sourceLine.js';
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

/** Source credits named in a tooltip at most; past this it says how many. */
const NAMED = 2;

/**
 * The sources line at the foot of a tooltip, kept short: the one or two
 * publishers or authors cited ("Sources: TASS; Seale (1988)"), else how many
 * ("5 sources"). Titles, pages and the full list stay in the table and CSV.
 */
export function TooltipSources({
  refs,
  sources,
  label,
  locale = 'en',
}: {
  refs: readonly SourceRef[] | undefined;
  sources: ReadonlyMap<string, Source>;
  label: string;
  locale?: Locale;
}) {
  if (!refs?.length) return null;
  const names = new Map<string, string>();
  for (const ref of refs) {
    const source = sources.get(ref.source);
    if (!source) continue;
    const name = creditOf(source);
    const key = creditKey(name) || name;
    // The first spelling met, or a Latin one over another script, as the footer's credits pick.
    const seen = names.get(key);
    if (!seen || (!/[a-z]/i.test(seen) && /[a-z]/i.test(name))) names.set(key, name);
  }
  if (!names.size) return null;
  const { semicolon } = separators(locale);
  const words = messages[locale] ?? messages.en;
  return (
    <div style={{ color: themeVar('muted'), fontSize: 12, marginTop: 2 }}>
      {names.size <= NAMED ? `${label}: ${[...names.values()].join(semicolon)}` : words.sourceCount(names.size)}
    </div>
  );
}
