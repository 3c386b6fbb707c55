/**
 * Times and profiles the Gantt's server render at 10,000 tenures (the bench's case), garbage
 * collected before each render as the bench does:
 *   NODE_ENV=production node --expose-gc --import tsx bench/profile-gantt.tsx
 * Add --cpu-prof (and open the .cpuprofile in Chrome's DevTools) to see where the time goes.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { TenureGantt } from '../src/charts/gantt/TenureGantt.js';
import { syntheticTenures } from './synthetic.js';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const gantt = syntheticTenures(RECORDS);
const today = new Date('2026-11-26T00:00:00Z');
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
const render = () => renderToStaticMarkup(<TenureGantt data={gantt} width={1200} today={today} />);
for (let i = 0; i < 5; i++) render();
const times: number[] = [];
let length = 0;
for (let i = 0; i < ROUNDS; i++) {
  collect();
  const t0 = performance.now();
  length = render().length;
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(
  `median ${times[Math.floor(ROUNDS / 2)].toFixed(1)} ms per render (min ${times[0].toFixed(1)}), ${length} characters`,
);
