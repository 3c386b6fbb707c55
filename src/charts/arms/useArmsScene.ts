import { useCallback, useMemo } from 'react';
import type { ArmsDeal, Quantity } from '../../data/types.js';
import { formatAmount, type Locale, separators } from '../kit/locale.js';
import { useAnnotations } from '../kit/useAnnotations.js';
import { useGuarded } from '../kit/useGuarded.js';
import { useMarkers } from '../kit/useMarkers.js';
import { useStable } from '../kit/useStable.js';
import { checkArmsDeal } from './checkArmsDeal.js';
import { dealText } from './dealText.js';
import { type ArmsKind, type ArmsMeasure, type ArmsSegment, binArmsDeals, MAX_BIN, orientationOf } from './layout.js';
import { dealsInYears, unitText } from './period.js';
import type { ArmsDealBarsProps } from './props.js';
import { armsScene } from './scene.js';
import { armsWords } from './words.js';

/**
 * The arms chart's data hooks: props compared by content, records checked,
 * the deals of the years and statuses asked for, binned and laid out (see
 * {@link armsScene}), the deals drawn, and how amounts, periods and deals read.
 */
export function useArmsScene(
  props: ArmsDealBarsProps,
  { locale, width, id }: { locale: Locale; width: number; id: string },
) {
  const { data, height, maxValue, onInvalid } = props;
  const arms = armsWords[locale];
  const { comma, semicolon } = separators(locale);
  // Inline arrays and objects are new on every render; compare them by content.
  const domain = useStable(props.domain);
  const statuses = useStable(props.statuses);
  const kinds = useStable<readonly ArmsKind[] | undefined>(Array.isArray(props.kinds) ? props.kinds : undefined);
  const markers = useMarkers('ArmsDealBars', props.markers, data?.events, onInvalid);
  const measure: ArmsMeasure = ['value', 'quantity', 'deals'].includes(props.measure ?? '')
    ? (props.measure as ArmsMeasure)
    : 'deals';
  const asked = props.bin ?? props.groupBy ?? 1;
  const bin = Number.isFinite(asked) && asked >= 1 ? Math.min(MAX_BIN, Math.floor(asked)) : 1;
  const orientation = orientationOf(props.orientation);

  const guarded = useGuarded<ArmsDeal>('ArmsDealBars', data?.armsDeals, checkArmsDeal, 'armsDeals', onInvalid);
  const annotations = useAnnotations('ArmsDealBars', props.annotations, onInvalid);
  // The years asked for, and the deals that fall in them (totals over a period when they overlap).
  const { shown, years, reach } = useMemo(
    () => dealsInYears(guarded.valid, statuses, domain),
    [guarded.valid, statuses, domain],
  );
  const bins = useMemo(() => binArmsDeals(shown, measure, bin, kinds), [shown, measure, bin, kinds]);
  const unit = unitText(arms, measure, kinds, comma);
  // Money to three figures ($730m); counts to the item.
  const amount = useCallback(
    (q: Quantity) =>
      measure === 'value' ? formatAmount(q, locale, { currency: 'USD' }) : formatAmount(q, locale, { exact: true }),
    [locale, measure],
  );
  // A period as printed, cut to the years shown: "2020–2024" where the deals stop in 2024, not "2020s".
  const periodName = useCallback(
    (p: number) => {
      const from = Math.max(p, reach[0]);
      const to = Math.min(p + bin - 1, reach[1]);
      return to >= from ? arms.period(from, to - from + 1) : arms.period(p, bin);
    },
    [arms, bin, reach],
  );
  const events = data?.events;
  const layout = useMemo(
    () =>
      armsScene({
        bins,
        years,
        bin,
        width,
        height,
        orientation: orientation === 'auto' ? undefined : orientation,
        locale,
        formatValue: amount,
        formatPeriod: periodName,
        whole: measure !== 'value',
        unit,
        maxValue,
        markers,
        events,
        annotations,
        id,
      }),
    [
      bins,
      years,
      bin,
      width,
      height,
      orientation,
      locale,
      amount,
      periodName,
      measure,
      unit,
      maxValue,
      markers,
      events,
      annotations,
      id,
    ],
  );
  // What the bars draw: the credits, the table and "Get the data" hold exactly these deals.
  const drawn = useMemo(() => {
    if (!layout) return [];
    const byId = new Map<string, ArmsDeal>();
    for (const s of layout.segments) for (const d of [...s.deals, ...s.stages]) if (!byId.has(d.id)) byId.set(d.id, d);
    return [...byId.values()];
  }, [layout]);
  const text = useMemo(() => dealText(locale), [locale]);
  // Said in the notes, so no valid deal leaves the chart without a word.
  const leftOut = [
    bins.unmeasured.length ? arms.unmeasured(bins.unmeasured.length, measure) : '',
    bins.totals.length ? `${arms.totals}: ${bins.totals.map(text.total).join(semicolon)}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const total = (s: ArmsSegment) => amount(s.low === s.high ? s.low : { min: s.low, max: s.high });
  return { dropped: guarded.dropped, shown, layout, drawn, measure, bin, amount, periodName, text, leftOut, total };
}
