import { armsDeals, sources, sourcesCitedBy, tenures, visits } from '../data/index.js';
import type { Source } from '../data/types.js';
import type { EmbedChart } from './params.js';

/**
 * The sources each embed page's records cite, worked out when the pages are
 * built: a page ships these instead of all 1,100-odd (95 kB gzipped). The
 * footer and tooltips name only cited sources, so the chart is the same.
 */
export const citedSources: Record<EmbedChart, () => Source[]> = {
  gantt: () => sourcesCitedBy(sources, tenures),
  arms: () => sourcesCitedBy(sources, armsDeals),
  heatmap: () => sourcesCitedBy(sources, visits),
};
