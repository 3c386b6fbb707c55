import { VisitHeatmap } from '../../charts/heatmap/VisitHeatmap.js';
import { people } from '../../data/people.js';
import { sources } from '../../data/sources.js';
import { tenures } from '../../data/tenures.js';
import { visits } from '../../data/visits.js';
import type { EmbedProps } from '../mount.js';

export const drawHeatmap = (props: EmbedProps) => (
  <VisitHeatmap {...props} data={{ visits, people, tenures, sources }} />
);
