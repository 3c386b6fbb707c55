import { useMemo } from 'react';
import { armsDealsCsv } from '../../data/table.js';
import { AnnotationTable } from '../kit/AnnotationTable.js';
import { ChartFrame } from '../kit/ChartFrame.js';
import { ChartMarks } from '../kit/ChartMarks.js';
import { ChartSvg } from '../kit/ChartSvg.js';
import { ChartTable } from '../kit/ChartTable.js';
import { ChartTooltip } from '../kit/ChartTooltip.js';
import { describeAnnotations } from '../kit/chartAnnotations.js';
import { cleanProps, frameProps } from '../kit/cleanProps.js';
import { EmptyState } from '../kit/EmptyState.js';
import { Legend } from '../kit/Legend.js';
import { separators } from '../kit/locale.js';
import type { Box } from '../kit/markNavigation.js';
import { FONT_SIZE } from '../kit/sizes.js';
import { useChart } from '../kit/useChart.js';
import { useSources } from '../kit/useSources.js';
import { AnnotationNotes } from '../marks/AnnotationNotes.js';
import { Callouts, calloutsOf } from '../marks/Callouts.js';
import { PeriodShades } from '../marks/PeriodShades.js';
import { RangedStacks } from '../marks/RangedStacks.js';
import { ArmsAxes } from './ArmsAxes.js';
import { DealTip, dealColumns } from './DealTip.js';
import { armsSummary, describeArms } from './describe.js';
import { type ArmsSegment, stepSegment } from './layout.js';
import { ARMS_OWN_PROPS, ARMS_PROPS, type ArmsDealBarsProps } from './props.js';
import { useArmsScene } from './useArmsScene.js';
import { armsWords } from './words.js';

export type { ArmsDealBarsData, ArmsDealBarsProps } from './props.js';

const segmentBox = (s: ArmsSegment): Box => s.box;
/** The deals a segment draws (ChartMarks' data-records), with the later stages drawn with them. */
const segmentRecords = (s: ArmsSegment) => [...s.deals, ...s.stages].map((d) => d.id);

/**
 * What the USSR and Russia supplied to Syria, year by year, and what was
 * asked for and refused: a bar per period stacked by status, colour meaning
 * status and only status (refused hatched), reported ranges reaching to
 * their top with the sure part solid, and disputed records outlined with dots.
 *
 * @example
 * import { dataset } from 'damascus-moscow/data';
 * <ArmsDealBars data={dataset} measure="value" bin={10} />
 */
export function ArmsDealBars(props: ArmsDealBarsProps) {
  const cleaned = cleanProps(props, ARMS_PROPS, ['events', 'sources']);
  const { width: fixedWidth, height, onSelect, description, children, title, notes } = cleaned;
  const { locale, words, rtl, id, ref, width, store } = useChart<ArmsSegment>(cleaned.locale, fixedWidth);
  const scene = useArmsScene(cleaned, { locale, width, id });
  const { layout, drawn, measure, amount, periodName, text, leftOut, total } = scene;
  const { credits, csv } = useSources(armsDealsCsv, drawn, cleaned.data?.sources);
  const arms = armsWords[locale];
  const { comma } = separators(locale);
  const marks = useMemo(
    () =>
      layout && (
        <RangedStacks segments={layout.segments} orientation={layout.orientation} colour={layout.colour} id={id} />
      ),
    [layout, id],
  );
  const heading = title ?? arms.title;
  const down = layout?.orientation === 'down';
  const callouts =
    layout &&
    calloutsOf(
      layout.annotations,
      layout.plot,
      FONT_SIZE,
      down ? { left: layout.plot.left, right: layout.plot.right, rtl, width } : undefined,
    );
  return (
    <ChartFrame
      {...frameProps(cleaned, ARMS_OWN_PROPS)}
      chart="arms-deal-bars"
      title={title}
      locale={locale}
      width={width}
      fill={fixedWidth === undefined}
      plotRef={ref}
      credits={credits}
      csv={csv}
      notes={[notes, leftOut].filter(Boolean).join(' ') || undefined}
      table={
        <>
          {drawn.length ? (
            <ChartTable
              caption={heading}
              locale={locale}
              rows={drawn}
              rowKey={(d) => d.id}
              columns={dealColumns(text, locale)}
            />
          ) : null}
          {layout && <AnnotationTable annotations={layout.annotations} locale={locale} />}
        </>
      }
      tooltip={
        layout ? (
          <ChartTooltip
            store={store}
            render={(s) => (
              <DealTip
                segment={s}
                measure={measure}
                total={total(s)}
                periodName={periodName}
                text={text}
                locale={locale}
              />
            )}
            describe={(s) => `${periodName(s.period)}${comma}${arms.statuses[s.status]}: ${total(s)}`}
            count={layout.segments.length}
            locale={locale}
          />
        ) : null
      }
    >
      {layout ? (
        <ChartSvg
          id={id}
          width={width}
          height={layout.height + layout.annotations.notesHeight}
          title={heading}
          description={
            description ||
            describeArms(armsSummary(layout, { ...scene, drawn: drawn.length }, locale), locale) +
              describeAnnotations(layout.annotations, locale)
          }
        >
          <Legend layout={layout.legend} top={0} fontSize={FONT_SIZE} />
          <PeriodShades
            periods={layout.annotations.periods}
            top={down ? layout.plot.left : layout.plot.top}
            bottom={down ? layout.plot.right : layout.plot.bottom}
            down={down}
          />
          <ArmsAxes layout={layout} rtl={rtl} formatValue={amount} formatPeriod={periodName} />
          {callouts && <Callouts {...callouts} part="rules" />}
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
          {callouts && <Callouts {...callouts} part="labels" />}
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
        <EmptyState
          locale={locale}
          dropped={scene.dropped.length}
          height={height ?? 200}
          // Deals there are, but none with the measure asked for, or only totals over several years.
          reason={scene.shown.length ? leftOut : undefined}
        />
      )}
    </ChartFrame>
  );
}
