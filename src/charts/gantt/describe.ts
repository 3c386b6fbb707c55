import type { Tenure } from '../../data/types.js';
import { formatYear, type Locale, numberFormat } from '../kit/locale.js';

/** The longest tenure shown, with the words to describe it. */
export interface GanttSummary {
  count: number;
  lanes: number;
  from: number;
  to: number;
  longest?: { name: string; office: string; years: number; tenure: Tenure };
}

/** A sentence or two for the chart's `<desc>`: how many tenures, which years, who ruled longest. */
export function describeGantt(s: GanttSummary, locale: Locale): string {
  const y = (n: number) => formatYear(n, locale);
  const n = numberFormat(locale).format(s.count);
  const lanes = numberFormat(locale).format(s.lanes);
  const years = s.longest ? numberFormat(locale, { maximumFractionDigits: 0 }).format(s.longest.years) : '';
  if (locale === 'ar') {
    const head = `${n} فترة حكم في ${lanes} مسارات، من ${y(s.from)} إلى ${y(s.to)}.`;
    return s.longest ? `${head} أطولها: ${s.longest.name} (${s.longest.office})، نحو ${years} سنة.` : head;
  }
  if (locale === 'ru') {
    const head = `Сроков пребывания у власти: ${n}, дорожек: ${lanes}, ${y(s.from)}–${y(s.to)}.`;
    return s.longest ? `${head} Дольше всех: ${s.longest.name} (${s.longest.office}), около ${years} лет.` : head;
  }
  const head = `${n} tenure${s.count === 1 ? '' : 's'} in ${lanes} lane${s.lanes === 1 ? '' : 's'}, ${y(s.from)}–${y(s.to)}.`;
  return s.longest ? `${head} Longest: ${s.longest.name} (${s.longest.office}), about ${years} years.` : head;
}
