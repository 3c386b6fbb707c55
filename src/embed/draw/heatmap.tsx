import type { VisitHeatmapProps } from '../../charts/heatmap/VisitHeatmap.js';
import { VisitHeatmap } from '../../charts/heatmap/VisitHeatmap.js';
import type { EmbedProps } from '../mount.js';

export const drawHeatmap = (props: EmbedProps, data: VisitHeatmapProps['data']) => (
  <VisitHeatmap {...props} data={data} />
);
