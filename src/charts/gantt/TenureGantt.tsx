import { useMemo } from 'react';
import { tenuresCsv } from '../../data/table.js';
import { AnnotationTable } from '../kit/AnnotationTable.js';
import { ChartFrame } from '../kit/ChartFrame.js';
import { ChartMarks } from '../kit/ChartMarks.js';
import { ChartSvg } from '../kit/ChartSvg.js';
import { ChartTable } from '../kit/ChartTable.js';
import { ChartTooltip } from '../kit/ChartTooltip.js';
import { describeAnnotations } from '../kit/chartAnnotations.js';
import { cleanProps, frameProps } from '../kit/cleanProps.js';
import { EmptyState } from '../kit/EmptyState.js';
import type { Box } from '../kit/markNavigation.js';
import { FONT_SIZE } from '../kit/sizes.js';
import { useChart } from '../kit/useChart.js';
import { useSources } from '../kit/useSources.js';
import { AnnotationNotes } from '../marks/AnnotationNotes.js';
import { Callouts, calloutsOf } from '../marks/Callouts.js';
import { LaneLabels } from '../marks/LaneLabels.js';
import { PeriodShades } from '../marks/PeriodShades.js';
import { TenureBars } from '../marks/TenureBars.js';
import { TimeAxis } from '../marks/TimeAxis.js';
import { TimeGrid } from '../marks/TimeGrid.js';
import { describeGantt, ganttSummary, tenureSentence } from './describe.js';
import { GanttKey } from './GanttKey.js';
import { barStepper, type GanttBar } from './layout.js';
import { GANTT_OWN_PROPS, GANTT_PROPS, type TenureGanttProps } from './props.js';
import { TenureTip, tenureColumns } from './TenureTip.js';
import { useGanttScene } from './useGanttScene.js';
import { tenureWords } from './words.js';

export type { TenureGanttData, TenureGanttProps } from './props.js';

/** The tenure a bar draws (ChartMarks' data-records). */
const barRecords = (bar: GanttBar) => [bar.tenure.id];

const barBox = (bar: GanttBar): Box => ({
  x: bar.outer.left,
  y: bar.y,
  width: Math.max(1, bar.outer.width),
  height: bar.height,
});

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
  const cleaned = cleanProps(props, GANTT_PROPS, ['people', 'events', 'sources']);
  const { width: fixedWidth, height, onSelect, description, children, title } = cleaned;
  const { locale, rtl, id, ref, width, store } = useChart<GanttBar>(cleaned.locale, fixedWidth);
  const words = tenureWords[locale];
  const { dropped, layout, highlighted, drawn, naming } = useGanttScene(cleaned, { locale, words, width });
  const { credits, sourceById, csv } = useSources(tenuresCsv, drawn, cleaned.data?.sources);
  const step = useMemo(() => (layout ? barStepper(layout.bars, rtl) : () => null), [layout, rtl]);
  const bars = useMemo(
    () =>
      layout && (
        <TenureBars
          bars={layout.bars}
          colour={layout.colour}
          id={id}
          dense={layout.dense}
          rtl={rtl}
          highlight={highlighted}
        />
      ),
    [layout, id, rtl, highlighted],
  );
  const heading = title ?? words.ganttTitle;
  const plot = layout?.plot;
  const callouts = layout && calloutsOf(layout.annotations, layout.plot, FONT_SIZE);
  return (
    <ChartFrame
      {...frameProps(cleaned, GANTT_OWN_PROPS)}
      chart="tenure-gantt"
      title={title}
      locale={locale}
      width={width}
      fill={fixedWidth === undefined}
      plotRef={ref}
      credits={credits}
      csv={csv}
      table={
        <>
          {layout && (
            <ChartTable
              caption={heading}
              locale={locale}
              rows={drawn}
              rowKey={(t) => t.id}
              columns={tenureColumns(naming)}
            />
          )}
          {layout && <AnnotationTable annotations={layout.annotations} locale={locale} />}
        </>
      }
      tooltip={
        layout && (
          <ChartTooltip
            store={store}
            render={(bar) => <TenureTip bar={bar} naming={naming} sources={sourceById} />}
            describe={(bar) => tenureSentence(bar.tenure, naming)}
            count={layout.bars.length}
            locale={locale}
          />
        )
      }
    >
      {layout && plot ? (
        <ChartSvg
          id={id}
          width={width}
          height={layout.height + layout.annotations.notesHeight}
          title={heading}
          description={
            description ||
            describeGantt(ganttSummary(layout, naming.officeName), locale) +
              describeAnnotations(layout.annotations, locale)
          }
        >
          <TimeGrid
            time={layout.time}
            top={plot.top}
            bottom={plot.bottom}
            width={plot.right - plot.left}
            locale={locale}
          />
          <PeriodShades periods={layout.annotations.periods} top={plot.top} bottom={plot.bottom} />
          {/* Behind the bars and every label, so a rule never crosses a name. */}
          {callouts && <Callouts {...callouts} part="rules" />}
          <LaneLabels lanes={layout.lanes} />
          <ChartMarks
            label={words.keyboardHint(layout.bars.length, words.tenures)}
            store={store}
            marks={layout.bars}
            box={barBox}
            records={barRecords}
            step={step}
            onSelect={onSelect && ((bar: GanttBar) => onSelect(bar.tenure))}
          >
            {bars}
          </ChartMarks>
          {callouts && <Callouts {...callouts} part="labels" />}
          <TimeAxis scale={layout.time} top={plot.bottom + 4} locale={locale} width={plot.right - plot.left} />
          {layout.key ? <GanttKey gantt={layout.key} id={id} rtl={rtl} /> : null}
          <AnnotationNotes
            notes={layout.annotations.notes}
            top={layout.height}
            width={width}
            fontSize={FONT_SIZE}
            rtl={rtl}
          />
          {children?.(layout)}
        </ChartSvg>
      ) : (
        <EmptyState locale={locale} dropped={dropped.length} height={height ?? 200} />
      )}
    </ChartFrame>
  );
}
