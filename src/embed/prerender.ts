import { renderToString } from 'react-dom/server';
import { armsDeals, people, tenures, visits } from '../data/index.js';
import type { Dataset } from '../data/types.js';
import { namesOnly } from './chartData.js';
import { citedSources } from './cited.js';
import { drawArms } from './draw/arms.js';
import { drawGantt } from './draw/gantt.js';
import { drawHeatmap } from './draw/heatmap.js';
import type { EmbedChart } from './params.js';

const draws = { gantt: drawGantt, arms: drawArms, heatmap: drawHeatmap };

/**
 * An embed page's chart with no options, rendered when the pages are built:
 * the frame shows the chart before its script has loaded, and without
 * script at all. The page hydrates it when its address asks for nothing else.
 * With `own`, a desk's records (`damascus-moscow embed --data`).
 */
export function prerender(chart: EmbedChart, own?: Partial<Dataset>): string {
  const bundled = { tenures, people: namesOnly(people), visits, armsDeals, sources: citedSources[chart]() };
  return renderToString(draws[chart]({}, (own ?? bundled) as never));
}
