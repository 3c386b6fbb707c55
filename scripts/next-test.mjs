/**
 * The packed package in a Next.js app (App Router, React Server Components):
 * pack it, install the tarball with Next into a throwaway app, `next build`,
 * `next start`, then fetch the pages and, in Debian's Chromium, hydrate and
 * click; then once more in `next dev`, where React tells every hydration
 * mismatch. Proves that
 *  - a server component can render the charts with serialisable props, and
 *    the served HTML holds each chart's whole SVG before any script runs;
 *  - `damascus-moscow/static` makes an SVG on the server, for a server
 *    component and for a route handler that answers `image/svg+xml`;
 *  - a client component can hold state around a chart: it hydrates without
 *    errors and a click redraws the chart.
 *
 * Uses dist/ as it is (run `npm run build` first; dist/ missing, it builds).
 * Set CHROMIUM_PATH for a browser other than /usr/bin/chromium, and
 * NEXT_TEST_KEEP=1 to keep the app folder (its path is printed).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

// Next 16 needs Node 20.9 or later; React as in the repo's devDependencies.
const VERSIONS = {
  next: '16.4.6',
  react: '19.3.1',
  'react-dom': '19.3.1',
  typescript: '5.9.3',
  '@types/react': '19.3.0',
  '@types/node': '20.19.43',
};

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const timings = [];
async function timed(name, step) {
  const t0 = Date.now();
  const result = await step();
  timings.push(`${name} ${seconds(t0)}`);
  console.log(`${name}: ${seconds(t0)}`);
  return result;
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
delete env.NODE_ENV; // next build and next start set it themselves
/** Runs a command to the end; on failure throws with everything it printed. */
function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0)
    throw new Error(
      `${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal}) in ${cwd}:\n${r.stdout}${r.stderr}`,
    );
  return r.stdout;
}

const fail = (message) => {
  throw new Error(message);
};
const check = (ok, message) => ok || fail(message);

// --- The app: one file per case, written into the throwaway folder. ---

const files = {
  'package.json': '', // written with the tarball's name below
  'next.config.mjs': 'export default {};\n',
  'tsconfig.json': JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2020',
        lib: ['dom', 'dom.iterable', 'esnext'],
        strict: true,
        skipLibCheck: true,
        noEmit: true,
        module: 'esnext',
        moduleResolution: 'bundler',
        resolveJsonModule: true,
        isolatedModules: true,
        esModuleInterop: true,
        jsx: 'react-jsx',
        plugins: [{ name: 'next' }],
      },
      include: ['next-env.d.ts', '**/*.ts', '**/*.tsx', '.next/types/**/*.ts'],
      exclude: ['node_modules'],
    },
    null,
    2,
  ),
  'app/layout.tsx': `
import type { ReactNode } from 'react';

export const metadata = { title: 'damascus-moscow in Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  // (a) A server component (no 'use client'): the charts come from the
  // package's client entry and get only serialisable props, and only the
  // sources their records cite (props cross to the browser).
  'app/page.tsx': `
import { ArmsDealBars, TenureGantt, VisitHeatmap } from 'damascus-moscow';
import { armsDeals, events, people, sources, sourcesCitedBy, tenures, visits } from 'damascus-moscow/data';

export default function Page() {
  return (
    <main>
      <h1>Syria and Moscow</h1>
      <section id="gantt">
        <TenureGantt
          data={{ tenures, people, sources: sourcesCitedBy(sources, tenures), events }}
          width={720}
          domain={['1955', '1991']}
          locale="en"
          markers={['event-1980-10-08-treaty-friendship']}
        />
      </section>
      <section id="arms">
        <ArmsDealBars data={{ armsDeals, sources: sourcesCitedBy(sources, armsDeals) }} width={720} domain={['1955', '1991']} locale="ru" />
      </section>
      <section id="heatmap">
        <VisitHeatmap
          data={{ visits, people, tenures, sources: sourcesCitedBy(sources, visits, tenures) }}
          width={720}
          locale="ar"
          bin={10}
        />
      </section>
    </main>
  );
}
`,
  // (b) damascus-moscow/static in a server component. Its react-server build
  // loads the renderer outside the React Server Components bundle (where
  // react-dom/server is a stub), so the async form works here as a plain import.
  'app/static/page.tsx': `
import { people, sources, visits } from 'damascus-moscow/data';
import { renderChartToSvg, renderChartToSvgAsync } from 'damascus-moscow/static';

