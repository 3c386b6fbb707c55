import { type ReactNode, useCallback, useMemo } from 'react';
import type { Office, Person, Polity, Tenure } from '../../data/types.js';
import { ChartFrame } from '../kit/ChartFrame.js';
import { ChartMarks } from '../kit/ChartMarks.js';
import { ChartSvg } from '../kit/ChartSvg.js';
import { ChartTooltip, TooltipSources } from '../kit/ChartTooltip.js';
import type { ChartData, TimeChartProps } from '../kit/chartProps.js';
import { cleanProps, type PropKind, TIME_CHART_PROPS } from '../kit/cleanProps.js';
import { DataTable } from '../kit/DataTable.js';
import { EmptyState } from '../kit/EmptyState.js';
import { EventMarkers } from '../kit/EventMarkers.js';
import { Hatch } from '../kit/Hatch.js';
import { Legend } from '../kit/Legend.js';
import { directionOf, formatDuration, formatPartialDate, localize, separators } from '../kit/locale.js';
import { placeMarkers } from '../kit/markers.js';
import { escapeMarkup } from '../kit/markup.js';
import { polityName } from '../kit/messages.js';
import { TimeAxis, tickCount } from '../kit/TimeAxis.js';
import { onPaletteVar, paletteVar, themeVar } from '../kit/theme.js';
import { formatTick, resolveDomain, timeScale } from '../kit/timeScale.js';
import { useChart } from '../kit/useChart.js';
import { useGuarded } from '../kit/useGuarded.js';
import { useSources } from '../kit/useSources.js';
import { useStable } from '../kit/useStable.js';
import { checkTenure } from './checkTenure.js';
import { describeGantt } from './describe.js';
import { KeySwatch } from './KeySwatch.js';
import { keyWords } from './keyWords.js';
import {
  barOutline,
  barStepper,
  type GanttBar,
  type GanttLaneSpec,
  type GanttLayout,
  ganttFrame,
  ganttLayout,
  markerRowCount,
  tenureIntervals,
} from './layout.js';

/** The records a {@link TenureGantt} draws: pass the bundled `dataset`, or your own of the same shape. */
export interface TenureGanttData extends ChartData {
  tenures: readonly Tenure[];
  /** Names of the tenure holders; without them the person id is printed. */
  people?: readonly Person[];
}

/** Props of {@link TenureGantt}. */
export interface TenureGanttProps extends TimeChartProps<GanttLayout> {
  /** Tenures, with the people, events and sources they refer to. */
  data: TenureGanttData;
  /** Person id (or ids) to pick out; the other bars fade. */
  highlight?: string | readonly string[];
  /** Called with a tenure when the reader clicks it or presses Enter on it. */
  onSelect?: (tenure: Tenure) => void;
  /** Only these countries (default: all in the data). */
  polities?: readonly Polity[];
  /** Only these offices (default: all in the data). */
  offices?: readonly Office[];
  /** Countries drawn in one set of lanes, e.g. the UAR with Syria: `{ UAR: 'SY', SU: 'SU+RU', RU: 'SU+RU' }` (the default). */
  polityGroups?: Readonly<Record<string, string>>;
  /** Names for country codes the package does not know, e.g. `{ RT: 'Ruritania' }`; also overrides the built-in ones. */
  polityNames?: Readonly<Record<string, string>>;
  /** Where ongoing tenures end (default: today). */
  today?: Date;
}

const OFFICE_ORDER: readonly string[] = ['head-of-state', 'de-facto-ruler', 'party-leader', 'head-of-government'];
const DEFAULT_GROUPS: Readonly<Record<string, string>> = { SY: 'SY', UAR: 'SY', SU: 'SU+RU', RU: 'SU+RU' };
const FONT_SIZE = 11;
/** Rows in the hidden table; the CSV link carries every record. */
const TABLE_ROWS = 1000;
const DAY = 86_400_000;
/** Dense mode's paths per lane: plain, uncertain (faded) and acting (hatched) bars, then the same dimmed by `highlight`. */
const DENSE_STYLES = ['plain', 'uncertain', 'acting', 'plain-dim', 'uncertain-dim', 'acting-dim'];

