import type { ArmsDeal } from '../../data/types.js';
import { formatAmount, formatPartialDate, type Locale, separators } from '../kit/locale.js';
import { messages } from '../kit/messages.js';
import { armsWords } from './words.js';

/** The values other sources give for a deal's value, where they disagree with the record's. */
const otherValues = (d: ArmsDeal): number[] =>
  (d.conflicts ?? []).flatMap((c) => (c.field === 'valueUsd' && typeof c.value === 'number' ? [c.value] : []));
/** A deal whose value sources dispute: its value is never printed alone. */
export const valueDisputed = (d: ArmsDeal) => d.confidence === 'disputed' && otherValues(d).length > 0;

/** A deal in words, as the tooltip, the table and the notes print it, in the chart's language. */
export function dealText(locale: Locale) {
  const arms = armsWords[locale];
  const words = messages[locale];
  const { comma } = separators(locale);
  const items = (deal: ArmsDeal) =>
    deal.items
      .map((item) =>
        item.quantity === undefined
          ? item.system
          : `${item.system} × ${formatAmount(item.quantity, locale, { exact: true })}`,
      )
      .join(comma);
  const date = (deal: ArmsDeal) =>
    deal.end === undefined
      ? formatPartialDate(deal.date, locale)
      : `${formatPartialDate(deal.date, locale)} – ${formatPartialDate(deal.end, locale)}`;
  const value = (d: ArmsDeal) => {
    if (d.valueUsd === undefined) return '';
    const own = formatAmount(d.valueUsd, locale, { currency: 'USD' });
    if (!valueDisputed(d)) return own;
    const others = otherValues(d).map((v) => formatAmount(v, locale, { currency: 'USD' }));
    return `${own} (${arms.otherSources}: ${others.join(' / ')})`;
  };
  /** " (disputed)" where sources dispute something other than the value, which `value` already shows. */
  const disputed = (d: ArmsDeal) => (d.confidence === 'disputed' && !valueDisputed(d) ? ` (${words.disputed})` : '');
  /** A total over several years, as the notes list it. */
  const total = (d: ArmsDeal) =>
    [date(d), arms.statuses[d.status].toLowerCase(), value(d)].filter(Boolean).join(comma) + disputed(d);
  return { items, date, value, disputed, total };
}

export type DealText = ReturnType<typeof dealText>;
