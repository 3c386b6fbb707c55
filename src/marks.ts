/**
 * `damascus-moscow/marks`: the parts the charts are made of, each usable
 * alone, to draw on top of a chart (`children(layout)` hands out its scales)
 * or to build a new chart. Axes come from `@visx/axis`, groups from
 * `@visx/group`, pointer positions from `@visx/event`; the SVG legend, the
 * tooltip with its live region, keyboard navigation and label placement are
 * ours (visx's legend is HTML, which a static SVG loses).
 *
 * @module
 */

export type {
  AnnotationLabel,
  AnnotationNote,
  AnnotationPlan,
  AnnotationSpace,
  DrawnCallout,
  PlacedCallout,
  PlacedPeriod,
} from './charts/kit/annotationLayout.js';
export { drawCallouts, edgeColumn, planAnnotations } from './charts/kit/annotationLayout.js';
export type { Annotation, AnnotationText, Callout, PeriodHighlight } from './charts/kit/annotations.js';
export { annotationText, checkAnnotation } from './charts/kit/annotations.js';
export type { ChartFrameProps } from './charts/kit/ChartFrame.js';
export { ChartFrame } from './charts/kit/ChartFrame.js';
export type { ChartMarksProps } from './charts/kit/ChartMarks.js';
export { ChartMarks } from './charts/kit/ChartMarks.js';
export type { ChartSvgProps } from './charts/kit/ChartSvg.js';
export { ChartSvg } from './charts/kit/ChartSvg.js';
export type { ChartTooltipProps } from './charts/kit/ChartTooltip.js';
export { ChartTooltip } from './charts/kit/ChartTooltip.js';
export type { HatchProps } from './charts/kit/Hatch.js';
export { Hatch } from './charts/kit/Hatch.js';
export type { LegendProps } from './charts/kit/Legend.js';
export { Legend } from './charts/kit/Legend.js';
export type { LegendItem, PlacedLegendItem } from './charts/kit/legendLayout.js';
export { legendLayout } from './charts/kit/legendLayout.js';
export type { MarkerInput } from './charts/kit/markers.js';
export { annotationsFromEvents, markerText } from './charts/kit/markers.js';
export type { Box, MarkNavigation } from './charts/kit/markNavigation.js';
export { timeKeys } from './charts/kit/markNavigation.js';
export { FONT_SIZE } from './charts/kit/sizes.js';
export { paletteVar, seqVar, statusVar, themeVar } from './charts/kit/theme.js';
export type { TimeScale } from './charts/kit/timeScale.js';
export { periodTimeScale, timeScale } from './charts/kit/timeScale.js';
export type { TooltipState, TooltipStore } from './charts/kit/tooltipStore.js';
export { createTooltipStore } from './charts/kit/tooltipStore.js';
export type { AnnotationNotesProps } from './charts/marks/AnnotationNotes.js';
export { AnnotationNotes } from './charts/marks/AnnotationNotes.js';
export type { CalloutsProps } from './charts/marks/Callouts.js';
export { Callouts } from './charts/marks/Callouts.js';
export type { HeatmapCellsProps } from './charts/marks/HeatmapCells.js';
export { HeatmapCells } from './charts/marks/HeatmapCells.js';
export type { LaneLabel, LaneLabelsProps } from './charts/marks/LaneLabels.js';
export { LaneLabels } from './charts/marks/LaneLabels.js';
export type { PeriodShadesProps } from './charts/marks/PeriodShades.js';
export { PeriodShades } from './charts/marks/PeriodShades.js';
export type { RangedStacksProps } from './charts/marks/RangedStacks.js';
export { RangedStacks } from './charts/marks/RangedStacks.js';
export type { TenureBarsProps } from './charts/marks/TenureBars.js';
export { TenureBars } from './charts/marks/TenureBars.js';
export type { TimeAxisProps } from './charts/marks/TimeAxis.js';
export { TimeAxis, tickCount } from './charts/marks/TimeAxis.js';
export type { TimeGridProps } from './charts/marks/TimeGrid.js';
export { TimeGrid } from './charts/marks/TimeGrid.js';
export type { ValueAxisProps } from './charts/marks/ValueAxis.js';
export { ValueAxis } from './charts/marks/ValueAxis.js';