export default async function Page() {
  const svg = await renderChartToSvgAsync('heatmap', { data: { visits, people, sources }, width: 720 });
  let sync = '';
  try {
    renderChartToSvg('heatmap', { data: { visits, people, sources } });
  } catch (error) {
    sync = (error as Error).message;
  }
  // The document's <?xml?> declaration has no place inside HTML.
  return (
    <main>
      <figure id="static" dangerouslySetInnerHTML={{ __html: svg.slice(svg.indexOf('<svg')) }} />
      <p id="sync">{sync}</p>
    </main>
  );
}
`,
  // (b) The same as a file: a route handler answering image/svg+xml.
  'app/chart.svg/route.ts': `
import { people, sources, visits } from 'damascus-moscow/data';
import { renderChartToSvgAsync } from 'damascus-moscow/static';

export async function GET() {
  const svg = await renderChartToSvgAsync('heatmap', { data: { visits, people, sources }, width: 720 });
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
}
`,
  // (c) A client component holding the locale in state.
  'app/client/LocalePicker.tsx': `
'use client';
import { type Locale, TenureGantt } from 'damascus-moscow';
import { events, people, sources, tenures } from 'damascus-moscow/data';
import { useEffect, useState } from 'react';

export function LocalePicker() {
  const [locale, setLocale] = useState<Locale>('en');
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <div id="picker" data-hydrated={hydrated}>
      {(['en', 'ru', 'ar'] as const).map((l) => (
        <button key={l} type="button" id={\`locale-\${l}\`} aria-pressed={l === locale} onClick={() => setLocale(l)}>
          {l}
        </button>
      ))}
      <TenureGantt data={{ tenures, people, sources, events }} width={720} domain={['1955', '1991']} locale={locale} />
    </div>
  );
}
`,
  'app/client/page.tsx': `
import { LocalePicker } from './LocalePicker';

export default function Page() {
  return (
    <main>
      <LocalePicker />
    </main>
  );
}
`,
};

// --- Checks on what the server sends. ---

/** The markup a reader gets before any script runs: the HTML without its scripts. */
const withoutScripts = (html) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');

/** The chart SVGs in some markup, each from `<svg` to its `</svg>` (chart SVGs hold no nested <svg>). */
const chartSvgs = (markup) =>
  markup.match(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*role="img"[\s\S]*?<\/svg>/g) ?? [];

/** The text of an SVG's <title> and <desc>. */
const titleOf = (svg) => svg.match(/<title[^>]*>([^<]*)<\/title>/)?.[1];
const descOf = (svg) => svg.match(/<desc[^>]*>([^<]*)<\/desc>/)?.[1];
/** The `<rect` elements inside `<g class="NAME" …>` up to the next group named `next`. */
function rectsIn(svg, name, next) {
  // A group by one of its classes (visx's Group writes "visx-group" before ours).
  const group = (cls) => new RegExp(`<g class="(?:[^"]* )?${cls}(?: [^"]*)?"`, 'g');
  const at = (cls, from) => {
    const re = group(cls);
    re.lastIndex = from;
    return re.exec(svg)?.index ?? -1;
  };
  const start = at(name, 0);
  check(start >= 0, `no <g class="${name}"> in the SVG`);
  const end = next ? at(next, start) : -1;
  return svg.slice(start, end > 0 ? end : undefined).split('<rect').length - 1;
}

function checkChart(svg, { name, title, desc }) {
  check(svg, `${name}: no chart SVG in the HTML`);
  check(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" role="img"'), `${name}: the SVG lacks xmlns/role`);
  check(title.test(titleOf(svg) ?? ''), `${name}: title "${titleOf(svg)}" does not match ${title}`);
  check(desc.test(descOf(svg) ?? ''), `${name}: desc "${descOf(svg)}" does not match ${desc}`);
  check(!/NaN|undefined/.test(svg), `${name}: NaN or undefined in the SVG`);
}

function checkServerPage(html) {
  const markup = withoutScripts(html);
  const [gantt, arms, heatmap] = chartSvgs(markup);
  check(chartSvgs(markup).length === 3, `/ has ${chartSvgs(markup).length} chart SVGs in its HTML, not 3`);
  checkChart(gantt, {
    name: 'TenureGantt',
    title: /^Leaders and their time in office$/,
    desc: /tenures in .*1955–1991/,
  });
  const tenures = Number(descOf(gantt).match(/^(\d+) tenures/)?.[1]);
  const bars = rectsIn(gantt, 'dm-bars', 'dm-bar-details');
  check(bars === tenures && bars > 20, `TenureGantt: ${bars} bars for the ${tenures} tenures its <desc> counts`);
  check(gantt.includes('class="dm-callout-rules"'), 'TenureGantt: the event marker is missing');
  checkChart(arms, { name: 'ArmsDealBars', title: /[А-Яа-я]/, desc: /^Сделок по вооружениям: \d+, 1955–1991/ });
  const armsRects = rectsIn(arms, 'dm-bars');
  check(armsRects > 5, `ArmsDealBars: ${armsRects} bars`);
  checkChart(heatmap, { name: 'VisitHeatmap', title: /[\u0600-\u06FF]/, desc: /[\u0600-\u06FF]/ });
  check(/dir="rtl"/.test(markup), 'VisitHeatmap: Arabic is not laid out right to left');
  const cells = rectsIn(heatmap, 'dm-cells', 'dm-counts');
  check(cells > 10, `VisitHeatmap: ${cells} cells`);
  return `/ (server component): TenureGantt ${bars} bars, ArmsDealBars ${armsRects} rects (ru), VisitHeatmap ${cells} cells (ar) in the HTML; ${kib(html)} with the RSC payload, ${kib(markup)} without scripts`;
}

function checkStaticSvg(svg, where) {
  check(
    svg.includes('<svg xmlns="http://www.w3.org/2000/svg" width="720"'),
    `${where}: no 720-wide standalone SVG from renderChartToSvg`,
  );
  check(/<title id="dm-title">Official visits between Damascus and Moscow/.test(svg), `${where}: wrong or no <title>`);
  check(/<desc id="dm-desc">[^<]+/.test(svg), `${where}: no <desc>`);
  const cells = rectsIn(svg, 'dm-cells', 'dm-counts');
  check(cells > 10, `${where}: ${cells} heatmap cells`);
  check(!/NaN|undefined/.test(svg), `${where}: NaN or undefined in the SVG`);
  return cells;
}

const kib = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`;

// --- Server and browser. ---

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** `next start` or `next dev` in its own process group, so that it and anything it spawns stop together. */
async function startNext(app, command) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', command, '-p', String(port), '-H', '127.0.0.1'],
    { cwd: app, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  const keep = (d) => {
    log += d;
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const signal = (name) => {
      try {
        process.kill(-child.pid, name);
      } catch {}
    };
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  const url = `http://127.0.0.1:${port}`;
  // next dev compiles the page on the first request.
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next ${command} exited (${child.exitCode}):\n${log}`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {}
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next ${command} did not answer on ${url} within 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, stop, log: () => log };
}

async function get(url, type = 'text/html') {
  const response = await fetch(url);
  check(response.ok, `GET ${url}: ${response.status}`);
  const got = response.headers.get('content-type') ?? '';
  check(got.startsWith(type), `GET ${url}: content-type ${got}, not ${type}`);
  return response.text();
}

async function inBrowser(url) {
  check(
    existsSync(chromiumPath),
    `Chromium not found at ${chromiumPath}: apt-get install chromium, or set CHROMIUM_PATH`,
  );
  const { chromium } = await import('playwright');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
  const said = [];
  try {
    const page = await browser.newPage();
    // The browser asks for /favicon.ico, which the app has not got; any other failed load counts.
    const favicon = (u) => new URL(u).pathname === '/favicon.ico';
    page.on('console', (m) => {
      if (m.type() !== 'error' && m.type() !== 'warning') return;
      if (/^Failed to load resource/.test(m.text())) return; // told by the response, below
      said.push(`console.${m.type()}: ${m.text().slice(0, 3000)}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && !favicon(r.url())) said.push(`${r.status()} for ${r.url()}`);
    });
    page.on('pageerror', (e) => said.push(`page error: ${e.message}`));
    // A request the browser itself cancels (the page moving on before a font or prefetch arrives) is not a failure.
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED')
        said.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
    });

    // The server component's page: its client charts hydrate without a word.
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const focusable = await page.locator('#gantt svg [tabindex]').count();
    check(focusable > 0, '/: the hydrated TenureGantt has no focusable mark');

    // The client component: wait for hydration, then click through the locales.
    await page.goto(`${url}/client`, { waitUntil: 'load' });
    await page.locator('#picker[data-hydrated="true"]').waitFor({ timeout: 15_000 });
    const title = () => page.locator('#picker svg[role="img"] > title').textContent();
    const before = await title();
    check(before === 'Leaders and their time in office', `/client: title "${before}" before a click`);
    const titled = (re) =>
      page.waitForFunction(
        (source) =>
          new RegExp(source).test(document.querySelector('#picker svg[role="img"] > title')?.textContent ?? ''),
        re.source,
        { timeout: 5000 },
      );
    await page.click('#locale-ru');
    await titled(/[А-Яа-я]/);
    const ru = await title();
    await page.click('#locale-ar');
    await titled(/[\u0600-\u06FF]/);
    const ar = await title();
    const rtl = await page.locator('#picker [dir="rtl"]').count();
    check(rtl > 0, '/client: nothing is laid out right to left after clicking "ar"');
    check(/[\u0600-\u06FF]/.test(ar ?? ''), `/client: title "${ar}" after clicking "ar"`);
    check(said.length === 0, `the browser reported:\n  ${said.join('\n  ')}`);
    return `/client (client component): hydrated, title "${before}" → "${ru}" → "${ar}"; no console errors or warnings on / and /client`;
  } finally {
    await browser.close();
  }
}