/** The tenure a bar draws (ChartMarks' data-records). */
const barRecords = (bar: GanttBar) => [bar.tenure.id];

const barBox = (bar: GanttBar) => ({
  x: bar.outer.left,
  y: bar.y,
  width: Math.max(1, bar.outer.width),
  height: bar.height,
});

const startOfToday = (today?: Date) => {
  const t = today instanceof Date && Number.isFinite(today.getTime()) ? today.getTime() : Date.now();
  // Whole days, so a server render and the browser's hydration agree.
  return Math.floor(t / DAY) * DAY;
};

/** What each prop must be; a value of another kind is dropped and the default applies. */
const GANTT_PROPS: Partial<Record<keyof TenureGanttProps, PropKind>> = {
  ...TIME_CHART_PROPS,
  highlight: 'textOrTexts',
  polities: 'texts',
  offices: 'texts',
  polityGroups: 'textMap',
  polityNames: 'textMap',
  onSelect: 'function',
  onInvalid: 'function',
  children: 'function',
};

/**
 * Who held power, and when: one bar per tenure in lanes per country and
 * office. Bars show only what the dates' precision allows (a start known to
 * the year fades in across that year), acting holders are hatched, and
 * ongoing tenures run open-ended to today.
 *
 * Past 2,000 tenures (or when bars average under 2 px, or a row holds more
 * bars than pixels) the chart is dense: each lane's bars are drawn as a few
 * paths, one per style, instead of a `<rect>` per bar. The picture is the
 * same (where uncertain ends overlap, they are shaded once, not twice);
 * names, the tooltip, keyboard navigation, the table and the CSV work as
 * before, since they follow the layout rather than the DOM.
 *
 * @example
 * import { dataset } from 'damascus-moscow/data';
 * <TenureGantt data={dataset} domain={['1955', '1991']} markers={['event-1980-10-08-treaty']} />
 */
