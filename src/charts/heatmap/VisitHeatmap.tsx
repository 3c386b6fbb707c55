import { useCallback, useMemo } from 'react';
import { dateInterval } from '../../data/dates.js';
import { visitsCsv } from '../../data/table.js';
import type { Office, Person, Tenure, Visit, VisitLevel, Visitor } from '../../data/types.js';
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
import { type LegendItem, legendLayout } from '../kit/legendLayout.js';
import { directionOf, formatPartialDate, formatYear, localize, numberFormat, separators } from '../kit/locale.js';
import { type PlacedMarker, placeMarkers, placeMarkersDown } from '../kit/markers.js';
import { polityName } from '../kit/messages.js';
import { seqEdgeVar, seqVar, themeVar } from '../kit/theme.js';
import { type Domain, resolveDomain } from '../kit/timeScale.js';
import { useChart } from '../kit/useChart.js';
import { useGuarded } from '../kit/useGuarded.js';
import { useSources } from '../kit/useSources.js';
import { useStable } from '../kit/useStable.js';
import { HeatmapCells } from '../marks/HeatmapCells.js';
import { checkVisit } from './checkVisit.js';
import { describeHeatmap } from './describe.js';
import {
  countCells,
  gridStep,
  type HeatmapCell,
  type HeatmapLayout,
  type HeatmapSeriesSpec,
  type HeatmapStripInput,
  heatmapFrame,
  heatmapLayout,
  hideCountsUnder,
  markerLabelBoxes,
  oldestFirst,
  periodSpan,
} from './layout.js';
import { heatmapWords } from './words.js';

/** The records a {@link VisitHeatmap} draws: pass the bundled `dataset`, or your own of the same shape. */
export interface VisitHeatmapData extends ChartData {
  visits: readonly Visit[];
  /** Names of visitors (and of rulers, for the tenure bands); without them the person id is printed. */
  people?: readonly Person[];
  /** Tenures, for the bands of who ruled (`tenures` prop). */
  tenures?: readonly Tenure[];
}

/** Props of {@link VisitHeatmap}. */
export interface VisitHeatmapProps extends TimeChartProps<HeatmapLayout> {
  /** Visits, with the people, events, tenures and sources they refer to. */
  data: VisitHeatmapData;
  /** Years per column: 1, 5 or 10 (decades). Default: the finest that stays legible at the width. */
  bin?: number;
  /**
   * The first count of each colour step, rising, at most five, e.g. `[1, 2, 4, 8, 16]`: charts of one
   * series keep the same colours for the same counts. Default: steps from the busiest cell shown.
   */
  breaks?: readonly number[];
  /** Rows: one per direction and level of visitor (default), or one per direction. */
  rows?: 'direction-level' | 'direction';
  /**
   * `'across'`: time across; `'down'`: time down the side; `'auto'` (default) turns the grid on narrow screens.
   * The old names `'columns'` (= across) and `'rows'` (= down) are still accepted.
   */
  orientation?: 'auto' | 'across' | 'down' | 'columns' | 'rows';
  /**
   * The period the data claims to cover (default: first to last visit, and never after `today`).
   * Periods outside it are hatched as "no data", unlike periods with no visits.
   */
  coverage?: Domain;
  /** Show a band per side naming who ruled (needs `data.tenures` and `data.people`). */
  tenures?: boolean;
  /** The office whose holders the bands show, per country (default: head of state; for the USSR, the party leader). */
  tenureOffices?: Readonly<Record<string, Office>>;
  /** Countries counted as one side, e.g. the UAR with Syria: `{ UAR: 'SY', SU: 'SU+RU', RU: 'SU+RU' }` (the default). */
  polityGroups?: Readonly<Record<string, string>>;
  /** Names for country codes the package does not know, e.g. `{ RT: 'Ruritania' }`; also overrides the built-in ones. */
  polityNames?: Readonly<Record<string, string>>;
  /** Called with a cell (its visits, period and row) when the reader clicks it or presses Enter on it. */
  onSelect?: (cell: HeatmapCell) => void;
  /** Periods after today are "no data" (default: today). */
  today?: Date;
}

