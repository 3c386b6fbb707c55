/**
 * One process of `npm run bench:instructions`: warms every render up, then
 * renders one of them (`floor`, a chart's name, or `none`) three times.
 * The runner counts the instructions of each process under valgrind.
 */
import { charts, floor, MEASURED } from './workload.js';

const which = process.argv[2];
for (let i = 0; i < 2; i++) {
  floor();
  for (const c of charts) c.render();
}
const render = which === 'floor' ? floor : charts.find((c) => c.name === which)?.render;
if (which !== 'none' && !render) throw new Error(`no render called ${which}`);
for (let i = 0; render && i < MEASURED; i++) render();
