import type { Source, Tenure } from '../../data/types.js';
import { TooltipSources } from '../kit/ChartTooltip.js';
import type { DataTableColumn } from '../kit/DataTable.js';
import { formatDuration, formatPartialDate } from '../kit/locale.js';
import type { TenureNaming } from './describe.js';
import type { GanttBar } from './layout.js';

/** Props of {@link TenureTip}. */
export interface TenureTipProps {
  bar: GanttBar;
  naming: TenureNaming;
  /** Sources by id, for the tooltip's credits. */
  sources: ReadonlyMap<string, Source>;
}

/** The tooltip of a tenure: who, which office where, from when to when and for how long, and the sources. */
export function TenureTip({ bar, naming, sources }: TenureTipProps) {
  const { name, officeName, countryName, words, locale } = naming;
  const t = bar.tenure;
  return (
    <div>
      <div style={{ fontWeight: 700 }}>{name(t)}</div>
      <div>
        {officeName(t.office)}, {countryName(t.polity)}
        {t.acting ? ` (${words.acting})` : ''}
      </div>
      <div>
        {formatPartialDate(t.start, locale)} – {t.end == null ? words.inOffice : formatPartialDate(t.end, locale)} ·{' '}
        {formatDuration(bar.from, bar.to, words)}
      </div>
      {t.confidence === 'disputed' ? <div style={{ fontStyle: 'italic' }}>{words.disputed}</div> : null}
      <TooltipSources refs={t.sources} sources={sources} label={words.sources} locale={locale} />
    </div>
  );
}

/** The hidden table's columns: name, office (acting noted), country, from, to. */
export function tenureColumns({
  name,
  officeName,
  countryName,
  words,
  locale,
}: TenureNaming): DataTableColumn<Tenure>[] {
  return [
    { header: words.columns.name, cell: (t) => name(t) },
    { header: words.columns.office, cell: (t) => `${officeName(t.office)}${t.acting ? ` (${words.acting})` : ''}` },
    { header: words.columns.polity, cell: (t) => countryName(t.polity) },
    { header: words.columns.start, cell: (t) => formatPartialDate(t.start, locale) },
    { header: words.columns.end, cell: (t) => (t.end == null ? words.inOffice : formatPartialDate(t.end, locale)) },
  ];
}