const LEVEL_ORDER: readonly string[] = ['head-of-state', 'head-of-government', 'minister', 'military', 'delegation'];
const DEFAULT_GROUPS: Readonly<Record<string, string>> = { SY: 'SY', UAR: 'SY', SU: 'SU+RU', RU: 'SU+RU' };
const DEFAULT_OFFICES: Readonly<Record<string, Office>> = {
  SY: 'head-of-state',
  UAR: 'head-of-state',
  SU: 'party-leader',
  RU: 'head-of-state',
};
const FONT_SIZE = 11;
const TABLE_ROWS = 1000;
/** Visits listed in a cell's tooltip, one line each; the table and CSV have the rest. */
const TOOLTIP_VISITS = 3;
const DAY = 86_400_000;

const cellBox = (cell: HeatmapCell) => ({ x: cell.x, y: cell.y, width: cell.width, height: cell.height });
/** The visits a cell counts (ChartMarks' data-records). */
const cellRecords = (cell: HeatmapCell) => [...cell.visits, ...cell.stages].map((v) => v.id);
const yearOf = (ms: number) => new Date(ms).getUTCFullYear();

/** What each prop must be; a value of another kind is dropped and the default applies. */
const HEATMAP_PROPS: Partial<Record<keyof VisitHeatmapProps, PropKind>> = {
  ...TIME_CHART_PROPS,
  coverage: 'period',
  bin: 'number',
  breaks: 'numbers',
  tenureOffices: 'textMap',
  polityGroups: 'textMap',
  polityNames: 'textMap',
  onSelect: 'function',
  onInvalid: 'function',
  children: 'function',
};

/**
 * How often each side travelled to the other: a grid of visit counts by
 * period (columns) and by direction and level of visitor (rows), coloured on
 * a sequential colour-blind-safe scale. Periods the data does not cover are
 * hatched, unlike periods with no visits; on narrow screens time runs down
 * the side.
 *
 * @example
 * import { dataset } from 'damascus-moscow/data';
 * <VisitHeatmap data={dataset} bin={5} tenures markers={['event-1980-10-08-treaty-friendship']} />
 */
