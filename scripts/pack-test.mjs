/**
 * How npm users meet the package: pack it, install the tarball with React
 * into a throwaway consumer, then import it as ESM and require it as CJS in
 * plain Node, read the dataset and server-render a component. Runs once with
 * React 19 and once with React 18 (the peer range).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(tmpdir(), 'damascus-moscow-pack-'));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

// CI has just built dist/; --ignore-scripts skips prepack's second build.
const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root))[0];
const tarball = path.join(work, packed.filename);
console.log(`packed ${packed.filename}: ${packed.files.length} files, ${(packed.size / 1024).toFixed(1)} KiB`);
for (const required of [
  'dist/index.js',
  'dist/index.cjs',
  'dist/data/index.d.ts',
  'data/datapackage.json',
  'data/tenures.csv',
  'dist/static/index.js',
  'dist/cli.js',
  'dist/embed/gantt.html',
  'dist/embed/host.js',
]) {
  if (!packed.files.some((f) => f.path === required)) throw new Error(`the tarball lacks ${required}`);
}

const esm = `
import assert from 'node:assert/strict';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ArmsDealBars, DataTable, formatPartialDate, TenureGantt, VisitHeatmap } from 'damascus-moscow';
import { dataset, tenures, people, validateDataset, rulersOn } from 'damascus-moscow/data';
assert.equal(validateDataset(dataset).length, 0, 'bundled dataset is valid');
assert.ok(tenures.length > 50 && people.length > 40, 'tenures and people are there');
assert.equal(rulersOn(tenures, 'SY', '1967-06-05', 'de-facto-ruler')[0].personId, 'salah-jadid');
const html = renderToStaticMarkup(createElement(DataTable, {
  caption: 'Tenures', rows: tenures, rowKey: (t) => t.id,
  columns: [{ header: 'Person', cell: (t) => t.personId }, { header: 'From', cell: (t) => formatPartialDate(t.start) }],
}));
assert.equal((html.match(/<tr>/g) ?? []).length, tenures.length + 1, 'one row per tenure');
assert.match(html, /<caption>Tenures<\\/caption>/);
const chart = renderToStaticMarkup(createElement(TenureGantt, { data: dataset, title: 'Rulers', markers: ['event-1980-10-08-treaty-friendship'] }));
assert.ok(chart.includes('<svg xmlns="http://www.w3.org/2000/svg" role="img"'), 'the chart renders an SVG on the server');
const bars = chart.split(/<g class="[^"]*dm-bars"[^>]*>/)[1].split(/<g class="[^"]*dm-bar-details"/)[0];
assert.equal(bars.split('<rect ').length - 1, tenures.length, 'one bar per tenure');
assert.ok(!/NaN/.test(chart), 'no NaN in the markup');
const arms = renderToStaticMarkup(createElement(ArmsDealBars, { data: dataset, measure: 'value', bin: 10, width: 800 }));
assert.match(arms, /<g class="dm-bars" data-orientation="across">/, 'ArmsDealBars draws its bars');
const visits = renderToStaticMarkup(createElement(VisitHeatmap, { data: dataset, bin: 10 }));
assert.match(visits, /<g class="dm-cells">/, 'VisitHeatmap draws its cells');
assert.ok(!/NaN/.test(arms + visits), 'no NaN in the markup');
const { renderChartToSvg, renderChartToPng } = await import('damascus-moscow/static');
const svg = renderChartToSvg(VisitHeatmap, { data: dataset, width: 700, title: 'Visits' });
assert.ok(svg.startsWith('<?xml') && svg.includes('<svg xmlns="http://www.w3.org/2000/svg" width="700"'), 'a standalone SVG');
const png = await renderChartToPng('gantt', { data: dataset, width: 400 }, { scale: 1 });
assert.equal(Buffer.from(png).readUInt32BE(16), 400, 'a PNG 400 px wide');
console.log('ESM ok: ' + tenures.length + ' tenures; TenureGantt, ArmsDealBars and VisitHeatmap server-rendered (' + chart.length + ', ' + arms.length + ', ' + visits.length + ' bytes)');
`;
const cjs = `
const assert = require('node:assert/strict');
const { createElement } = require('react');
const { renderToStaticMarkup } = require('react-dom/server');
const main = require('damascus-moscow');
const data = require('damascus-moscow/data');
assert.equal(main.tenures, data.tenures, 'one copy of the dataset behind both entries');
assert.equal(data.validateDataset(data.dataset).length, 0);
const html = renderToStaticMarkup(createElement(main.DataTable, {
  caption: 'People', rows: data.people, rowKey: (p) => p.id, columns: [{ header: 'Name', cell: (p) => p.name.ru ?? p.name.en }],
}));
assert.match(html, /Сталин/, 'Russian names render');
const gantt = renderToStaticMarkup(createElement(main.TenureGantt, { data: data.dataset, locale: 'ar', width: 360 }));
assert.match(gantt, /dir="rtl"/, 'Arabic lays out right to left');
const armsRu = renderToStaticMarkup(createElement(main.ArmsDealBars, { data: data.dataset, locale: 'ru', measure: 'value', width: 360 }));
assert.match(armsRu, /млрд/, 'Russian money formatting');
const heatAr = renderToStaticMarkup(createElement(main.VisitHeatmap, { data: data.dataset, locale: 'ar', width: 360 }));
assert.match(heatAr, /dir="rtl"/, 'the heatmap lays out right to left');
const csv = require('node:fs').readFileSync(require.resolve('damascus-moscow/data/tenures.csv'), 'utf8');
assert.equal(csv.split('\\n')[0].split(',')[0], 'id');
const svgRu = require('damascus-moscow/static').renderChartToSvg('arms', { data: data.dataset, locale: 'ru' });
assert.match(svgRu, /lang="ru"/, 'static SVG from CommonJS');
console.log('CJS ok: ' + data.people.length + ' people, data/tenures.csv readable');
`;

// The data entry must import nothing: follow its import graph inside dist/.
function bareImports(file, seen = new Set()) {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const patterns = [
    /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm, // import x from '…', export * from '…'
    /^\s*import\s*['"]([^'"]+)['"]/gm, // import '…'
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g, // require('…')
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g, // import('…')
  ];
  const specs = patterns.flatMap((re) => [...code.matchAll(re)].map((m) => m[1]));
  return specs.flatMap((s) => (s.startsWith('.') ? bareImports(path.join(path.dirname(file), s), seen) : [s]));
}

try {
  for (const react of ['19', '18']) {
    const consumer = path.join(work, `consumer-react-${react}`);
    mkdirSync(consumer);
    writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, `react@${react}`, `react-dom@${react}`],
      consumer,
    );
    writeFileSync(path.join(consumer, 'esm.mjs'), esm);
    writeFileSync(path.join(consumer, 'cjs.cjs'), cjs);
    process.stdout.write(`React ${react}: ${run('node', ['esm.mjs'], consumer)}`);
    process.stdout.write(`React ${react}: ${run('node', ['cjs.cjs'], consumer)}`);
    if (react === '19') {
      // The command line as \`npx damascus-moscow\` runs it from the installed package.
      run(
        'npx',
        ['damascus-moscow', 'render', 'arms', '--out', 'arms.png', '--width', '640', '--scale', '1'],
        consumer,
      );
      run(
        'npx',
        [
          'damascus-moscow',
          'render',
          'gantt',
          '--out',
          'gantt.svg',
          '--from',
          '1955',
          '--to',
          '1991',
          '--locale',
          'ru',
        ],
        consumer,
      );
      run('npx', ['damascus-moscow', 'embed', '--out', 'site/charts'], consumer);
      const visits = JSON.parse(run('npx', ['damascus-moscow', 'data', 'visits', '--format', 'json'], consumer));
      const png = readFileSync(path.join(consumer, 'arms.png'));
      if (png.readUInt32BE(16) !== 640) throw new Error('npx damascus-moscow render: the PNG is not 640 px wide');
      if (!readFileSync(path.join(consumer, 'gantt.svg'), 'utf8').includes('lang="ru"'))
        throw new Error('npx damascus-moscow render: the SVG is not in Russian');
      for (const page of ['gantt.html', 'arms.html', 'heatmap.html', 'host.js'])
        readFileSync(path.join(consumer, 'site/charts', page));
      console.log(`CLI ok: a PNG, a Russian SVG, the embed pages copied, ${visits.length} visits as JSON`);
    }
    const installed = path.join(consumer, 'node_modules/damascus-moscow/dist');
    for (const entry of ['data/index.js', 'data/index.cjs']) {
      const deps = bareImports(path.join(installed, entry));
      if (deps.length)
        throw new Error(`damascus-moscow/data (${entry}) imports ${deps.join(', ')}; it must import nothing`);
    }
  }
  console.log(
    'pack test passed: ESM and CJS, React 19 and 18, static SVG and PNG, the command line; the data entry imports nothing',
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
