/**
 * `npm run bench:instructions`: the same comparison as `npm run bench`, in
 * instructions counted by valgrind instead of milliseconds. Counts repeat to
 * a tenth of a percent whatever else the machine is doing, where timings
 * here stray by a factor of two; but they do not see cache misses, so a
 * chart that touches much memory costs more time than its count says.
 * Node runs with --predictable: garbage collection and compilation on the
 * main thread, so the count does not depend on how threads were scheduled.
 * Needs valgrind (Debian: apt-get install valgrind); takes a few minutes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { charts, MEASURED } from './workload.js';

const BUDGET = 3;
const dir = mkdtempSync(join(tmpdir(), 'dm-instructions-'));

/** Instructions of one process rendering `which` (every process warms every render up first). */
function count(which: string): number {
  const out = join(dir, `${which}.out`);
  const run = spawnSync(
    'valgrind',
    [
      '--tool=callgrind',
      `--callgrind-out-file=${out}`,
      process.execPath,
      '--predictable',
      '--import',
      'tsx',
      'bench/renders.tsx',
      which,
    ],
    { env: { ...process.env, NODE_ENV: 'production' }, encoding: 'utf8' },
  );
  // valgrind reports on standard error.
  const collected = /Collected : (\d+)/.exec(run.stderr ?? '')?.[1];
  if (run.status !== 0 || !collected) throw new Error(`valgrind could not count ${which}: ${run.error ?? run.stderr}`);
  return Number(collected);
}

let failed = false;
try {
  const none = count('none');
  const perRender = (which: string) => (count(which) - none) / MEASURED;
  const floor = perRender('floor');
  console.log(`floor: ${(floor / 1e6).toFixed(0)} M instructions per render of the bare rects`);
  for (const chart of charts) {
    const ratio = perRender(chart.name) / floor;
    failed ||= ratio > BUDGET;
    console.log(
      `${chart.name.padEnd(14)} ${ratio.toFixed(2)}× the floor in instructions (budget ${BUDGET}×) ${ratio <= BUDGET ? 'ok' : 'OVER BUDGET'}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
