/**
 * What the benches render: each chart with 10,000 synthetic records, and the
 * floor, a plain component drawing as many bare <rect>s.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { ArmsDealBars } from '../src/charts/arms/ArmsDealBars.js';
import { TenureGantt } from '../src/charts/gantt/TenureGantt.js';
import { VisitHeatmap } from '../src/charts/heatmap/VisitHeatmap.js';
import { syntheticArmsDeals, syntheticTenures, syntheticVisits } from './synthetic.js';

/** Renders counted per process by `npm run bench:instructions`. */
export const MEASURED = 3;
export const RECORDS = Number(process.env.BENCH_RECORDS ?? 10_000);

export function Floor({ count }: { count: number }) {
  const rects = [];
  for (let i = 0; i < count; i++) rects.push(<rect key={i} x={i % 1000} y={i % 37} width={5} height={8} />);
  return (
    <svg width={1000} height={400} aria-hidden="true">
      {rects}
    </svg>
  );
}

export const charts: { name: string; marks: number; render: () => string }[] = [];
const gantt = syntheticTenures(RECORDS);
const today = new Date('2026-11-26T00:00:00Z');
charts.push({
  name: 'TenureGantt',
  marks: RECORDS,
  render: () => renderToStaticMarkup(<TenureGantt data={gantt} width={1200} today={today} />),
});

const arms = syntheticArmsDeals(RECORDS);
charts.push({
  name: 'ArmsDealBars',
  marks: RECORDS,
  render: () => renderToStaticMarkup(<ArmsDealBars data={arms} measure="value" width={1200} />),
});

const heatmap = syntheticVisits(RECORDS);
charts.push({
  // Per visit: the visits are binned into a grid of a few hundred cells, and listed in the hidden table.
  name: 'VisitHeatmap',
  marks: RECORDS,
  render: () => renderToStaticMarkup(<VisitHeatmap data={heatmap} width={1200} today={today} />),
});

export const floor = () => renderToStaticMarkup(<Floor count={RECORDS} />);
