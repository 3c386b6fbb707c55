import { useCallback, useMemo } from 'react';
import { armsDealsCsv } from '../../data/table.js';
import type { ArmsDeal, ArmsDealStatus, Quantity } from '../../data/types.js';
import { ChartFrame } from '../kit/ChartFrame.js';
import { ChartMarks } from '../kit/ChartMarks.js';
import { ChartSvg } from '../kit/ChartSvg.js';
import { ChartTooltip } from '../kit/ChartTooltip.js';
import type { ChartData, TimeChartProps } from '../kit/chartProps.js';
import { cleanProps, type PropKind, TIME_CHART_PROPS } from '../kit/cleanProps.js';
import { DataTable } from '../kit/DataTable.js';
import { EmptyState } from '../kit/EmptyState.js';
import { EventMarkers } from '../kit/EventMarkers.js';
import { Legend } from '../kit/Legend.js';
import { legendLayout } from '../kit/legendLayout.js';
import { directionOf, formatAmount, formatPartialDate, separators } from '../kit/locale.js';
import { type PlacedMarker, placeMarkers, placeMarkersDown } from '../kit/markers.js';
import type { Box } from '../kit/markNavigation.js';
import { FONT_SIZE, rounded, TABLE_ROWS } from '../kit/sizes.js';
import { themeVar } from '../kit/theme.js';
import { useChart } from '../kit/useChart.js';
import { useGuarded } from '../kit/useGuarded.js';
import { useSources } from '../kit/useSources.js';
import { useStable } from '../kit/useStable.js';
import { RangedStacks } from '../marks/RangedStacks.js';
import { checkArmsDeal } from './checkArmsDeal.js';
import { describeArms } from './describe.js';
import {
  type ArmsKind,
  type ArmsLayout,
  type ArmsMeasure,
  type ArmsSegment,
  armsLayout,
  binArmsDeals,
  orientationOf,
  stepSegment,
} from './layout.js';
import { legendItems } from './legend.js';
import { dealsInYears, unitText } from './period.js';
import { armsWords } from './words.js';

/** The records an {@link ArmsDealBars} draws: pass the bundled `dataset`, or your own of the same shape. */
export interface ArmsDealBarsData extends ChartData {
  armsDeals: readonly ArmsDeal[];
}

/** Props of {@link ArmsDealBars}. */
export interface ArmsDealBarsProps extends TimeChartProps<ArmsLayout> {
  /** Arms deals, with the events and sources they refer to. */
  data: ArmsDealBarsData;
  /**
   * What the bars add up: `'deals'` (the default: every deal counts once,
   * so none is left out), `'value'` (reported US dollars) or `'quantity'`
   * (items, per weapon category). Deals without the measure are named in the notes.
   */
  measure?: ArmsMeasure;
  /** Years per bar: 1 (the default), 5 or 10. */
  bin?: number;
  /** @deprecated The old name of {@link ArmsDealBarsProps.bin}; `bin` wins where both are given. */
  groupBy?: number;
  /**
   * Which way time runs: `'across'` (bars standing on a time axis along the bottom), `'down'` (bars
   * growing from the side), or `'auto'` (down on narrow screens). The old `'vertical'` (across) and
   * `'horizontal'` (down) are still accepted.
   */
  orientation?: 'auto' | 'across' | 'down' | 'vertical' | 'horizontal';
  /** Only these statuses, e.g. `['requested', 'refused']`. Colour shows status. */
  statuses?: readonly ArmsDealStatus[];
  /**
   * Only these kinds of weapon, e.g. `['aircraft']` (by quantity, only those items); the unit line says which.
   * Kind shows in tooltips and the data, never in colour: draw one chart per kind to compare kinds.
   */
  kinds?: readonly ArmsKind[];
  /**
   * The value axis reaches at least this (in the measure's unit), so a series of charts, e.g. one per
   * kind, shares one scale; a taller bar still fits. Default: the tallest bar.
   */
  maxValue?: number;
  /** Called with a bar segment's deals when the reader clicks it or presses Enter on it. */
  onSelect?: (deals: readonly ArmsDeal[], segment: ArmsSegment) => void;
}

