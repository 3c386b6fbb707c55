/**
 * `npm run size` also runs this: it bundles each chart as size-limit does
 * (esbuild, react external, visx's modules marked side-effect-free as webpack
 * and Vite treat them) and fails if a module we have fixed away comes back:
 * reduce-css-calc and its expression evaluator (our build bundles @visx/text
 * with our reducer), @visx/scale's scale factories and operators, which the
 * charts never call (they take d3 scales from d3-scale, one copy shared with
 * @visx/vendor), or a second copy of d3.
 */
import { build } from 'esbuild';
import { visxSideEffectsFree } from './visx/bundling.mjs';

const CHARTS = ['TenureGantt', 'ArmsDealBars', 'VisitHeatmap'];
const FORBIDDEN = [
  { pattern: /node_modules\/math-expression-evaluator\//, why: 'reduce-css-calc’s expression evaluator' },
  { pattern: /node_modules\/reduce-css-calc\//, why: 'reduce-css-calc (aliased to scripts/visx/cssCalc.ts)' },
  { pattern: /node_modules\/@visx\/scale\/esm\/(operators|scales)\//, why: 'unused @visx/scale operators' },
  { pattern: /node_modules\/@visx\/vendor\/node_modules\//, why: 'a second copy of a d3 module inside @visx/vendor' },
];

let failed = false;
for (const chart of CHARTS) {
  const { metafile } = await build({
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
  const visx = [...new Set(inputs.filter((f) => f.includes('@visx/')).map((f) => f.split('/').slice(1, 3).join('/')))];
  console.log(`${chart}: ${inputs.length} modules kept; visx parts: ${visx.join(', ') || 'none'}`);
}
if (failed) process.exit(1);
console.log('No fixed-away module in any chart bundle.');
