/**
 * `npm run bench:animation`: a story's step changes in Chromium with the CPU
 * slowed 4× (DevTools throttling, as for a mid-range phone). For each change:
 * the frame times while the marks move (median and 95th percentile) and how
 * long until the last transition ends. Exits 1 over budget.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { visxAliases, visxSideEffectsFree } from '../scripts/visx/bundling.mjs';

// Budget with the CPU slowed 4×: 60 fps at the median (16.7 ms, with a little for the clock's jitter),
// 30 fps at the 95th percentile. The frame React renders the new step in is reported apart, as the longest.
const BUDGET = { median: 17.5, p95: 35 };
const out = new URL('../node_modules/.cache/bench-animation/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [new URL('./animation.tsx', import.meta.url).pathname],
  bundle: true,
  minify: true,
  // A classic script: Chromium will not load a module from file://.
  format: 'iife',
  outfile: `${out}page.js`,
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [visxSideEffectsFree],
  alias: visxAliases,
  jsx: 'automatic',
  logLevel: 'error',
});
writeFileSync(
  `${out}index.html`,
  '<!doctype html><meta charset="utf-8"><div id="chart"></div><script src="page.js"></script>',
);

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
await page.goto(`file://${out}index.html`);
await page.waitForFunction(() => document.querySelector('.dm-story svg'));
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

const rows = [];
const steps = await page.evaluate(() => window.steps);
for (const [from, to] of [...Array(steps - 1).keys()].map((i) => [i, i + 1]).concat([[steps - 1, 0]])) {
  const result = await page.evaluate(async (to) => {
    const frames = [];
    let lastEnd = 0;
    const ended = () => {
      lastEnd = performance.now();
    };
    document.addEventListener('transitionend', ended);
    const start = performance.now();
    let prev = start;
    window.step(to);
    await new Promise((resolve) => {
      const tick = (now) => {
        frames.push(now - prev);
        prev = now;
        if (now - start < 1500) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    document.removeEventListener('transitionend', ended);
    return { frames, settle: lastEnd ? lastEnd - start : null };
  }, to);
  // Frames while the marks move: until the last transition ended (or the first second without one).
  const moving = result.frames.slice(
    0,
    Math.max(
      2,
      result.frames.findIndex((_, i, a) => a.slice(0, i + 1).reduce((s, f) => s + f, 0) >= (result.settle ?? 1000)),
    ),
  );
  const sorted = [...moving].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
  rows.push({
    step: `${from} → ${to}`,
    frames: moving.length,
    median,
    p95,
    longest: sorted.at(-1),
    settle: result.settle,
  });
}
await browser.close();

let failed = false;
console.log('Step changes, CPU slowed 4×:');
for (const r of rows) {
  const ok = r.median <= BUDGET.median && r.p95 <= BUDGET.p95;
  failed ||= !ok;
  console.log(
    `  ${r.step.padEnd(7)} ${String(r.frames).padStart(3)} frames   median ${r.median.toFixed(1).padStart(5)} ms   p95 ${r.p95.toFixed(1).padStart(6)} ms   longest ${r.longest.toFixed(1).padStart(6)} ms   settled after ${r.settle === null ? '—' : `${Math.round(r.settle)} ms`}   ${ok ? 'ok' : 'OVER BUDGET'}`,
  );
}
console.log(`Budget: median ≤ ${BUDGET.median} ms (60 fps), 95th percentile ≤ ${BUDGET.p95} ms (30 fps).`);
process.exitCode = failed ? 1 : 0;
