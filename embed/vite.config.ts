import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { d3ScaleShimsForVite, visxAliases } from '../scripts/visx/bundling.mjs';
import { events } from '../src/data/events.js';
import { people } from '../src/data/people.js';
import { EVENTS_FILE, headlinesOnly, namesOnly } from '../src/embed/chartData.js';
import { citedSources } from '../src/embed/cited.js';
import { prerender } from '../src/embed/prerender.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Draws each page's chart into its HTML at build time (see src/embed/prerender.ts). */
const prerendered: Plugin = {
  name: 'damascus-moscow-prerender',
  transformIndexHtml(html) {
    const chart = /data-chart="(gantt|arms|heatmap)"/.exec(html)?.[1] as 'gantt' | 'arms' | 'heatmap' | undefined;
    return chart ? html.replace('<main id="chart"></main>', `<main id="chart">${prerender(chart)}</main>`) : html;
  },
};

/**
 * `virtual:damascus-moscow/sources/<chart>`: the sources that chart's records cite, as a module;
 * `virtual:damascus-moscow/people`: the people, names only.
 */
const VIRTUAL = 'virtual:damascus-moscow/sources/';
const PEOPLE = 'virtual:damascus-moscow/people';
const cited: Plugin = {
  name: 'damascus-moscow-cited-sources',
  resolveId: (id) => (id.startsWith(VIRTUAL) || id === PEOPLE ? `\0${id}` : undefined),
  load(id) {
    if (id === `\0${PEOPLE}`) return `export const people = ${JSON.stringify(namesOnly(people))};`;
    if (!id.startsWith(`\0${VIRTUAL}`)) return undefined;
    const chart = id.slice(VIRTUAL.length + 1) as keyof typeof citedSources;
    return `export const sources = ${JSON.stringify(citedSources[chart]())};`;
  },
};

/**
 * `events.json` beside the pages: the events as markers need them (id, date, headlines). A page fetches
 * it only when its address asks for markers, so no page carries it otherwise (about 43 kB gzipped).
 */
const markerEvents: Plugin = {
  name: 'damascus-moscow-marker-events',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: EVENTS_FILE, source: JSON.stringify(headlinesOnly(events)) });
  },
};

/**
 * The iframe embeds: one page per chart and the host script, built to
 * `dist/embed/` with relative paths, so the folder works wherever a newsroom
 * copies it (`npx damascus-moscow embed --out public/charts`).
 */
export default defineConfig({
  root: here,
  base: './',
  plugins: [react(), d3ScaleShimsForVite, prerendered, cited, markerEvents],
  // As in our package build: @visx/text without reduce-css-calc, d3-scale without d3-color and d3-format (scripts/visx/bundling.mjs).
  resolve: { alias: visxAliases },
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: path.join(here, '../dist/embed'),
    emptyOutDir: true,
    target: 'es2020',
    reportCompressedSize: false,
    // React, the kit and the sources are one shared chunk of about 190 kB gzipped.
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      input: {
        gantt: path.join(here, 'gantt.html'),
        arms: path.join(here, 'arms.html'),
        heatmap: path.join(here, 'heatmap.html'),
        index: path.join(here, 'index.html'),
        host: path.join(here, '../src/embed/host.ts'),
      },
      output: {
        // The host script keeps a name pages can link to; the rest is fingerprinted.
        entryFileNames: (chunk) => (chunk.name === 'host' ? 'host.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
});
