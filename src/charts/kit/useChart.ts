import { useId, useState } from 'react';
import { directionOf, LOCALES, type Locale } from './locale.js';
import { type Messages, messages } from './messages.js';
import { createTooltipStore, type TooltipStore } from './tooltipStore.js';
import { useChartWidth } from './useChartWidth.js';

/** What every chart sets up first: its locale and words, direction, ids, width and tooltip store. */
export interface ChartBasics<T> {
  /** The asked locale, or `'en'` for one the package does not speak. */
  locale: Locale;
  words: Messages;
  rtl: boolean;
  /** A prefix for ids inside the SVG, unique on the page and the same on server and client. */
  id: string;
  /** Ref for the element whose width the chart fills (undefined for a fixed width). */
  ref: ReturnType<typeof useChartWidth>['ref'];
  width: number;
  store: TooltipStore<T>;
}

/** The set-up every chart shares (see {@link ChartBasics}). */
export function useChart<T>(askedLocale: Locale | undefined, fixedWidth: number | undefined): ChartBasics<T> {
  const locale: Locale = askedLocale && LOCALES.includes(askedLocale) ? askedLocale : 'en';
  const id = useId().replace(/:/g, '');
  const { ref, width } = useChartWidth(fixedWidth);
  const [store] = useState(createTooltipStore<T>);
  return { locale, words: messages[locale], rtl: directionOf(locale) === 'rtl', id, ref, width, store };
}
