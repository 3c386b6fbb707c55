import { sourcesCitedBy } from '../data/queries.js';
import type { Dataset } from '../data/types.js';
import type { EmbedChart } from './params.js';

/** The collections each embed page draws; a page carries only these and the sources they cite. */
export const COLLECTIONS_OF = {
  gantt: ['tenures', 'people'],
  arms: ['armsDeals'],
  heatmap: ['visits', 'people', 'tenures'],
} as const satisfies Record<EmbedChart, readonly (keyof Dataset)[]>;

/** What an embed page of `chart` needs from `data`. */
export function chartData(chart: EmbedChart, data: Dataset): Partial<Dataset> {
  const picked: Partial<Dataset> = {};
  for (const c of COLLECTIONS_OF[chart]) Object.assign(picked, { [c]: data[c] });
  // The credits name the sources of the records drawn (not those of people, who only label them).
  const drawn = chart === 'gantt' ? data.tenures : chart === 'arms' ? data.armsDeals : data.visits;
  return { ...picked, sources: sourcesCitedBy(data.sources, drawn) };
}
