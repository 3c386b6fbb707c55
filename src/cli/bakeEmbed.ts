import { readFileSync, writeFileSync } from 'node:fs';
import type { Dataset } from '../data/types.js';
import { chartData } from '../embed/chartData.js';
import { ownDataScript } from '../embed/ownData.js';
import type { EmbedChart } from '../embed/params.js';
import { prerender } from '../embed/prerender.js';

/** Writes a desk's records into an embed page: its chart drawn in, and the records it needs as JSON. */
export function bakeEmbed(file: string, chart: EmbedChart, data: Dataset): void {
  const own = chartData(chart, data);
  const html = readFileSync(file, 'utf8');
  const chartHtml = `<main id="chart">${prerender(chart, own)}</main>`;
  const baked = html
    .replace(/<main id="chart">[\s\S]*?<\/main>/, () => chartHtml)
    .replace('</body>', () => `${ownDataScript(own)}\n</body>`);
  writeFileSync(file, baked);
}