// --- The run. ---

const work = mkdtempSync(path.join(tmpdir(), 'damascus-moscow-next-'));
let server;
try {
  if (!existsSync(path.join(root, 'dist/index.js')))
    await timed('build (dist/ was missing)', () => run('npm', ['run', 'build'], root));
  check(
    readFileSync(path.join(root, 'dist/index.js'), 'utf8').startsWith('"use client"'),
    'dist/index.js does not start with "use client": the charts would be server components',
  );
  // CI has just built dist/; --ignore-scripts skips prepack's build, whose output would break the JSON.
  const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root))[0];
  console.log(`packed ${packed.filename}: ${packed.files.length} files, ${(packed.size / 1024).toFixed(1)} KiB`);

  const app = path.join(work, 'app');
  files['package.json'] = JSON.stringify(
    {
      name: 'damascus-moscow-next-test',
      private: true,
      dependencies: { 'damascus-moscow': `file:${path.join(work, packed.filename)}`, ...VERSIONS },
    },
    null,
    2,
  );
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(app, file)), { recursive: true });
    writeFileSync(path.join(app, file), text.trimStart());
  }
  await timed(`install (next ${VERSIONS.next}, react ${VERSIONS.react})`, () =>
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], app),
  );
  const built = await timed('next build', () =>
    run(process.execPath, ['node_modules/next/dist/bin/next', 'build'], app),
  );
  const routes = built.slice(built.indexOf('Route (app)'));
  for (const [route, kind] of [
    ['/', '○'],
    ['/client', '○'],
    ['/static', '○'],
    ['/chart.svg', 'ƒ'],
  ])
    check(
      new RegExp(`${kind} ${route.replace('.', '\\.')}\\n`).test(routes),
      `next build did not list ${route} as ${kind}:\n${routes}`,
    );

  await timed('next start: fetch and browser', async () => {
    server = await startNext(app, 'start');
    console.log(checkServerPage(await get(`${server.url}/`)));
    const page = withoutScripts(await get(`${server.url}/static`));
    check(!page.includes('<?xml'), '/static: an <?xml?> declaration inside the HTML');
    check(
      page.includes('renderChartToSvg cannot run inside a React Server Component. Use `await renderChartToSvgAsync'),
      '/static: the synchronous renderChartToSvg does not say what to use in a server component',
    );
    const staticCells = checkStaticSvg(page, '/static');
    const file = await get(`${server.url}/chart.svg`, 'image/svg+xml');
    check(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg'), '/chart.svg: not a standalone SVG document');
    const fileCells = checkStaticSvg(file, '/chart.svg');
    console.log(
      `/static (server component) and /chart.svg (route handler, ${kib(file)}): renderChartToSvg heatmap, ${staticCells} and ${fileCells} cells`,
    );
    const client = withoutScripts(await get(`${server.url}/client`));
    checkChart(chartSvgs(client)[0], {
      name: '/client TenureGantt',
      title: /^Leaders and their time in office$/,
      desc: /1955–1991/,
    });
    console.log(`production: ${await inBrowser(server.url)}`);
    await server.stop();
    check(!/error/i.test(server.log()), `next start logged an error:\n${server.log()}`);
  });
  // React reports hydration mismatches of attributes only in development.
  await timed('next dev: browser', async () => {
    server = await startNext(app, 'dev');
    console.log(`development: ${await inBrowser(server.url)}`);
    await server.stop();
    check(!/error|mismatch/i.test(server.log()), `next dev logged an error:\n${server.log()}`);
  });
  console.log(`timings: ${timings.join(', ')}; total ${seconds(started)}`);
  console.log('next test passed: server component, static SVG (page and route handler) and client component');
} catch (error) {
  console.error(`next test failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await server?.stop();
  if (process.env.NEXT_TEST_KEEP) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