export function VisitHeatmap(props: VisitHeatmapProps) {
  const {
    data,
    width: fixedWidth,
    height,
    bin: binProp,
    breaks: breaksProp,
    domain: domainProp,
    rows: rowsBy = 'direction-level',
    orientation = 'auto',
    coverage: coverageProp,
    markers: markersProp,
    tenures: showTenures = false,
    tenureOffices: tenureOfficesProp = DEFAULT_OFFICES,
    polityGroups: polityGroupsProp = DEFAULT_GROUPS,
    polityNames: polityNamesProp,
    onSelect,
    today,
    description,
    children,
    title,
    locale: askedLocale,
    onInvalid,
    ...frame
  } = cleanProps(props, HEATMAP_PROPS, ['people', 'events', 'sources', 'tenures']);
  const { locale, words, rtl, id, ref, width, store } = useChart<HeatmapCell>(askedLocale, fixedWidth);
  const { comma } = separators(locale);
  const hw = heatmapWords[locale];
  const domain = useStable(domainProp);
  const coverageDomain = useStable(coverageProp);
  const markers = useStable(markersProp);
  const breaks = useStable(breaksProp);
  const polityGroups = useStable(polityGroupsProp);
  const polityNames = useStable(polityNamesProp);
  const tenureOffices = useStable(tenureOfficesProp);

  const guarded = useGuarded<Visit>('VisitHeatmap', data?.visits, checkVisit, 'visits', onInvalid);

  const countryName = useCallback(
    (code: string) => polityNames?.[code] ?? polityName(code, locale),
    [polityNames, locale],
  );
  const people = useMemo(() => new Map((data?.people ?? []).map((p) => [p.id, p])), [data?.people]);
  const personName = useCallback(
    (v: Visitor) => {
      if (typeof v !== 'string') return v?.name ?? '';
      const person = people.get(v);
      return person?.name ? localize(person.name, locale) : v;
    },
    [people, locale],
  );
  const todayYear = yearOf(
    Math.floor((today instanceof Date && Number.isFinite(today.getTime()) ? today.getTime() : Date.now()) / DAY) * DAY,
  );
  // A span of years in the locale's digits; short: "1970–74".
  const spanText = useCallback(
    (from: number, to: number, short = false) =>
      from === to
        ? formatYear(from, locale)
        : `${formatYear(from, locale)}–${short ? numberFormat(locale, { minimumIntegerDigits: 2 }).format(to % 100) : formatYear(to, locale)}`,
    [locale],
  );

  const layout = useMemo(() => {
    const visits = guarded.valid;
    if (!visits.length) return null;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    // Start instants, read once: every visit here has a valid start (see checkVisit).
    const starts = new Float64Array(visits.length);
    visits.forEach((v, i) => {
      const start = dateInterval(v.start)?.start ?? 0;
      starts[i] = start;
      if (start < min) min = start;
      if (start > max) max = start;
    });
    const extent: [number, number] = [min, max + 1];
    const period = resolveDomain(domain, extent);
    const years: [number, number] = [yearOf(period[0]), yearOf(period[1] - 1)];
    const covered = resolveDomain(coverageDomain, extent);
    const coverage: [number, number] = [yearOf(covered[0]), Math.min(todayYear, yearOf(covered[1] - 1))];

    // One row description per direction and level, shared by all its visits.
    const sides: string[] = ['SY', 'SU+RU'];
    const sideOf = (polity: string) => {
      const side = polityGroups[polity] ?? polity;
      if (!sides.includes(side)) sides.push(side);
      return side;
    };
    const specs = new Map<string, HeatmapSeriesSpec>();
    // Looked up once per visit: by from, to and level in nested maps, with no key string to build.
    const lookup = new Map<string, Map<string, Map<string, HeatmapSeriesSpec>>>();
    const seriesOf = (v: Visit) => {
      let byTo = lookup.get(v.from);
      if (!byTo) {
        byTo = new Map();
        lookup.set(v.from, byTo);
      }
      let byLevel = byTo.get(v.to);
      if (!byLevel) {
        byLevel = new Map();
        byTo.set(v.to, byLevel);
      }
      const row = rowsBy === 'direction' ? '' : v.level;
      let spec = byLevel.get(row);
      if (!spec) {
        const from = sideOf(v.from);
        const to = sideOf(v.to);
        const group = `${from}>${to}`;
        const groupLabel = hw.direction(countryName(from), countryName(to));
        const level = LEVEL_ORDER.indexOf(v.level);
        spec =
          rowsBy === 'direction'
            ? {
                key: group,
                group,
                groupLabel,
                label: groupLabel,
                order: sides.indexOf(from) * 100 + sides.indexOf(to) * 10,
              }
            : {
                key: `${group}|${v.level}`,
                group,
                groupLabel,
                label: hw.levels[v.level as VisitLevel] ?? v.level,
                order: sides.indexOf(from) * 100 + sides.indexOf(to) * 10 + (level === -1 ? 9 : level),
              };
        byLevel.set(row, spec);
        specs.set(`${v.from}|${v.to}|${row}`, spec);
      }
      return spec;
    };
    const rowLabels = new Set<string>();
    const inPeriod: Visit[] = [];
    visits.forEach((v, i) => {
      if (starts[i] < period[0] || starts[i] >= period[1]) return;
      inPeriod.push(v);
      rowLabels.add(seriesOf(v).label);
    });
    if (!inPeriod.length) return null;

    // Who ruled: one band per side, from the tenures of the office asked for that country.
    const strips: HeatmapStripInput[] = [];
    if (showTenures && Array.isArray(data?.tenures)) {
      const usedSides = [...new Set([...specs.values()].flatMap((s) => s.group.split('>')))];
      const bySide = new Map<string, HeatmapStripInput>(
        sides.filter((s) => usedSides.includes(s)).map((s) => [s, { key: s, label: countryName(s), spans: [] }]),
      );
      for (const t of data.tenures) {
        if (!t || typeof t !== 'object' || tenureOffices[t.polity] !== t.office) continue;
        const strip = bySide.get(polityGroups[t.polity] ?? t.polity);
        const start = dateInterval(t.start);
        const end = t.end == null ? null : dateInterval(t.end);
        if (!strip || !start || (t.end != null && !end)) continue;
        const person = people.get(t.personId);
        const full = person?.name ? localize(person.name, locale) : t.personId;
        const parts = full.split(/\s+/);
        (strip.spans as HeatmapStripInput['spans'][number][]).push({
          id: t.id,
          from: start.start,
          to: end ? end.end : Date.UTC(todayYear + 1, 0, 1),
          names: [full, parts[parts.length - 1]],
        });
      }
      strips.push(...bySide.values());
    }

    const frameOf = heatmapFrame(width, [...rowLabels], years, { bin: binProp, orientation, fontSize: FONT_SIZE });
    const chosen = { bin: frameOf.bin, transposed: frameOf.transposed };
    const legendItems = (l: HeatmapLayout): LegendItem[] => {
      const nf = numberFormat(locale);
      const items: LegendItem[] = [{ label: hw.visitCount(0), fill: themeVar('background'), stroke: themeVar('grid') }];
      for (const s of l.steps) {
        items.push({
          label:
            s.to === Number.POSITIVE_INFINITY
              ? `${nf.format(s.from)}+`
              : s.from === s.to
                ? nf.format(s.from)
                : `${nf.format(s.from)}–${nf.format(s.to)}`,
          fill: seqVar(s.shade),
          stroke: seqEdgeVar(s.shade),
        });
      }
      if (l.cells.some((c) => !c.covered))
        items.push({ label: hw.noData, fill: `url(#${id}-nodata)`, stroke: themeVar('grid') });
      return items;
    };
    const counted = countCells(inPeriod, seriesOf, chosen.bin, years);
    const run = (top: number) =>
      heatmapLayout({
        counted,
        visits: inPeriod,
        series: seriesOf,
        bin: chosen.bin,
        years,
        coverage,
        width,
        height,
        rtl,
        transposed: chosen.transposed,
        top,
        strips,
        periodLabel: spanText,
        breaks,
        fontSize: FONT_SIZE,
      });
    // The legend's height does not depend on the grid's position: lay out once to learn it, then place.
    let result = run(0);
    const at = (ms: number) => result.time(ms);
    const legend = legendLayout(legendItems(result), width, { title: hw.visitsPer, fontSize: FONT_SIZE, rtl });
    const markerRow = FONT_SIZE + 5;
    let placed: PlacedMarker[] = [];
    let top = legend.height + 6;
    if (markers?.length && !result.transposed) {
      const plot = result.plot;
      placed = placeMarkers(markers, data?.events, at, plot, locale, FONT_SIZE).markers;
      if (placed.length) top += (Math.max(...placed.map((m) => m.row)) + 1) * markerRow;
    }
    result = run(top);
    if (placed.length) {
      placed = placeMarkers(markers, data?.events, at, result.plot, locale, FONT_SIZE).markers;
    } else if (markers?.length && result.transposed) {
      placed = placeMarkersDown(markers, data?.events, at, result.plot, locale, FONT_SIZE);
      // Labels run across the grid: the counts under them make way.
      hideCountsUnder(result.cells, markerLabelBoxes(placed, result.plot, rtl, FONT_SIZE), FONT_SIZE);
    }
    const counts = new Map<number, number>();
    const bySeries = new Map<string, number>();
    for (const c of result.cells) {
      counts.set(c.period, (counts.get(c.period) ?? 0) + c.count);
      bySeries.set(c.series, (bySeries.get(c.series) ?? 0) + c.count);
    }
    const labelOf = new Map(
      result.series.map((s) => [s.key, s.label === s.groupLabel ? s.label : `${s.groupLabel}${comma}${s.label}`]),
    );
    return { ...result, legend, markers: placed, shown: inPeriod, counts, bySeries, labelOf, years, rulers: strips };
  }, [
    guarded.valid,
    domain,
    coverageDomain,
    todayYear,
    polityGroups,
    rowsBy,
    hw,
    countryName,
    showTenures,
    data?.tenures,
    data?.events,
    tenureOffices,
    people,
    locale,
    width,
    binProp,
    orientation,
    id,
    height,
    rtl,
    spanText,
    breaks,
    markers,
    comma,
  ]);

  // A period as printed: the years it holds within those shown ("2020–2026" when the data stops in 2026).
  const periodText = (p: number, b: number) =>
    layout ? spanText(...periodSpan(p, b, layout.years)) : spanText(p, p + b - 1);
  const shown = layout?.shown ?? guarded.valid;
  const sources = data?.sources;
  const { credits, csv } = useSources(visitsCsv, shown, sources);

  // Who ruled in a cell's period, from the tenure bands: the bands themselves are not focusable.
  const inPower = (cell: HeatmapCell) => {
    if (!layout?.rulers.length) return '';
    const from = Date.UTC(cell.period, 0, 1);
    const to = Date.UTC(cell.period + cell.bin, 0, 1);
    const sides = layout.rulers
      .map((strip) => {
        const names = strip.spans.filter((sp) => sp.from < to && sp.to > from).map((sp) => sp.names[0]);
        return names.length ? `${strip.label}: ${[...new Set(names)].join(comma)}` : '';
      })
      .filter(Boolean);
    return sides.length ? `${hw.inPower}: ${sides.join(separators(locale).semicolon)}` : '';
  };

  const describeCell = (cell: HeatmapCell) => {
    const ruled = inPower(cell);
    return `${layout?.labelOf.get(cell.series) ?? cell.series}${comma}${periodText(cell.period, cell.bin)}: ${
      cell.covered ? hw.visitCount(cell.count) : hw.noData
    }${ruled ? `. ${ruled}` : ''}`;
  };

  const marks = useMemo(
    () => layout && <HeatmapCells cells={layout.cells} colour={layout.colour} id={id} locale={locale} />,
    [layout, id, locale],
  );

  const step = useCallback(
    (index: number, key: string) => (layout ? gridStep(index, key, layout.cols, layout.rows, rtl) : null),
    [layout, rtl],
  );

  // A few lines: the row and period, who ruled, the first visits one line each, how many sources.
  // Outcomes and the full list of sources are in the table and the CSV.
  const renderTip = (cell: HeatmapCell) => {
    const listed = oldestFirst(cell.visits).slice(0, TOOLTIP_VISITS);
    const more = cell.visits.length - listed.length;
    const cited = new Set(cell.visits.flatMap((v) => (v.sources ?? []).map((r) => r.source))).size;
    const line = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;
    return (
      <div>
        <div style={{ fontWeight: 700 }}>{layout?.labelOf.get(cell.series)}</div>
        <div>
          {periodText(cell.period, cell.bin)}: {cell.covered ? hw.visitCount(cell.count) : hw.noData}
        </div>
        {layout?.rulers.length ? <div style={{ color: themeVar('muted') }}>{inPower(cell)}</div> : null}
        {listed.map((v) => (
          <div key={v.id} style={line}>
            {formatPartialDate(v.start, locale)}: {v.visitors.map(personName).join(comma)}
          </div>
        ))}
        {more > 0 ? <div>{words.andMore(more)}</div> : null}
        {cited ? <div style={{ color: themeVar('muted') }}>{hw.sourceCount(cited)}</div> : null}
      </div>
    );
  };

  const heading = title ?? hw.title;
  const table = layout ? (
    <DataTable
      caption={heading}
      visuallyHidden
      maxRows={TABLE_ROWS}
      truncated={words.tableTruncated}
      dir={directionOf(locale)}
      lang={locale}
      rows={layout.shown}
      rowKey={(v) => v.id}
      columns={[
        { header: hw.visitColumns.date, cell: (v) => formatPartialDate(v.start, locale) },
        { header: hw.visitColumns.direction, cell: (v) => hw.direction(countryName(v.from), countryName(v.to)) },
        { header: hw.visitColumns.level, cell: (v) => hw.levels[v.level] ?? v.level },
        { header: hw.visitColumns.visitors, cell: (v) => v.visitors.map(personName).join(comma) },
        { header: hw.visitColumns.city, cell: (v) => v.city ?? '' },
        { header: hw.visitColumns.outcome, cell: (v) => v.outcome ?? '' },
      ]}
    />
  ) : null;

  let desc = description;
  if (!desc && layout) {
    let peak: { period: number; count: number } | undefined;
    for (const [period, count] of layout.counts) if (!peak || count > peak.count) peak = { period, count };
    let busiest: { key: string; count: number } | undefined;
    for (const [key, count] of layout.bySeries) if (!busiest || count > busiest.count) busiest = { key, count };
    desc = describeHeatmap(
      {
        count: layout.shown.length,
        from: layout.years[0],
        to: layout.years[1],
        peak: peak && { period: periodText(peak.period, layout.bin), count: peak.count },
        busiest: busiest && { label: layout.labelOf.get(busiest.key) ?? busiest.key, count: busiest.count },
      },
      locale,
    );
  }

  const eventMarkers = (part: 'rules' | 'labels') =>
    layout?.markers.length ? (
      <EventMarkers
        part={part}
        markers={layout.markers}
        top={layout.legend.height + 6}
        bottom={layout.plot.bottom}
        rowHeight={FONT_SIZE + 5}
        fontSize={FONT_SIZE}
        across={layout.transposed ? { left: layout.plot.left, right: layout.plot.right, rtl } : undefined}
      />
    ) : null;

  return (
    <ChartFrame
      {...frame}
      chart="visit-heatmap"
      title={title}
      locale={locale}
      width={width}
      fill={fixedWidth === undefined}
      plotRef={ref}
      credits={credits}
      csv={csv}
      table={table}
      tooltip={
        layout ? (
          <ChartTooltip
            store={store}
            render={renderTip}
            describe={describeCell}
            count={layout.cells.length}
            locale={locale}
          />
        ) : null
      }
    >
      {layout ? (
        <ChartSvg id={id} width={width} height={layout.height} title={heading} description={desc ?? ''}>
          <Legend layout={layout.legend} top={0} fontSize={FONT_SIZE} />
          {/* Rules under everything they cross: bands and cells hide them, labels carry a halo. */}
          <g pointerEvents="none">{eventMarkers('rules')}</g>
          <g className="dm-labels" fontSize={FONT_SIZE} fill={themeVar('muted')}>
            {layout.labels.map((t) => (
              <text
                key={`${t.x},${t.y},${t.text}`}
                x={t.x}
                y={t.y}
                textAnchor={t.anchor}
                transform={t.turned ? `rotate(-90 ${t.x} ${t.y})` : undefined}
              >
                {t.text}
              </text>
            ))}
          </g>
          {layout.strips.length ? (
            <g className="dm-tenures" fontSize={FONT_SIZE}>
              {layout.strips.map((s) => (
                <g key={s.key}>
                  <text
                    x={s.label.x}
                    y={s.label.y}
                    textAnchor={s.label.anchor}
                    fill={themeVar('muted')}
                    transform={s.label.turned ? `rotate(-90 ${s.label.x} ${s.label.y})` : undefined}
                  >
                    {s.label.text}
                  </text>
                  {s.spans.map((sp) => (
                    <g key={sp.id}>
                      <rect
                        x={sp.x}
                        y={sp.y}
                        width={sp.width}
                        height={sp.height}
                        fill={sp.shade ? themeVar('grid') : themeVar('background')}
                        fillOpacity={sp.shade ? 0.5 : undefined}
                        stroke={themeVar('grid')}
                        strokeWidth={0.5}
                      />
                      {sp.name ? (
                        <text
                          x={sp.name.x}
                          y={sp.name.y}
                          textAnchor={sp.name.anchor}
                          fill={themeVar('text')}
                          stroke={sp.shade ? themeVar('grid') : themeVar('background')}
                          strokeOpacity={sp.shade ? 0.5 : undefined}
                          strokeWidth={3}
                          paintOrder="stroke"
                        >
                          {sp.name.text}
                        </text>
                      ) : null}
                    </g>
                  ))}
                </g>
              ))}
            </g>
          ) : null}
          <ChartMarks
            label={words.keyboardHint(layout.cells.length, hw.cells)}
            store={store}
            marks={layout.cells}
            box={cellBox}
            records={cellRecords}
            step={step}
            onSelect={onSelect && ((cell: HeatmapCell) => onSelect({ ...cell, visits: oldestFirst(cell.visits) }))}
          >
            {marks}
          </ChartMarks>
          <g pointerEvents="none">{eventMarkers('labels')}</g>
          {children?.(layout)}
        </ChartSvg>
      ) : (
        <EmptyState locale={locale} dropped={guarded.dropped.length} height={height ?? 200} />
      )}
    </ChartFrame>
  );
}