export function TenureGantt(props: TenureGanttProps) {
  const {
    data,
    width: fixedWidth,
    height,
    domain: domainProp,
    markers: markersProp,
    highlight: highlightProp,
    onSelect,
    polities: politiesProp,
    offices: officesProp,
    polityGroups: polityGroupsProp = DEFAULT_GROUPS,
    polityNames: polityNamesProp,
    today,
    description,
    children,
    title,
    locale: askedLocale,
    onInvalid,
    ...frame
  } = cleanProps(props, GANTT_PROPS, ['people', 'events', 'sources']);
  const { locale, words, rtl, id, ref, width, store } = useChart<GanttBar>(askedLocale, fixedWidth);
  // Inline arrays and objects are new on every render; compare them by content.
  const domain = useStable(domainProp);
  const markers = useStable(markersProp);
  const highlight = useStable(highlightProp);
  const polities = useStable(politiesProp);
  const offices = useStable(officesProp);
  const polityGroups = useStable(polityGroupsProp);
  const polityNames = useStable(polityNamesProp);

  const guarded = useGuarded<Tenure>('TenureGantt', data?.tenures, checkTenure, 'tenures', onInvalid);

  const shown = useMemo(
    () =>
      polities || offices
        ? guarded.valid.filter(
            (t) => (!polities || polities.includes(t.polity)) && (!offices || offices.includes(t.office)),
          )
        : guarded.valid,
    [guarded.valid, polities, offices],
  );

  const officeName = useCallback((office: string) => words.offices[office as Office] ?? office, [words]);
  const countryName = useCallback(
    (code: string) => polityNames?.[code] ?? polityName(code, locale),
    [polityNames, locale],
  );
  const people = useMemo(() => {
    const byId = new Map<string, Person>();
    for (const person of data?.people ?? []) byId.set(person.id, person);
    return byId;
  }, [data?.people]);
  const todayMs = startOfToday(today);

  const layout = useMemo(() => {
    if (!shown.length) return null;
    // Looked up as needed: only names that fit are printed, and a second map would cost as much as the first.
    const nameOf = (t: Tenure) => {
      const person = people.get(t.personId);
      return person?.name ? localize(person.name, locale) : t.personId;
    };
    const groupOrder: string[] = ['SY', 'SU+RU'];
    // One lane description per country and office, shared by all its tenures, and read once per tenure.
    const lanes = new Map<string, Map<string, GanttLaneSpec>>();
    const labels: string[] = [];
    const specOf = (t: Tenure) => {
      let byOffice = lanes.get(t.polity);
      if (!byOffice) {
        byOffice = new Map();
        lanes.set(t.polity, byOffice);
      }
      let spec = byOffice.get(t.office);
      if (!spec) {
        const group = polityGroups[t.polity] ?? t.polity;
        if (!groupOrder.includes(group)) groupOrder.push(group);
        const officeIndex = OFFICE_ORDER.indexOf(t.office);
        spec = {
          key: `${group}|${t.office}`,
          group,
          office: t.office,
          label: `${countryName(group)}: ${officeName(t.office)}`,
          order: groupOrder.indexOf(group) * 10 + (officeIndex === -1 ? 9 : officeIndex),
        };
        byOffice.set(t.office, spec);
        if (!labels.includes(spec.label)) labels.push(spec.label);
      }
      return spec;
    };
    const laneSpecs = shown.map(specOf);
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    const intervals = tenureIntervals(shown);
    for (let i = 0; i < shown.length; i++) {
      const from = intervals.starts[i]?.start ?? min;
      const end = intervals.ends[i];
      const to = end === undefined ? todayMs : (end?.end ?? max);
      if (from < min) min = from;
      if (to > max) max = to;
    }
    const period = resolveDomain(domain, [min, Math.max(max, todayMs)]);
    // The ticks over the whole width, to keep half the widest label free at the plot's edges.
    const tickLabels = timeScale(period, 0, width, rtl)
      .ticks(tickCount(width))
      .map((tick) => formatTick(tick, locale));
    const { plot, labelMode } = ganttFrame(width, labels, FONT_SIZE, rtl, tickLabels);
    const scale = timeScale(period, plot.left, plot.right, rtl);
    // The scale is linear in time: map milliseconds directly, without a Date per call.
    const [r0, r1] = scale.range();
    const k = (r1 - r0) / (period[1] - period[0]);
    const x = (time: number) => r0 + (time - period[0]) * k;
    const placed = placeMarkers(markers, data?.events, x, plot, locale, FONT_SIZE);
    // "L. Brezhnev", then "Brezhnev", for names too long for their bar.
    const shorter = (full: string) => {
      const parts = full.split(/\s+/);
      // "Faisal I" abbreviates to itself, not to "I".
      const last = /^[IVX]+$/.test(parts[parts.length - 1]) ? parts.slice(-2).join(' ') : parts[parts.length - 1];
      const initial = locale !== 'ar' && parts.length > 1 ? `${parts[0][0]}. ${last}` : '';
      return [initial, last].filter((form) => form && form !== full);
    };
    const result = ganttLayout({
      tenures: shown,
      intervals,
      name: nameOf,
      shorter,
      lane: (_, i) => laneSpecs[i],
      width,
      height,
      domain: period,
      today: todayMs,
      x,
      rtl,
      plot,
      labelMode,
      markerRows: markerRowCount(placed.markers),
      fontSize: FONT_SIZE,
      key: keyWords[locale],
    });
    const groups = [...new Set(result.lanes.map((l) => l.group))];
    return { ...result, scale, period, markers: placed.markers, groups, nameOf };
  }, [
    shown,
    people,
    locale,
    polityGroups,
    todayMs,
    domain,
    width,
    height,
    rtl,
    markers,
    data?.events,
    countryName,
    officeName,
  ]);

  const highlighted = useMemo(
    () => (highlight == null ? null : new Set(typeof highlight === 'string' ? [highlight] : highlight)),
    [highlight],
  );
  const sources = data?.sources;
  // The tenures drawn: those in the period shown, so the credits and "Get the data" match the picture.
  const drawn = useMemo(() => (layout ? layout.bars.map((b) => b.tenure) : shown), [layout, shown]);
  const { credits, sourceById, csv } = useSources('tenures', drawn, sources);

  const describe = useCallback(
    (t: Tenure) => {
      const end = t.end == null ? words.inOffice : formatPartialDate(t.end, locale);
      const office = officeName(t.office);
      const flags = [t.acting ? words.acting : '', t.confidence === 'disputed' ? words.disputed : ''].filter(Boolean);
      const { comma } = separators(locale);
      return `${layout?.nameOf(t) ?? t.personId}${comma}${office}${comma}${countryName(t.polity)}${comma}${formatPartialDate(t.start, locale)} – ${end}${flags.length ? ` (${flags.join(comma)})` : ''}`;
    },
    [layout, words, locale, countryName, officeName],
  );

  const marks = useMemo(() => {
    if (!layout) return null;
    const { bars, groups, dense } = layout;
    // Built once per colour, not once per bar.
    const fills = groups.map((_, i) => paletteVar(i));
    const hatch = groups.map((_, i) => `url(#${id}-acting-${i})`);
    const faded = (t: Tenure) => (highlighted && !highlighted.has(t.personId) ? 0.25 : undefined);
    const anchor = rtl ? 'end' : 'start';
    // Centred on the bar: the text's baseline sits 0.35 em below the middle.
    const baseline = 0.35 * FONT_SIZE;
    const forward = rtl ? -6 : 6;
    // Bars come sorted by lane: one group per lane carries the fill, so each
    // rect needs only its box. Names go into one group per style, so each
    // text needs only its position: a dense chart is mostly attributes.
    const lanes: ReactNode[] = [];
    const details: ReactNode[] = [];
    // Names as markup, one string per style: thousands of plain <text>s on a dense chart.
    const plain: string[] = groups.map(() => '');
    let halo = '';
    let outside = '';
    let dim = '';
    for (let from = 0; from < bars.length; ) {
      const lane = bars[from].lane;
      const first = bars[from].tenure;
      const c = Math.max(0, groups.indexOf(polityGroups[first.polity] ?? first.polity));
      const rects: ReactNode[] = [];
      // Dense mode: the lane's bars as one path per style (see DENSE_STYLES).
      const outlines = dense ? ['', '', '', '', '', ''] : null;
      // The sure part of each fuzzy bar and the open end of each ongoing one, as one path per lane.
      let d = '';
      let to = from;
      for (; to < bars.length && bars[to].lane === lane; to++) {
        const bar = bars[to];
        const t = bar.tenure;
        const fuzzy = bar.fuzzyStart || bar.fuzzyEnd;
        const opacity = faded(t);
        if (outlines) outlines[(t.acting ? 2 : fuzzy ? 1 : 0) + (opacity ? 3 : 0)] += barOutline(bar);
        else
          rects.push(
            <rect
              key={t.id}
              x={bar.outer.left}
              y={bar.y}
              width={bar.outer.width || 1}
              height={bar.height}
              fill={t.acting ? hatch[c] : undefined}
              fillOpacity={fuzzy && !t.acting ? 0.35 : undefined}
              stroke={t.acting ? fills[c] : undefined}
              opacity={opacity}
            />,
          );
        if (fuzzy && !t.acting && bar.solid.width > 0)
          d += `M${bar.solid.left},${bar.y}h${bar.solid.width}v${bar.height}h${-bar.solid.width}z`;
        if (bar.ongoing) {
          const tip = rtl ? bar.outer.left : bar.outer.left + bar.outer.width;
          d += `M${tip},${bar.y}l${forward},${bar.height / 2}l${-forward},${bar.height / 2}z`;
        }
        const label = bar.label;
        if (!label) continue;
        const text = `<text x="${Math.round(label.x * 10) / 10}" y="${Math.round((bar.y + bar.height / 2 + baseline) * 10) / 10}"${label.anchor === anchor ? '' : ` text-anchor="${label.anchor}"`}>${escapeMarkup(label.text)}</text>`;
        // A faded bar's name is not faded with it: muted text reads on the pale bar and the page alike.
        if (opacity) dim += text;
        else if (!label.inside) outside += text;
        else if (t.acting || fuzzy) halo += text;
        else plain[c] += text;
      }
      lanes.push(
        <g key={lane} fill={fills[c]}>
          {outlines
            ? outlines.map((d, k) =>
                d ? (
                  <path
                    key={DENSE_STYLES[k]}
                    d={d}
                    fill={k % 3 === 2 ? hatch[c] : undefined}
                    fillOpacity={k % 3 === 1 ? 0.35 : undefined}
                    stroke={k % 3 === 2 ? fills[c] : undefined}
                    opacity={k >= 3 ? 0.25 : undefined}
                  />
                ) : null,
              )
            : rects}
        </g>,
      );
      if (d) details.push(<path key={lane} d={d} fill={fills[c]} />);
      from = to;
    }
    return (
      <>
        <defs>
          {groups.map((group, i) => (
            <Hatch key={group} id={`${id}-acting-${i}`} colour={paletteVar(i)} />
          ))}
          <Hatch id={`${id}-acting-key`} colour={themeVar('muted')} />
        </defs>
        <g className="dm-bars">{lanes}</g>
        <g className="dm-bar-details" pointerEvents="none">
          {details}
        </g>
        {/* biome-ignore-start lint/security/noDangerouslySetInnerHtml: names escaped by escapeMarkup, as React escapes text. */}
        <g className="dm-bar-labels" pointerEvents="none" fontSize={FONT_SIZE} textAnchor={anchor}>
          {plain.map((texts, c) =>
            texts ? (
              // Names on a plain bar: in the colour that reads on the bar's fill.
              <g key={groups[c]} fill={onPaletteVar(c)} dangerouslySetInnerHTML={{ __html: texts }} />
            ) : null,
          )}
          {halo ? (
            // Names on a faded or hatched bar: text colour with a halo of the background.
            <g
              fill={themeVar('text')}
              stroke={themeVar('background')}
              strokeWidth={3}
              paintOrder="stroke"
              dangerouslySetInnerHTML={{ __html: halo }}
            />
          ) : null}
          {dim ? (
            // Names of the bars `highlight` fades: muted, with a halo of the background.
            <g
              className="dm-dimmed"
              fill={themeVar('muted')}
              stroke={themeVar('background')}
              strokeWidth={3}
              paintOrder="stroke"
              dangerouslySetInnerHTML={{ __html: dim }}
            />
          ) : null}
          {outside ? (
            // Names beside their bars: a halo of the background where a marker's rule passes under them.
            <g
              fill={themeVar('text')}
              stroke={themeVar('background')}
              strokeWidth={3}
              paintOrder="stroke"
              dangerouslySetInnerHTML={{ __html: outside }}
            />
          ) : null}
        </g>
        {/* biome-ignore-end lint/security/noDangerouslySetInnerHtml: names escaped by escapeMarkup. */}
      </>
    );
  }, [layout, highlighted, polityGroups, id, rtl]);

  const step = useMemo(() => (layout ? barStepper(layout.bars, rtl) : () => null), [layout, rtl]);

  const renderTip = (bar: GanttBar) => {
    const t = bar.tenure;
    const start = bar.from;
    const end = bar.to;
    return (
      <div>
        <div style={{ fontWeight: 700 }}>{layout?.nameOf(t)}</div>
        <div>
          {officeName(t.office)}, {countryName(t.polity)}
          {t.acting ? ` (${words.acting})` : ''}
        </div>
        <div>
          {formatPartialDate(t.start, locale)} – {t.end == null ? words.inOffice : formatPartialDate(t.end, locale)} ·{' '}
          {formatDuration(start, end, words)}
        </div>
        {t.confidence === 'disputed' ? <div style={{ fontStyle: 'italic' }}>{words.disputed}</div> : null}
        <TooltipSources refs={t.sources} sources={sourceById} label={words.sources} locale={locale} />
      </div>
    );
  };

  const heading = title ?? words.ganttTitle;
  const table = layout ? (
    <DataTable
      caption={heading}
      visuallyHidden
      maxRows={TABLE_ROWS}
      truncated={words.tableTruncated}
      dir={directionOf(locale)}
      lang={locale}
      rows={layout.bars.map((b) => b.tenure)}
      rowKey={(t) => t.id}
      columns={[
        { header: words.columns.name, cell: (t) => layout.nameOf(t) },
        {
          header: words.columns.office,
          cell: (t) => `${officeName(t.office)}${t.acting ? ` (${words.acting})` : ''}`,
        },
        { header: words.columns.polity, cell: (t) => countryName(t.polity) },
        { header: words.columns.start, cell: (t) => formatPartialDate(t.start, locale) },
        { header: words.columns.end, cell: (t) => (t.end == null ? words.inOffice : formatPartialDate(t.end, locale)) },
      ]}
    />
  ) : null;

  let desc = description;
  if (!desc && layout) {
    let longest: { tenure: Tenure; ms: number } | undefined;
    for (const bar of layout.bars) {
      const t = bar.tenure;
      const ms = bar.to - bar.from;
      if (!longest || ms > longest.ms) longest = { tenure: t, ms };
    }
    desc = describeGantt(
      {
        count: layout.bars.length,
        lanes: layout.lanes.length,
        from: new Date(layout.period[0]).getUTCFullYear(),
        to: new Date(layout.period[1] - 1).getUTCFullYear(),
        longest: longest && {
          tenure: longest.tenure,
          name: layout.nameOf(longest.tenure),
          office: officeName(longest.tenure.office),
          years: longest.ms / (365.25 * DAY),
        },
      },
      locale,
    );
  }

  return (
    <ChartFrame
      {...frame}
      chart="tenure-gantt"
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
            describe={(bar) => describe(bar.tenure)}
            count={layout.bars.length}
            locale={locale}
          />
        ) : null
      }
    >
      {layout ? (
        <ChartSvg id={id} width={width} height={layout.height} title={heading} description={desc ?? ''}>
          <g className="dm-grid">
            {layout.scale.ticks(tickCount(layout.plot.right - layout.plot.left)).map((tick) => {
              const x = layout.scale(tick) ?? 0;
              return (
                <line
                  key={tick.getTime()}
                  x1={x}
                  x2={x}
                  y1={layout.plot.top}
                  y2={layout.plot.bottom}
                  stroke={themeVar('grid')}
                  strokeWidth={0.5}
                />
              );
            })}
          </g>
          {/* Behind the bars and every label, so a rule never crosses a name. */}
          <EventMarkers
            markers={layout.markers}
            top={0}
            bottom={layout.plot.bottom}
            rowHeight={FONT_SIZE + 5}
            fontSize={FONT_SIZE}
          />
          {/* Lane labels over the plot on a phone: a halo of the background where a rule passes under them. */}
          <g
            className="dm-lanes"
            fontSize={FONT_SIZE}
            fill={themeVar('muted')}
            stroke={themeVar('background')}
            strokeWidth={3}
            paintOrder="stroke"
          >
            {layout.lanes.map((lane) => (
              <text key={lane.key} x={lane.labelX} y={lane.labelY} textAnchor={lane.labelAnchor}>
                {lane.label}
              </text>
            ))}
          </g>
          <ChartMarks
            label={words.keyboardHint(layout.bars.length, words.tenures)}
            store={store}
            marks={layout.bars}
            box={barBox}
            records={barRecords}
            step={step}
            onSelect={onSelect && ((bar: GanttBar) => onSelect(bar.tenure))}
          >
            {marks}
          </ChartMarks>
          <TimeAxis
            scale={layout.scale}
            top={layout.plot.bottom + 4}
            locale={locale}
            width={layout.plot.right - layout.plot.left}
          />
          {layout.key ? (
            <Legend
              layout={{
                ...layout.key.legend,
                items: layout.key.legend.items.map((item, i) => ({
                  ...item,
                  swatch: (
                    <KeySwatch kind={layout.key?.kinds[i] ?? 'acting'} hatch={`url(#${id}-acting-key)`} rtl={rtl} />
                  ),
                })),
              }}
              top={layout.key.top}
              fontSize={FONT_SIZE}
            />
          ) : null}
          {children?.(layout)}
        </ChartSvg>
      ) : (
        <EmptyState locale={locale} dropped={guarded.dropped.length} height={height ?? 200} />
      )}
    </ChartFrame>
  );
}
