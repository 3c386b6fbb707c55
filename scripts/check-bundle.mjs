/**
 * `npm run size` also runs this: it bundles each chart as size-limit does
 * (esbuild, react external, visx's modules marked side-effect-free as webpack
 * and Vite treat them) and fails if a module we have fixed away comes back:
 * reduce-css-calc and its expression evaluator (our build bundles @visx/text
 * with our reducer), @visx/scale's scale factories and operators, which the
 * charts never call (they take d3 scales from d3-scale, one copy shared with
 * @visx/vendor), a second copy of d3, or d3-time-format (our build bundles
 * d3-scale with a time scale that formats without it: scripts/d3/scale.ts),
 * or d3-format (its linear scales format ticks with scripts/d3/tickFormat.ts).
 */
import { build } from 'esbuild';
import { visxSideEffectsFree } from './visx/bundling.mjs';

const CHARTS = ['TenureGantt', 'ArmsDealBars', 'VisitHeatmap'];
const FORBIDDEN = [
  { pattern: /node_modules\/math-expression-evaluator\//, why: 'reduce-css-calc’s expression evaluator' },
  { pattern: /node_modules\/reduce-css-calc\//, why: 'reduce-css-calc (aliased to scripts/visx/cssCalc.ts)' },
  { pattern: /node_modules\/@visx\/scale\/esm\/(operators|scales)\//, why: 'unused @visx/scale operators' },
  { pattern: /node_modules\/@visx\/vendor\/node_modules\//, why: 'a second copy of a d3 module inside @visx/vendor' },
  { pattern: /node_modules\/d3-time-format\//, why: 'd3-time-format (the bundled d3-scale formats without it)' },
  { pattern: /node_modules\/d3-format\//, why: 'd3-format (the bundled linear scales format ticks without it)' },
];
// Bundled into our chunks, a module leaves no file name behind: its text does. d3-time-format's en-US locale.
const FORBIDDEN_TEXT = [
  { text: '%-m/%-d/%Y', why: 'd3-time-format’s default locale, bundled into our build' },
  // d3-color's named colours: our continuous scales interpolate numbers and dates only (scripts/d3/interpolate.ts).
  { text: 'aliceblue', why: 'd3-color (d3’s interpolate, which our bundled scales do without)' },
];

let failed = false;
for (const chart of CHARTS) {
  const { metafile, outputFiles } = await build({
    stdin: { contents: `export { ${chart} } from './dist/index.js';`, resolveDir: process.cwd() },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [visxSideEffectsFree],
    logLevel: 'error',
  });
  // Modules that put bytes in the output: esbuild parses more than it keeps.
  const inputs = Object.values(metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([file]) => file),
  );
  for (const { pattern, why } of FORBIDDEN) {
    const found = inputs.filter((file) => pattern.test(file));
    if (found.length) {
      failed = true;
      console.error(`${chart}: ${why} is in the bundle:\n  ${found.join('\n  ')}`);
    }
  }
  for (const { text, why } of FORBIDDEN_TEXT) {
    if (outputFiles.some((file) => file.text.includes(text))) {
      failed = true;
      console.error(`${chart}: ${why} is in the bundle`);
    }
  }
  const visx = [...new Set(inputs.filter((f) => f.includes('@visx/')).map((f) => f.split('/').slice(1, 3).join('/')))];
  console.log(`${chart}: ${inputs.length} modules kept; visx parts: ${visx.join(', ') || 'none'}`);
}
if (failed) process.exit(1);
console.log('No fixed-away module in any chart bundle.');
