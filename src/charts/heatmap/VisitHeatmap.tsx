import { useMemo } from 'react';
import { visitsCsv } from '../../data/table.js';
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
import type { Box } from '../kit/markNavigation.js';
import { FONT_SIZE } from '../kit/sizes.js';
import { useChart } from '../kit/useChart.js';
import { useSources } from '../kit/useSources.js';
import { AnnotationNotes } from '../marks/AnnotationNotes.js';
import { Callouts, calloutsOf } from '../marks/Callouts.js';
import { HeatmapCells } from '../marks/HeatmapCells.js';
import { PeriodShades } from '../marks/PeriodShades.js';
import { cellSentence, describeHeatmap, heatmapSummary } from './describe.js';
import { GridLabels } from './GridLabels.js';
import { gridStep, type HeatmapCell, oldestFirst } from './layout.js';
import { HEATMAP_OWN_PROPS, HEATMAP_PROPS, type VisitHeatmapProps } from './props.js';
import { TenureStrips } from './TenureStrips.js';
import { useHeatmapScene } from './useHeatmapScene.js';
import { VisitTip, visitColumns } from './VisitTip.js';
import { heatmapWords } from './words.js';

export type { VisitHeatmapData, VisitHeatmapProps } from './props.js';

const cellBox = (cell: HeatmapCell): Box => ({ x: cell.x, y: cell.y, width: cell.width, height: cell.height });
/** The visits a cell counts (ChartMarks' data-records). */
const cellRecords = (cell: HeatmapCell) => [...cell.visits, ...cell.stages].map((v) => v.id);

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
  const cleaned = cleanProps(props, HEATMAP_PROPS, ['people', 'events', 'sources', 'tenures']);
  const { width: fixedWidth, height, onSelect, description, children, title } = cleaned;
  const { locale, words, rtl, id, ref, width, store } = useChart<HeatmapCell>(cleaned.locale, fixedWidth);
  const { dropped, scene, shown, naming } = useHeatmapScene(cleaned, { locale, words, width, id });
  const { credits, csv } = useSources(visitsCsv, shown, cleaned.data?.sources);
  const step = useMemo(
    () => (index: number, key: string) => (scene ? gridStep(index, key, scene.cols, scene.rows, rtl) : null),
    [scene, rtl],
  );
  const cells = useMemo(
    () => scene && <HeatmapCells cells={scene.cells} colour={scene.colour} id={id} locale={locale} />,
    [scene, id, locale],
  );
  const heading = title ?? heatmapWords[locale].title;
  const down = scene?.transposed ?? false;
  const callouts =
    scene &&
    calloutsOf(
      scene.annotations,
      scene.plot,
      FONT_SIZE,
      down ? { left: scene.plot.left, right: scene.plot.right, rtl, width } : undefined,
    );
  return (
    <ChartFrame
      {...frameProps(cleaned, HEATMAP_OWN_PROPS)}
      chart="visit-heatmap"
      title={title}
      locale={locale}
      width={width}
      fill={fixedWidth === undefined}
      plotRef={ref}
      credits={credits}
      csv={csv}
      table={
        <>
          {scene && (
            <ChartTable
              caption={heading}
              locale={locale}
              rows={scene.shown}
              rowKey={(v) => v.id}
              columns={visitColumns(naming)}
            />
          )}
          {scene && <AnnotationTable annotations={scene.annotations} locale={locale} />}
        </>
      }
      tooltip={
        scene && (
          <ChartTooltip
            store={store}
            render={(cell) => <VisitTip cell={cell} scene={scene} naming={naming} />}
            describe={(cell) => cellSentence(cell, scene, naming)}
            count={scene.cells.length}
            locale={locale}
          />
        )
      }
    >
      {scene ? (
        <ChartSvg
          id={id}
          width={width}
          height={scene.height + scene.annotations.notesHeight}
          title={heading}
          description={
            description ||
            describeHeatmap(heatmapSummary(scene, naming), locale) + describeAnnotations(scene.annotations, locale)
          }
        >
          <Legend layout={scene.legend} top={0} fontSize={FONT_SIZE} />
          <PeriodShades
            periods={scene.annotations.periods}
            top={down ? scene.plot.left : scene.plot.top}
            bottom={down ? scene.plot.right : scene.plot.bottom}
            down={down}
          />
          {/* Rules under everything they cross (bands and cells hide them); labels over the cells. */}
          {callouts && <Callouts {...callouts} part="rules" />}
          <GridLabels labels={scene.labels} />
          <TenureStrips strips={scene.strips} />
          <ChartMarks
            label={words.keyboardHint(scene.cells.length, heatmapWords[locale].cells)}
            store={store}
            marks={scene.cells}
            box={cellBox}
            records={cellRecords}
            step={step}
            onSelect={onSelect && ((cell: HeatmapCell) => onSelect({ ...cell, visits: oldestFirst(cell.visits) }))}
          >
            {cells}
          </ChartMarks>
          {callouts && <Callouts {...callouts} part="labels" />}
          <AnnotationNotes
            notes={scene.annotations.notes}
            top={scene.height}
            width={width}
            fontSize={FONT_SIZE}
            rtl={rtl}
          />
          {children?.(scene)}
        </ChartSvg>
      ) : (
        <EmptyState locale={locale} dropped={dropped.length} height={height ?? 200} />
      )}
    </ChartFrame>
  );
}