const TIP_DEALS = 4;

// Colour means status, and only status; each colour has an outline that stands 3 : 1 from the page.
const segmentBox = (s: ArmsSegment): Box => s.box;
/** The deals a segment draws (ChartMarks' data-records), with the later stages drawn with them. */
const segmentRecords = (s: ArmsSegment) => [...s.deals, ...s.stages].map((d) => d.id);
/** The values other sources give for a deal's value, where they disagree with the record's. */
const otherValues = (d: ArmsDeal): number[] =>
  (d.conflicts ?? []).flatMap((c) => (c.field === 'valueUsd' && typeof c.value === 'number' ? [c.value] : []));
const valueDisputed = (d: ArmsDeal) => d.confidence === 'disputed' && otherValues(d).length > 0;
/** What each prop must be; a value of another kind is dropped and the default applies. */
const ARMS_PROPS: Partial<Record<keyof ArmsDealBarsProps, PropKind>> = {
  ...TIME_CHART_PROPS,
  bin: 'number',
  groupBy: 'number',
  statuses: 'texts',
  kinds: 'texts',
  onSelect: 'function',
  onInvalid: 'function',
  children: 'function',
};

/**
 * What the USSR and Russia supplied to Syria, year by year, and what was
 * asked for and refused: bars stacked by weapon category, where status
 * shows in the fill (delivered solid, agreed light, requested outlined,
 * refused hatched), reported ranges reach to their top with the sure part
 * solid, and disputed records are outlined with dots.
 *
 * @example
 * import { dataset } from 'damascus-moscow/data';
 * <ArmsDealBars data={dataset} measure="value" bin={10} />
 */
