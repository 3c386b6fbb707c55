import { cpSync, mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { FRAME_PADDING } from '../src/charts/kit/ChartFrame';
import { bakeEmbed } from '../src/cli/bakeEmbed';
import { loadData } from '../src/cli/loadData';
import { heightMessage } from '../src/embed/height';
import { readEmbedParams } from '../src/embed/params';

describe('readEmbedParams', () => {
  it('reads theme, locale, period and words from the address', () => {
    expect(readEmbedParams('?theme=dark&locale=ar&from=1955&to=1991-12&title=Rulers&id=story-1', 'gantt')).toEqual({
      options: { id: 'story-1', theme: 'dark', locale: 'ar', from: '1955', to: '1991-12', title: 'Rulers' },
      problems: [],
    });
    expect(readEmbedParams('', 'arms')).toEqual({ options: { id: 'arms' }, problems: [] });
  });

  it('keeps the chart on a typo and names the problem', () => {
    const { options, problems } = readEmbedParams('?theme=sepia&from=55&locale=fr', 'heatmap');
    expect(options).toEqual({ id: 'heatmap' });
    expect(problems).toEqual([
      'theme="sepia" is not one of light, dark, print; using the default.',
      'locale="fr" is not one of en, ar, ru; using the default.',
      'from="55" is not a date (1955, 1955-10 or 1955-10-22); ignored.',
    ]);
    expect(readEmbedParams('?markers=a, b,,c', 'arms').options.markers).toEqual(['a', 'b', 'c']);
    expect(readEmbedParams('?markers=,', 'arms').problems).toEqual([
      'markers= names no event (event ids, comma-separated); ignored.',
    ]);
    expect(readEmbedParams('?from=1991&to=1955', 'gantt').problems).toEqual([
      'to=1955 is before from=1991; showing all years.',
    ]);
  });

  it('sends its height under its own key and Datawrapper’s, rounded up', () => {
    expect(heightMessage('g', 412.2)).toEqual({
      'damascus-moscow-height': { g: 413 },
      'datawrapper-height': { g: 413 },
    });
  });
});

// A folder served over HTTP on a port of its own: the embeds and the host page are different origins.
function serve(root: string, pages: Record<string, string> = {}): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer(async (request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://x').pathname);
    try {
      const body = pages[path] ?? (await readFile(join(root, path)));
      response.writeHead(200, { 'content-type': `${types[extname(path)] ?? 'text/html'}; charset=utf-8` });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
const origin = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// `name` is the frame's id on the host page; the plain Gantt asks for nothing, so its page hydrates the prerendered chart.
const EMBEDS = [
  {
    name: 'gantt',
    chart: 'gantt',
    query: `from=1955&to=1991&annotations=${encodeURIComponent(JSON.stringify([{ id: 'treaty', date: '1980-10-08', text: 'Treaty signed' }]))}`,
    role: 'img',
  },
  { name: 'arms', chart: 'arms', query: 'theme=dark', role: 'img' },
  { name: 'heatmap', chart: 'heatmap', query: 'locale=ar', role: 'img' },
  { name: 'plain', chart: 'gantt', query: 'id=plain', role: 'img' },
];

describe('iframe embeds in headless Chromium', () => {
  let browser: Browser;
  let embeds: Server;
  let host: Server;
  let page: Page;
  const errors: string[] = [];
  let built = '';

  beforeAll(async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'dm-embed-'));
    // Built as `npm run build` builds it: Vitest's NODE_ENV=test would give React's development JSX.
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    await build({ configFile: 'embed/vite.config.ts', build: { outDir }, logLevel: 'error' });
    process.env.NODE_ENV = env;
    built = outDir;
    embeds = await serve(outDir);
    const at = origin(embeds);
    const frames = EMBEDS.map(
      ({ name, chart, query }) =>
        `<iframe id="${name}" src="${at}/${chart}.html?${query}" title="${name}" style="width:100%;border:0" height="150"></iframe>`,
    ).join('\n');
    host = await serve(outDir, {
      '/': `<!doctype html><html lang="en"><head><title>Story</title><link rel="icon" href="data:,"></head><body style="margin:0">
        <article style="max-width:720px;margin:0 auto"><p>Text above.</p>${frames}<p>Text below.</p></article>
        <script src="${at}/host.js" async></script></body></html>`,
    });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: chromiumArgs,
    });
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(origin(host));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    embeds?.close();
    host?.close();
  });

  // Each frame's height on the host page, and its chart's own height inside the frame.
  const heights = () =>
    Promise.all(
      EMBEDS.map(async ({ name }) => {
        const element = await page.$(`iframe#${name}`);
        // Chromium pauses the rendering of cross-origin frames out of view, as a reader's browser would.
        await element?.scrollIntoViewIfNeeded();
        const frame = await element?.contentFrame();
        const inner = await frame?.evaluate(
          () => document.getElementById('chart')?.getBoundingClientRect().height ?? 0,
        );
        const outer = await element?.evaluate((f) => f.getBoundingClientRect().height);
        return { name, inner: Math.ceil(inner ?? 0), outer: outer ?? 0 };
      }),
    );
  const settled = async () => {
    await expect
      .poll(async () => (await heights()).every((h) => h.inner > 150 && h.outer === h.inner), { timeout: 20_000 })
      .toBe(true);
    return heights();
  };

  it('sizes every frame to its chart’s height, across origins', async () => {
    const wide = await settled();
    for (const { inner } of wide) expect(inner).toBeGreaterThan(250);
    expect(errors).toEqual([]);
  }, 60_000);

  it('fills the frame’s width and takes theme, locale and period from the address', async () => {
    for (const { name, role } of EMBEDS) {
      const frame = await (await page.$(`iframe#${name}`))?.contentFrame();
      const seen = await frame?.evaluate(() => {
        const svg = document.querySelector('svg[role]');
        return {
          svgWidth: Number(svg?.getAttribute('width')),
          pageWidth: document.documentElement.clientWidth,
          role: svg?.getAttribute('role'),
          desc: svg?.querySelector('desc')?.textContent ?? '',
          theme: document.querySelector('.dm-chart')?.getAttribute('data-theme'),
          dir: document.documentElement.dir,
          background: getComputedStyle(document.body).backgroundColor,
          sources: document.querySelector('.dm-footer p')?.textContent ?? '',
        };
      });
      expect(seen?.role).toBe(role);
      // The page ships only the sources its records cite, and credits them.
      expect(seen?.sources).toMatch(/^(Sources|المصادر): .+ (and \d+ more|و.+غيرها)\.$/);
      // The chart spans the frame but for the page's 8 px padding on each side, and a dark frame's own.
      const framePadding = seen?.theme === 'dark' ? 2 * FRAME_PADDING : 0;
      expect(seen?.svgWidth).toBe((seen?.pageWidth ?? 0) - 16 - framePadding);
      // Annotations from the address: drawn, and in the description.
      if (name === 'gantt') expect(seen?.desc).toMatch(/, 1955–1991\..* Annotations: 8 October 1980: Treaty signed\./);
      if (name === 'plain') expect(seen?.desc).toMatch(/^\d+ tenures in \d+ lanes, 19\d\d–20\d\d\./);
      if (name === 'arms') expect(seen).toMatchObject({ theme: 'dark', background: 'rgb(20, 20, 20)' });
      if (name === 'heatmap') expect(seen).toMatchObject({ dir: 'rtl' });
    }
  }, 60_000);

  it('holds the chart with no options in its HTML, before any script, and takes it over without a mismatch', async () => {
    for (const chart of ['gantt', 'arms', 'heatmap']) {
      const html = await (await fetch(`${origin(embeds)}/${chart}.html`)).text();
      const body = html.replace(/<script[\s\S]*?<\/script>/g, '');
      expect(body).toMatch(
        /<main id="chart"><figure class="dm-chart[^"]*"[^>]*>[\s\S]*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" role="img"/,
      );
    }
    // The plain frame hydrated: React reports any mismatch as a console error, which `errors` collects.
    expect(errors).toEqual([]);
  });

  it('keeps each page within its weight budget: 220 kB gzipped of script and style', async () => {
    for (const chart of ['gantt', 'arms', 'heatmap']) {
      const html = await readFile(join(built, `${chart}.html`), 'utf8');
      const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]);
      expect(files.length).toBeGreaterThan(1);
      let bytes = 0;
      for (const file of files) bytes += gzipSync(await readFile(join(built, file))).length;
      expect(bytes, chart).toBeLessThan(220_000);
    }
  });

  it('marks events named in the address with their own headlines, loading the events only when asked', async () => {
    const visit = async (query: string) => {
      const tab = await browser.newPage();
      const warnings: string[] = [];
      const loaded: string[] = [];
      tab.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      tab.on('request', (r) => loaded.push(new URL(r.url()).pathname));
      await tab.goto(`${origin(embeds)}/heatmap.html?${query}`, { waitUntil: 'networkidle' });
      const desc = await tab.evaluate(() => document.querySelector('svg[role] desc')?.textContent ?? '');
      await tab.close();
      return { desc, warnings, events: loaded.includes('/events.json') };
    };
    const marked = await visit('locale=ru&markers=event-1980-10-08-treaty-friendship,no-such-event');
    expect(marked.events).toBe(true);
    expect(marked.desc).toMatch(/8 октября 1980 г\.: Договор о дружбе/);
    expect(marked.warnings).toContain(
      'damascus-moscow embed: no-such-event: markers names no event in data.events; left out.',
    );
    // In a step, too.
    const steps = encodeURIComponent(JSON.stringify([{}, { markers: ['event-1980-10-08-treaty-friendship'] }]));
    expect((await visit(`steps=${steps}&step=1`)).desc).toMatch(/8 October 1980: Friendship treaty/);
    // A page that asks for no markers never loads the events.
    expect((await visit('locale=ar')).events).toBe(false);
  }, 60_000);

  it('follows the chart as the column narrows to a phone', async () => {
    const wide = await heights();
    await page.setViewportSize({ width: 360, height: 800 });
    await expect
      .poll(async () => (await heights()).some((h, i) => h.outer !== wide[i].outer), { timeout: 20_000 })
      .toBe(true);
    const narrow = await settled();
    // The bars and the grid turn on a phone (time down the side): taller than wide.
    expect(narrow.find((h) => h.name === 'arms')?.outer).toBeGreaterThan(
      wide.find((h) => h.name === 'arms')?.outer ?? 0,
    );
    expect(errors).toEqual([]);
  }, 60_000);

  it('carries a desk’s own records when built with --data: drawn into the page, hydrated, nothing bundled shown', async () => {
    const mine = join(mkdtempSync(join(tmpdir(), 'dm-embed-own-')), 'pages');
    cpSync(built, mine, { recursive: true });
    const read = loadData('examples/freedonia-sylvania');
    expect(read.problems).toEqual([]);
    for (const chart of ['gantt', 'arms', 'heatmap'] as const)
      bakeEmbed(join(mine, `${chart}.html`), chart, read.dataset);
    const server = await serve(mine);
    const own = await browser.newPage();
    const problems: string[] = [];
    own.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
    own.on('pageerror', (e) => problems.push(e.message));
    try {
      for (const chart of ['gantt', 'arms', 'heatmap']) {
        const html = await (await fetch(`${origin(server)}/${chart}.html`)).text();
        // Before any script: the desk's chart is in the page, the bundled one is not.
        const before = html.replace(/<script[\s\S]*?<\/script>/g, '');
        expect(before).toContain('Example desk');
        if (chart !== 'arms') expect(before).toContain('Gloria Teasdale');
        expect(html).not.toContain('Hafez al-Assad');
        await own.goto(`${origin(server)}/${chart}.html`);
        await own.waitForSelector('svg[role="img"]');
        const text = await own.evaluate(() => document.body.textContent ?? '');
        expect(text).toContain('Example desk');
        if (chart === 'gantt') expect(text).toContain('Gloria Teasdale');
      }
      // Hydrated without a mismatch: React reports one as a console error.
      expect(problems).toEqual([]);
    } finally {
      await own.close();
      server.close();
    }
  }, 60_000);
});
