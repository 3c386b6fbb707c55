import { formatYear, type Locale, numberFormat } from '../kit/locale.js';

/** What the heatmap's `<desc>` says: how many visits, over which years, when they peaked, the busiest row. */
export interface HeatmapSummary {
  count: number;
  from: number;
  to: number;
  /** The busiest period, as printed ("1971" or "1970–1979"), and its visits. */
  peak?: { period: string; count: number };
  /** The row with the most visits, as printed, and its visits. */
  busiest?: { label: string; count: number };
}

/** A sentence or two for the chart's `<desc>`, in the locale. */
export function describeHeatmap(s: HeatmapSummary, locale: Locale): string {
  const y = (n: number) => formatYear(n, locale);
  const n = (v: number) => numberFormat(locale).format(v);
  if (locale === 'ar') {
    let text = `${n(s.count)} زيارة رسمية بين ${y(s.from)} و${y(s.to)}.`;
    if (s.peak) text += ` بلغت الزيارات ذروتها في ${s.peak.period} (${n(s.peak.count)}).`;
    if (s.busiest) text += ` أكثرها: ${s.busiest.label} (${n(s.busiest.count)}).`;
    return text;
  }
  if (locale === 'ru') {
    let text = `Официальных визитов: ${n(s.count)}, ${y(s.from)}–${y(s.to)}.`;
    if (s.peak) text += ` Больше всего — в ${s.peak.period} (${n(s.peak.count)}).`;
    if (s.busiest) text += ` Чаще всего: ${s.busiest.label} (${n(s.busiest.count)}).`;
    return text;
  }
  let text = `${n(s.count)} official visit${s.count === 1 ? '' : 's'}, ${y(s.from)}–${y(s.to)}.`;
  if (s.peak) text += ` Visits peaked in ${s.peak.period} with ${n(s.peak.count)}.`;
  if (s.busiest) text += ` Most visits: ${s.busiest.label} (${n(s.busiest.count)}).`;
  return text;
}
