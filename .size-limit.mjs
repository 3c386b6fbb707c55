// Size budgets (`npm run size`). size-limit bundles with esbuild, which misses
// visx 4.0's "sideEffects": false (see scripts/visx/bundling.mjs); the plugin
// restores it, so what is measured is what webpack and Vite users get.
// (esbuild users add the same plugin; the README says how.)
import { visxSideEffectsFree } from './scripts/visx/bundling.mjs';

// Text as UTF-8, as webpack (terser) and Vite write it: esbuild's default escapes every Arabic and Cyrillic
// letter as \uXXXX, which no reader's bundle does.
const withVisxFixes = (config) => ({
  ...config,
  charset: 'utf8',
  plugins: [...(config.plugins ?? []), visxSideEffectsFree],
});

export default [
  {
    name: 'damascus-moscow/data: everything (records + helpers)',
    path: 'dist/data/index.js',
    import: '*',
    gzip: true,
    // 390 kB with English-only headlines for most events; every headline in Arabic and Russian too adds 18 kB.
    limit: '420 kB',
    modifyEsbuildConfig: withVisxFixes,
  },
  {
    name: 'damascus-moscow/data: helpers only, no records (validate, dates, queries, CSV)',
    path: 'dist/data/index.js',
    import: '{ validateDataset, dateInterval, rulersOn, recordsCiting, collectionToCsv }',
    gzip: true,
    limit: '7 kB',
    modifyEsbuildConfig: withVisxFixes,
  },
  {
    name: 'damascus-moscow/data: tenures and people only (what the Gantt needs)',
    path: 'dist/data/index.js',
    import: '{ tenures, people }',
    gzip: true,
    limit: '50 kB',
    modifyEsbuildConfig: withVisxFixes,
  },
  {
    name: 'damascus-moscow: DataTable + formatPartialDate (react external)',
    path: 'dist/index.js',
    import: '{ DataTable, formatPartialDate }',
    gzip: true,
    ignore: ['react', 'react-dom', 'react/jsx-runtime'],
    limit: '7 kB',
    modifyEsbuildConfig: withVisxFixes,
  },
  {
    name: 'damascus-moscow: TenureGantt (kit included; react external, data passed in)',
    path: 'dist/index.js',
    import: '{ TenureGantt }',
    gzip: true,
    ignore: ['react', 'react-dom', 'react/jsx-runtime'],
    limit: '40 kB',
    modifyEsbuildConfig: withVisxFixes,
  },
  {
    name: 'damascus-moscow: ArmsDealBars (kit included; react external, data passed in)',
    path: 'dist/index.js',
    import: '{ ArmsDealBars }',
    gzip: true,
    ignore: ['react', 'react-dom', 'react/jsx-runtime'],
    limit: '40 kB',
    modifyEsbuildConfig: withVisxFixes,
  },
  {
    name: 'damascus-moscow: VisitHeatmap (kit included; react external, data passed in)',
    path: 'dist/index.js',
    import: '{ VisitHeatmap }',
    gzip: true,
    ignore: ['react', 'react-dom', 'react/jsx-runtime'],
    limit: '40 kB',
    modifyEsbuildConfig: withVisxFixes,
  },
  {
    name: 'damascus-moscow: all three charts (kit included; react external, data passed in)',
    path: 'dist/index.js',
    import: '{ TenureGantt, ArmsDealBars, VisitHeatmap }',
    gzip: true,
    ignore: ['react', 'react-dom', 'react/jsx-runtime'],
    limit: '60 kB',
    modifyEsbuildConfig: withVisxFixes,
  },
  {
    name: 'damascus-moscow/static: renderChartToSvg, all three charts (react, react-dom external)',
    path: 'dist/static/index.js',
    import: '{ renderChartToSvg }',
    gzip: true,
    ignore: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/server', '@resvg/resvg-js'],
    // The three charts (60 kB budget) and the SVG document writer: axes on @visx/axis cost the arms
    // chart ~2 kB more than its own, so the writer keeps 2 kB of its own room.
    limit: '62 kB',
    modifyEsbuildConfig: withVisxFixes,
  },
  {
    name: 'damascus-moscow: everything (react external)',
    path: 'dist/index.js',
    import: '*',
    gzip: true,
    ignore: ['react', 'react-dom', 'react/jsx-runtime'],
    // The records' budget (420 kB) plus the three charts' (60 kB): the rest (CSV, story steps) fits in what they share.
    limit: '480 kB',
    modifyEsbuildConfig: withVisxFixes,
  },
];
