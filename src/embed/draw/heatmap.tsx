import { VisitHeatmap } from '../../charts/heatmap/VisitHeatmap.js';
import { people } from '../../data/people.js';
import { tenures } from '../../data/tenures.js';
import type { Source } from '../../data/types.js';
import { visits } from '../../data/visits.js';
import type { EmbedProps } from '../mount.js';

export const drawHeatmap = (props: EmbedProps, sources: readonly Source[]) => (
  <VisitHeatmap {...props} data={{ visits, people, tenures, sources }} />
);
