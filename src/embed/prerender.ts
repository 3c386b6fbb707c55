import { renderToString } from 'react-dom/server';
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
 */
export function prerender(chart: EmbedChart): string {
  return renderToString(draws[chart]({}, citedSources[chart]()));
}
