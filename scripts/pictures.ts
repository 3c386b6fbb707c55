/**
 * The README's pictures, drawn by the package itself (`damascus-moscow/static`):
 * `npm run pictures` writes docs/images/*.png from the bundled dataset.
 */
import { writeFileSync } from 'node:fs';
import { dataset } from '../src/data/index.js';
import { renderChartToPng } from '../src/static/index.js';

const out = (name: string) => new URL(`../docs/images/${name}.png`, import.meta.url);
const cold: ['1955', '1991'] = ['1955', '1991'];

const pictures = [
  [
    'tenure-gantt',
    renderChartToPng('gantt', {
      data: dataset,
      domain: cold,
      markers: ['event-1967-06-05-six-day-war', 'event-1980-10-08-treaty-friendship'],
      title: 'Who ruled in Damascus and Moscow, 1955–1991',
    }),
  ],
  [
    'arms-deal-bars',
    renderChartToPng('arms', { data: dataset, groupBy: 5, title: 'Arms deals between Moscow and Damascus' }),
  ],
  ['visit-heatmap', renderChartToPng('heatmap', { data: dataset, bin: 5, title: 'Official visits' })],
  ['visit-heatmap-ar', renderChartToPng('heatmap', { data: dataset, bin: 10, locale: 'ar', theme: 'dark' })],
] as const;

for (const [name, png] of pictures) {
  const bytes = await png;
  writeFileSync(out(name), bytes);
  console.log(`docs/images/${name}.png: ${(bytes.length / 1024).toFixed(0)} KiB`);
}
