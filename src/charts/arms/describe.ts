import { formatYear, type Locale, numberFormat } from '../kit/locale.js';

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
