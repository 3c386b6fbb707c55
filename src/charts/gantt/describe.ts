import type { Tenure } from '../../data/types.js';
import { formatPartialDate, formatYear, type Locale, numberFormat, separators } from '../kit/locale.js';
import { DAY } from '../kit/sizes.js';
import type { GanttScene } from './scene.js';
import type { TenureWords } from './words.js';

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

/**
 * What the `<desc>` says of a laid-out chart: how many bars and lanes, the
 * years shown, and the longest tenure drawn (the first of equals).
 */
export function ganttSummary(
  layout: Pick<GanttScene, 'bars' | 'lanes' | 'time' | 'nameOf'>,
  officeName: (office: string) => string,
): GanttSummary {
  let longest: { tenure: Tenure; ms: number } | undefined;
  const { bars } = layout;
  for (let i = 0; i < bars.length; i++) {
    const bar = bars[i];
    const ms = bar.to - bar.from;
    if (!longest || ms > longest.ms) longest = { tenure: bar.tenure, ms };
  }
  const [from, to] = layout.time.domain();
  return {
    count: layout.bars.length,
    lanes: layout.lanes.length,
    from: from.getUTCFullYear(),
    to: new Date(to.getTime() - 1).getUTCFullYear(),
    longest: longest && {
      tenure: longest.tenure,
      name: layout.nameOf(longest.tenure),
      office: officeName(longest.tenure.office),
      years: longest.ms / (365.25 * DAY),
    },
  };
}

/** The words a tenure needs besides its own fields. */
export interface TenureNaming {
  name: (tenure: Tenure) => string;
  officeName: (office: string) => string;
  countryName: (code: string) => string;
  words: TenureWords;
  locale: Locale;
}

/** A tenure in one line, as the live region announces it: "Joseph Stalin, Party leader, USSR, 1922 – 1953 (acting)". */
export function tenureSentence(t: Tenure, { name, officeName, countryName, words, locale }: TenureNaming): string {
  const end = t.end == null ? words.inOffice : formatPartialDate(t.end, locale);
  const flags = [t.acting ? words.acting : '', t.confidence === 'disputed' ? words.disputed : ''].filter(Boolean);
  const { comma } = separators(locale);
  return `${name(t)}${comma}${officeName(t.office)}${comma}${countryName(t.polity)}${comma}${formatPartialDate(t.start, locale)} – ${end}${flags.length ? ` (${flags.join(comma)})` : ''}`;
}
