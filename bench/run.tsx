/**
 * `npm run bench`: renders each chart on the server with 10,000 synthetic
 * records and compares the time per mark with a floor measured in the same
 * run: a plain component drawing the same number of bare <rect>s. Ratios,
 * not absolute times, are what count on a noisy machine.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { ArmsDealBars } from '../src/charts/arms/ArmsDealBars.js';
import { TenureGantt } from '../src/charts/gantt/TenureGantt.js';
import { VisitHeatmap } from '../src/charts/heatmap/VisitHeatmap.js';
import { syntheticArmsDeals, syntheticTenures, syntheticVisits } from './synthetic.js';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);
const BUDGET = 3;

function Floor({ count }: { count: number }) {
  const rects = [];
  for (let i = 0; i < count; i++) rects.push(<rect key={i} x={i % 1000} y={i % 37} width={5} height={8} />);
  return (
    <svg width={1000} height={400} aria-hidden="true">
      {rects}
    </svg>
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Collect garbage before each run (node --expose-gc), so no run pays for the one before it.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
const time = (fn: () => string) => {
  collect();
  const t0 = performance.now();
  const html = fn();
  const ms = performance.now() - t0;
  if (html.length < 1000) throw new Error('the render came out empty');
  return ms;
};

const charts: { name: string; marks: number; render: () => string }[] = [];
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

const floor = () => renderToStaticMarkup(<Floor count={RECORDS} />);
// Warm up the JIT on both before measuring.
for (let i = 0; i < 2; i++) {
  floor();
  for (const c of charts) c.render();
}

let failed = false;
console.log(`${RECORDS} records, ${ROUNDS} rounds, NODE_ENV=${process.env.NODE_ENV ?? '(unset)'}`);
for (const chart of charts) {
  const floors: number[] = [];
  const runs: number[] = [];
  const ratios: number[] = [];
  // Each round times the floor and then the chart, back to back, and keeps their ratio:
  // drift in machine speed hits both alike, and the median of the ratios shrugs off a bad round.
  for (let i = 0; i < ROUNDS; i++) {
    const f = time(floor);
    const c = time(chart.render);
    floors.push(f);
    runs.push(c);
    ratios.push(((c / chart.marks) * RECORDS) / f);
  }
  const floorUs = (median(floors) * 1000) / RECORDS;
  const chartUs = (median(runs) * 1000) / chart.marks;
  const ratio = median(ratios);
  const spread = `${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)}`;
  const ok = ratio <= BUDGET;
  failed ||= !ok;
  console.log(
    `${chart.name.padEnd(14)} ${chartUs.toFixed(2)} µs/mark   floor ${floorUs.toFixed(2)} µs/rect   ratio ${ratio.toFixed(2)}× (rounds ${spread}×; budget ${BUDGET}×) ${ok ? 'ok' : 'OVER BUDGET'}`,
  );
}
process.exitCode = failed ? 1 : 0;
