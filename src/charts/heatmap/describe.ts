import type { Person, Visitor } from '../../data/types.js';
import { formatYear, type Locale, localize, numberFormat, separators } from '../kit/locale.js';
import type { Messages } from '../kit/messages.js';
import type { HeatmapCell, HeatmapStripInput } from './layout.js';
import type { HeatmapScene } from './scene.js';
import { heatmapWords } from './words.js';

/** What the heatmap's `<desc>` says: how many visits, over which years, when they peaked, the busiest row. */
export interface HeatmapSummary {
  count: number;
  from: number;
  to: number;
  /** The busiest period, as printed ("1971" or "1970–1979"), and its visits. */
  peak?: { period: string; count: number };
  /** The row with the most visits, as printed, and its visits. */
  busiest?: { label: string; count: number };
  /** Years per period, when the years shown were too many for the bin asked and it was widened. */
  widened?: number;
}

/** A sentence or two for the chart's `<desc>`, in the locale; and how long a period is, when it was widened. */
export function describeHeatmap(s: HeatmapSummary, locale: Locale): string {
  const text = describeVisits(s, locale);
  return s.widened ? `${text} ${heatmapWords[locale].widened(s.widened)}` : text;
}

function describeVisits(s: HeatmapSummary, locale: Locale): string {
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

/** How the heatmap's words name things: countries, visitors and periods, in the locale. */
export interface VisitNaming {
  locale: Locale;
  /** The kit's words (and more, table truncation). */
  words: Messages;
  countryName: (code: string) => string;
  /** A visitor's name: a person's in the locale, or the name given; the id where the data names nobody. */
  personName: (visitor: Visitor) => string;
  /** A period as printed: the years it holds within those shown ("2020–2026"). */
  periodText: (period: number, bin: number) => string;
}

/** Who ruled in a cell's period, from the tenure bands ("In power: Syria: Hafez al-Assad; …"); empty without bands. */
export function whoRuled(cell: HeatmapCell, rulers: readonly HeatmapStripInput[], locale: Locale): string {
  if (!rulers.length) return '';
  const { comma, semicolon } = separators(locale);
  const from = Date.UTC(cell.period, 0, 1);
  const to = Date.UTC(cell.period + cell.bin, 0, 1);
  const sides = rulers
    .map((strip) => {
      const names = strip.spans.filter((sp) => sp.from < to && sp.to > from).map((sp) => sp.names[0]);
      return names.length ? `${strip.label}: ${[...new Set(names)].join(comma)}` : '';
    })
    .filter(Boolean);
  return sides.length ? `${heatmapWords[locale].inPower}: ${sides.join(semicolon)}` : '';
}

/** A cell as a screen reader hears it: row, period, count (or no data), and who ruled. */
export function cellSentence(cell: HeatmapCell, scene: HeatmapScene, naming: VisitNaming): string {
  const words = heatmapWords[naming.locale];
  const { comma } = separators(naming.locale);
  const ruled = whoRuled(cell, scene.rulers, naming.locale);
  return `${scene.labelOf.get(cell.series) ?? cell.series}${comma}${naming.periodText(cell.period, cell.bin)}: ${
    cell.covered ? words.visitCount(cell.count) : words.noData
  }${ruled ? `. ${ruled}` : ''}`;
}

/** What the `<desc>` says of a scene: visits shown, years, the busiest period and the busiest row. */
export function heatmapSummary(scene: HeatmapScene, naming: VisitNaming): HeatmapSummary {
  let peak: { period: number; count: number } | undefined;
  for (const [period, count] of scene.counts) if (!peak || count > peak.count) peak = { period, count };
  let busiest: { key: string; count: number } | undefined;
  for (const [key, count] of scene.bySeries) if (!busiest || count > busiest.count) busiest = { key, count };
  return {
    count: scene.shown.length,
    from: scene.years[0],
    to: scene.years[1],
    peak: peak && { period: naming.periodText(peak.period, scene.bin), count: peak.count },
    busiest: busiest && { label: scene.labelOf.get(busiest.key) ?? busiest.key, count: busiest.count },
    widened: scene.widened ? scene.bin : undefined,
  };
}

/** A visitor's name: a person's in the locale (by id), or the name given; the id where the data names nobody. */
export const visitorNamer =
  (people: ReadonlyMap<string, Person>, locale: Locale) =>
  (v: Visitor): string => {
    if (typeof v !== 'string') return v?.name ?? '';
    const person = people.get(v);
    return person?.name ? localize(person.name, locale) : v;
  };

/** A span of years in the locale's digits: "1970–1974"; short, "1970–74"; one year, "1971". */
export const yearSpanText =
  (locale: Locale) =>
  (from: number, to: number, short = false): string =>
    from === to
      ? formatYear(from, locale)
      : `${formatYear(from, locale)}–${short ? numberFormat(locale, { minimumIntegerDigits: 2 }).format(to % 100) : formatYear(to, locale)}`;
