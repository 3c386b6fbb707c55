import type { ArmsDeal } from '../../data/types.js';
import type { DataTableColumn } from '../kit/DataTable.js';
import type { Locale } from '../kit/locale.js';
import { messages } from '../kit/messages.js';
import { themeVar } from '../kit/theme.js';
import type { DealText } from './dealText.js';
import type { ArmsMeasure, ArmsSegment } from './layout.js';
import { armsWords } from './words.js';

/** Deals listed in a tooltip at most; past this it says how many more. */
const TIP_DEALS = 4;

/** A segment's tooltip, a few lines: period and status, the total, the first deals one line each, how many sources. */
export function DealTip({
  segment: s,
  measure,
  total,
  periodName,
  text,
  locale,
}: {
  segment: ArmsSegment;
  measure: ArmsMeasure;
  /** The segment's total as printed. */
  total: string;
  periodName: (period: number) => string;
  text: DealText;
  locale: Locale;
}) {
  const arms = armsWords[locale];
  const words = messages[locale];
  const cited = new Set(s.deals.flatMap((d) => d.sources.map((r) => r.source))).size;
  const line = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;
  return (
    <div>
      <div style={{ fontWeight: 700 }}>
        {periodName(s.period)} · {arms.statuses[s.status]}
      </div>
      <div>
        {arms.measures[measure]}: {total}
      </div>
      {s.deals.slice(0, TIP_DEALS).map((deal) => (
        <div key={deal.id} style={line}>
          {text.date(deal)}: {text.items(deal)}
          {deal.valueUsd === undefined ? '' : ` · ${text.value(deal)}`}
          {text.disputed(deal)}
        </div>
      ))}
      {s.deals.length > TIP_DEALS ? <div>{words.andMore(s.deals.length - TIP_DEALS)}</div> : null}
      {cited ? <div style={{ color: themeVar('muted') }}>{words.sourceCount(cited)}</div> : null}
    </div>
  );
}

/** The hidden table's columns: one row per deal drawn. */
export function dealColumns(text: DealText, locale: Locale): DataTableColumn<ArmsDeal>[] {
  const arms = armsWords[locale];
  const words = messages[locale];
  return [
    { header: arms.columns.date, cell: text.date },
    {
      header: arms.columns.status,
      cell: (d) => `${arms.statuses[d.status]}${d.confidence === 'disputed' ? ` (${words.disputed})` : ''}`,
    },
    { header: arms.columns.items, cell: text.items },
    { header: arms.columns.value, cell: text.value },
  ];
}