export function ArmsDealBars(props: ArmsDealBarsProps) {
  const {
    data,
    width: fixedWidth,
    height,
    measure: measureProp = 'deals',
    bin: binProp,
    groupBy: groupByProp,
    orientation: orientationProp,
    domain: domainProp,
    statuses: statusesProp,
    kinds: kindsProp,
    maxValue,
    markers: markersProp,
    onSelect,
    description,
    children,
    title,
    notes,
    locale: askedLocale,
    onInvalid,
    ...frame
  } = cleanProps(props, ARMS_PROPS, ['events', 'sources']);
  const { locale, words, rtl, id, ref, width, store } = useChart<ArmsSegment>(askedLocale, fixedWidth);
  const arms = armsWords[locale];
  const { comma, semicolon } = separators(locale);
  const domain = useStable(domainProp);
  const statuses = useStable(statusesProp);
  const kinds = useStable<readonly ArmsKind[] | undefined>(Array.isArray(kindsProp) ? kindsProp : undefined);
  const markers = useStable(markersProp);
  const measure: ArmsMeasure = ['value', 'quantity', 'deals'].includes(measureProp) ? measureProp : 'deals';
  const asked = binProp ?? groupByProp ?? 1;
  const bin = Number.isFinite(asked) && asked >= 1 ? Math.floor(asked) : 1;
  const orientation = orientationOf(orientationProp);

  const guarded = useGuarded<ArmsDeal>('ArmsDealBars', data?.armsDeals, checkArmsDeal, 'armsDeals', onInvalid);

  // The years asked for, and the deals that fall in them (totals over a period when they overlap).
  const { shown, years, reach } = useMemo(
    () => dealsInYears(guarded.valid, statuses, domain),
    [guarded.valid, statuses, domain],
  );

  const bins = useMemo(() => binArmsDeals(shown, measure, bin, kinds), [shown, measure, bin, kinds]);
  const unit = unitText(arms, measure, kinds, comma);

  const amount = useCallback(
    (q: Quantity) =>
      // Money to three figures ($730m); counts to the item.
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

  const layout = useMemo(() => {
    const extent = bins.extent;
    if (!extent && years[0] === null) return null;
    const first = years[0] === null ? (extent?.[0] ?? 0) : Math.floor(years[0] / bin) * bin;
    const last = years[1] === null ? (extent?.[1] ?? first) : Math.floor(years[1] / bin) * bin;
    const inPeriod = bins.stacks.filter((s) => s.period >= first && s.period <= last);
    if (!inPeriod.length) return null;
    // The key, above the plot inside the SVG, so a static export carries it too.
    const legend = legendLayout(legendItems(inPeriod, arms, id), width, { fontSize: FONT_SIZE, rtl });
    const input = {
      stacks: bins.stacks,
      periods: [first, Math.max(first, last)] as [number, number],
      bin,
      width,
      height,
      orientation: orientation === 'auto' ? undefined : orientation,
      rtl,
      fontSize: FONT_SIZE,
      formatValue: amount,
      formatPeriod: periodName,
      whole: measure !== 'value',
      top: legend.height + 8,
      unit,
      maxValue,
    };
    let result: ArmsLayout = armsLayout(input);
    let placed: PlacedMarker[] = [];
    if (markers?.length && result.orientation === 'across') {
      placed = placeMarkers(
        markers,
        data?.events,
        (t) => rounded(result.time(t)),
        result.plot,
        locale,
        FONT_SIZE,
      ).markers;
      const rows = placed.reduce((most, m) => Math.max(most, m.row + 1), 0);
      // Room above the bars for the marker labels; their x does not move.
      if (rows) result = armsLayout({ ...input, markerRows: rows });
    } else if (markers?.length) {
      placed = placeMarkersDown(markers, data?.events, (t) => rounded(result.time(t)), result.plot, locale, FONT_SIZE);
    }
    return { ...result, markers: placed, legend };
  }, [
    arms,
    id,
    bins,
    years,
    bin,
    width,
    height,
    orientation,
    rtl,
    amount,
    periodName,
    markers,
    data?.events,
    locale,
    measure,
    unit,
    maxValue,
  ]);

  // What the bars draw: the credits, the table and "Get the data" hold exactly these deals.
  const drawn = useMemo(() => {
    if (!layout) return [];
    const ids = new Set<string>();
    const out: ArmsDeal[] = [];
    for (const s of layout.segments)
      for (const d of [...s.deals, ...s.stages])
        if (!ids.has(d.id)) {
          ids.add(d.id);
          out.push(d);
        }
    return out;
  }, [layout]);
  const sources = data?.sources;
  const { credits, csv } = useSources(armsDealsCsv, drawn, sources);

  const itemsOf = useCallback(
    (deal: ArmsDeal) =>
      deal.items
        .map((item) =>
          item.quantity === undefined
            ? item.system
            : `${item.system} × ${formatAmount(item.quantity, locale, { exact: true })}`,
        )
        .join(comma),
    [locale, comma],
  );
  const dateOf = useCallback(
    (deal: ArmsDeal) =>
      deal.end === undefined
        ? formatPartialDate(deal.date, locale)
        : `${formatPartialDate(deal.date, locale)} – ${formatPartialDate(deal.end, locale)}`,
    [locale],
  );
  const segmentTotal = (s: ArmsSegment) => amount(s.low === s.high ? s.low : { min: s.low, max: s.high });
  const segmentName = (s: ArmsSegment) =>
    `${periodName(s.period)}${comma}${arms.statuses[s.status]}: ${segmentTotal(s)}`;

  const marks = useMemo(() => {
    if (!layout) return null;
    return <RangedStacks segments={layout.segments} orientation={layout.orientation} colour={layout.colour} id={id} />;
  }, [layout, id]);

  // A disputed value is never printed alone: the other sources' values follow it.
  const valueText = (d: ArmsDeal) => {
    if (d.valueUsd === undefined) return '';
    const value = formatAmount(d.valueUsd, locale, { currency: 'USD' });
    if (!valueDisputed(d)) return value;
    const others = otherValues(d).map((v) => formatAmount(v, locale, { currency: 'USD' }));
    return `${value} (${arms.otherSources}: ${others.join(' / ')})`;
  };
  const totalText = (d: ArmsDeal) =>
    [dateOf(d), arms.statuses[d.status].toLowerCase(), valueText(d)].filter(Boolean).join(comma) +
    (d.confidence === 'disputed' && !valueDisputed(d) ? ` (${words.disputed})` : '');
  // Said in the notes, so no valid deal leaves the chart without a word.
  const leftOut = [
    bins.unmeasured.length ? arms.unmeasured(bins.unmeasured.length, measure) : '',
    bins.totals.length ? `${arms.totals}: ${bins.totals.map(totalText).join(semicolon)}.` : '',
  ]
    .filter(Boolean)
    .join(' ');

  // A few lines: period and status, the total, the first deals one line each, how many sources.
  const renderTip = (s: ArmsSegment) => {
    const cited = new Set(s.deals.flatMap((d) => d.sources.map((r) => r.source))).size;
    const line = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;
    return (
      <div>
        <div style={{ fontWeight: 700 }}>
          {periodName(s.period)} · {arms.statuses[s.status]}
        </div>
        <div>
          {arms.measures[measure]}: {segmentTotal(s)}
        </div>
        {s.deals.slice(0, TIP_DEALS).map((deal) => (
          <div key={deal.id} style={line}>
            {dateOf(deal)}: {itemsOf(deal)}
            {deal.valueUsd === undefined ? '' : ` · ${valueText(deal)}`}
            {deal.confidence === 'disputed' && !valueDisputed(deal) ? ` (${words.disputed})` : ''}
          </div>
        ))}
        {s.deals.length > TIP_DEALS ? <div>{words.andMore(s.deals.length - TIP_DEALS)}</div> : null}
        {cited ? <div style={{ color: themeVar('muted') }}>{arms.sourceCount(cited)}</div> : null}
      </div>
    );
  };

  const heading = title ?? arms.title;
  const table = (
    <DataTable
      caption={heading}
      visuallyHidden
      maxRows={TABLE_ROWS}
      truncated={words.tableTruncated}
      dir={directionOf(locale)}
      lang={locale}
      rows={drawn}
      rowKey={(d) => d.id}
      columns={[
        { header: arms.columns.date, cell: dateOf },
        {
          header: arms.columns.status,
          cell: (d) => `${arms.statuses[d.status]}${d.confidence === 'disputed' ? ` (${words.disputed})` : ''}`,
        },
        { header: arms.columns.items, cell: itemsOf },
        { header: arms.columns.value, cell: valueText },
      ]}
    />
  );

  let desc = description;
  if (!desc && layout) {
    const peak = layout.bars.reduce<(typeof layout.bars)[number] | undefined>(
      (best, bar) => (!best || bar.high > best.high ? bar : best),
      undefined,
    );
    desc = describeArms(
      {
        deals: drawn.length,
        from: layout.periods[0],
        to: layout.periods[1] + bin - 1,
        measure: arms.measures[measure],
        peak: peak && { period: periodName(peak.period), total: amount(peak.high) },
      },
      locale,
    );
  }

  const markersOf = (l: NonNullable<typeof layout>) => (
    <EventMarkers
      markers={l.markers}
      top={l.legend.height + 8}
      bottom={l.plot.bottom}
      rowHeight={FONT_SIZE + 5}
      fontSize={FONT_SIZE}
      across={l.orientation === 'down' ? { left: l.plot.left, right: l.plot.right, rtl } : undefined}
    />
  );

  return (
    <ChartFrame
      {...frame}
      chart="arms-deal-bars"
      title={title}
      locale={locale}
      width={width}
      fill={fixedWidth === undefined}
      plotRef={ref}
      credits={credits}
      csv={csv}
      notes={[notes, leftOut].filter(Boolean).join(' ') || undefined}
      table={drawn.length ? table : null}
      tooltip={
        layout ? (
          <ChartTooltip
            store={store}
            render={renderTip}
            describe={segmentName}
            count={layout.segments.length}
            locale={locale}
          />
        ) : null
      }
    >
      {layout ? (
        <ChartSvg id={id} width={width} height={layout.height} title={heading} description={desc ?? ''}>
          <Legend layout={layout.legend} top={0} fontSize={FONT_SIZE} />
          <Axes layout={layout} rtl={rtl} formatValue={amount} formatPeriod={periodName} />
          {/* Behind the bars where time runs across; over them, with a halo, where it runs down. */}
          {layout.orientation === 'across' ? markersOf(layout) : null}
          <ChartMarks
            label={words.keyboardHint(layout.segments.length, arms.segments)}
            store={store}
            marks={layout.segments}
            box={segmentBox}
            records={segmentRecords}
            step={(index, key) => stepSegment(layout, index, key, rtl)}
            onSelect={onSelect && ((s: ArmsSegment) => onSelect(s.deals, s))}
          >
            {marks}
          </ChartMarks>
          {layout.orientation === 'down' ? markersOf(layout) : null}
          {children?.(layout)}
        </ChartSvg>
      ) : (
        <EmptyState
          locale={locale}
          dropped={guarded.dropped.length}
          height={height ?? 200}
          // Deals there are, but none with the measure asked for, or only totals over several years.
          reason={shown.length ? leftOut : undefined}
        />
      )}
    </ChartFrame>
  );
}

/** The error bar of a segment holding ranges, from its lowest to its highest sum, as path data. */

/** The value axis with its grid and unit, the baseline and the period labels; baselines written as plain y. */
function Axes({
  layout,
  rtl,
  formatValue,
  formatPeriod,
}: {
  layout: ArmsLayout;
  rtl: boolean;
  formatValue: (v: number) => string;
  formatPeriod: (p: number) => string;
}) {
  const { plot } = layout;
  const vertical = layout.orientation === 'across';
  const grid = themeVar('grid');
  const muted = themeVar('muted');
  const middle = (y: number) => Math.round((y + FONT_SIZE * 0.35) * 10) / 10;
  const under = Math.round((plot.bottom + 4 + FONT_SIZE * 0.8) * 10) / 10;
  return (
    <g className="dm-axes" fontSize={FONT_SIZE} fill={muted}>
      {layout.unit ? (
        <text className="dm-unit" x={layout.unit.x} y={layout.unit.y} textAnchor={layout.unit.anchor}>
          {layout.unit.text}
        </text>
      ) : null}
      {layout.valueTicks.map((t) =>
        vertical ? (
          <g key={t.value}>
            <line x1={plot.left} x2={plot.right} y1={t.pos} y2={t.pos} stroke={grid} strokeWidth={t.value ? 0.5 : 1} />
            <text x={layout.valueAxis[0]} y={middle(t.pos)} textAnchor={rtl ? 'start' : 'end'}>
              {formatValue(t.value)}
            </text>
          </g>
        ) : (
          <g key={t.value}>
            <line x1={t.pos} x2={t.pos} y1={plot.top} y2={plot.bottom} stroke={grid} strokeWidth={t.value ? 0.5 : 1} />
            {layout.valueAxis.map((y) => (
              <text key={y} x={t.pos} y={y} textAnchor="middle">
                {formatValue(t.value)}
              </text>
            ))}
          </g>
        ),
      )}
      {layout.periodTicks.map((t) =>
        vertical ? (
          <text key={t.value} x={t.pos} y={under} textAnchor="middle">
            {formatPeriod(t.value)}
          </text>
        ) : (
          <text
            key={t.value}
            x={rtl ? plot.right + 4 : plot.left - 4}
            y={middle(t.pos)}
            textAnchor={rtl ? 'start' : 'end'}
          >
            {formatPeriod(t.value)}
          </text>
        ),
      )}
    </g>
  );
}
