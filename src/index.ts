/**
 * `damascus-moscow`: React charts of the Syria–USSR/Russia dataset, and
 * the dataset itself (everything in `damascus-moscow/data` is re-exported).
 *
 * @module
 */

export type { ArmsDealBarsData, ArmsDealBarsProps } from './charts/arms/ArmsDealBars.js';
export { ArmsDealBars } from './charts/arms/ArmsDealBars.js';
export type { ArmsBar, ArmsKind, ArmsLayout, ArmsMeasure, ArmsSegment, ArmsStack } from './charts/arms/layout.js';
export type { GanttBar, GanttLane, GanttLayout } from './charts/gantt/layout.js';
export type { TenureGanttData, TenureGanttProps } from './charts/gantt/TenureGantt.js';
export { TenureGantt } from './charts/gantt/TenureGantt.js';
export type { ColourStep, HeatmapCell, HeatmapLayout, HeatmapStrip } from './charts/heatmap/layout.js';
export type { VisitHeatmapData, VisitHeatmapProps } from './charts/heatmap/VisitHeatmap.js';
export { VisitHeatmap } from './charts/heatmap/VisitHeatmap.js';
export type { Annotation, AnnotationText, Callout, PeriodHighlight } from './charts/kit/annotations.js';
export type { FrameProps } from './charts/kit/ChartFrame.js';
export type { ChartData, TimeChartProps } from './charts/kit/chartProps.js';
export type { DataTableColumn, DataTableProps } from './charts/kit/DataTable.js';
export { DataTable } from './charts/kit/DataTable.js';
export type { Locale } from './charts/kit/locale.js';
export { directionOf, formatPartialDate, localize } from './charts/kit/locale.js';
export type { MarkerInput } from './charts/kit/markers.js';
export { annotationsFromEvents } from './charts/kit/markers.js';
export type { SourceCredit } from './charts/kit/sourceLine.js';
export type { Theme, ThemeInput } from './charts/kit/theme.js';
export { themes } from './charts/kit/theme.js';
export type { Domain } from './charts/kit/timeScale.js';
export type { StoryChartProps, StoryStep } from './charts/story/StoryChart.js';
export { StoryChart } from './charts/story/StoryChart.js';
export { useScrollStep } from './charts/story/useScrollStep.js';
export * from './data/index.js';
export type { DataProblem, ReadResult } from './io/readDataset.js';
export { formatDataProblem, readCsvFiles, readJsonDataset, validPart } from './io/readDataset.js';
