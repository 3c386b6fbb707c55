import { formatYear, type Locale, numberFormat } from '../kit/locale.js';
import type { ArmsLayout, ArmsMeasure } from './layout.js';
import { armsWords } from './words.js';

/** What the arms chart's `<desc>` says. */
export interface ArmsSummary {
  deals: number;
  from: number;
  to: number;
  /** The tallest bar: its period as printed and its total as printed. */
  peak?: { period: string; total: string };
  measure: string;
}

/** A sentence or two for the chart's `<desc>`: how many deals, which years, where the peak is. */
export function describeArms(s: ArmsSummary, locale: Locale): string {
  const y = (n: number) => formatYear(n, locale);
  const n = numberFormat(locale).format(s.deals);
  if (locale === 'ar') {
    const head = `${n} صفقة أسلحة من ${y(s.from)} إلى ${y(s.to)}، حسب ${s.measure}.`;
    return s.peak ? `${head} الذروة: ${s.peak.period} (${s.peak.total}).` : head;
  }
  if (locale === 'ru') {
    const head = `Сделок по вооружениям: ${n}, ${y(s.from)}–${y(s.to)}; мера: ${s.measure.toLowerCase()}.`;
    return s.peak ? `${head} Пик: ${s.peak.period} (${s.peak.total}).` : head;
  }
  const head = `${n} arms deal${s.deals === 1 ? '' : 's'}, ${y(s.from)}–${y(s.to)}, by ${s.measure.toLowerCase()}.`;
  return s.peak ? `${head} Peak: ${s.peak.period} (${s.peak.total}).` : head;
}

/** The summary of a laid-out chart: the deals drawn, the years shown, and the tallest bar. */
export function armsSummary(
  layout: ArmsLayout,
  {
    drawn,
    bin,
    measure,
    periodName,
    amount,
  }: {
    drawn: number;
    bin: number;
    measure: ArmsMeasure;
    periodName: (period: number) => string;
    amount: (value: number) => string;
  },
  locale: Locale,
): ArmsSummary {
  const peak = layout.bars.reduce<(typeof layout.bars)[number] | undefined>(
    (best, bar) => (!best || bar.high > best.high ? bar : best),
    undefined,
  );
  return {
    deals: drawn,
    from: layout.periods[0],
    to: layout.periods[1] + bin - 1,
    measure: armsWords[locale].measures[measure],
    peak: peak && { period: periodName(peak.period), total: amount(peak.high) },
  };
}
