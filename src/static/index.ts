/**
 * `damascus-moscow/static`: a chart as a standalone SVG document or a PNG,
 * for print, a CMS that takes only images, or a social card. Runs in Node
 * (needs `react-dom`); PNG needs the optional `@resvg/resvg-js`.
 *
 * @module
 */
import { type ComponentType, createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ArmsDealBars } from '../charts/arms/ArmsDealBars.js';
import { TenureGantt } from '../charts/gantt/TenureGantt.js';
import { VisitHeatmap } from '../charts/heatmap/VisitHeatmap.js';
import { fromReact } from '../charts/kit/markup.js';
import { type FrameRecord, StaticFrame } from '../charts/kit/staticFrame.js';
import { MAX_WIDTH } from '../charts/kit/useChartWidth.js';
import { PADDING, svgDocument } from './svgDocument.js';

/** The charts by the short names the command line uses. */
export const charts = { gantt: TenureGantt, arms: ArmsDealBars, heatmap: VisitHeatmap } as const;

/** A chart's short name. */
export type ChartName = keyof typeof charts;

/** The props a static render reads besides the chart's own. */
interface Sized {
  width?: number;
  height?: number;
}

/** The props of each chart, by its short name. */
export type ChartProps = { [K in ChartName]: Parameters<(typeof charts)[K]>[0] };

const DEFAULT_WIDTH = 800;

/**
 * A chart as a standalone SVG document: `<?xml?>`, `xmlns`, `<title>` and
 * `<desc>`, the headline, the chart with its key, and the sources, notes and
 * byline, with the theme's colours written in and its font stack (system
 * fonts, then Noto, Tahoma and Arial, then `sans-serif`). No script, no link.
 *
 * `width` is the width of the whole document (default 800); the chart is
 * drawn 24 px narrower inside it. Throws with the chart's own words when it
 * has nothing to draw (no records in the period, invalid data).
 *
 * ```ts
 * import { renderChartToSvg } from 'damascus-moscow/static';
 * import { TenureGantt } from 'damascus-moscow';
 * import { dataset } from 'damascus-moscow/data';
 * writeFileSync('gantt.svg', renderChartToSvg(TenureGantt, { data: dataset, domain: ['1955', '1991'] }));
 * ```
 */
export function renderChartToSvg<K extends ChartName>(chart: K, props: ChartProps[K]): string;
export function renderChartToSvg<P extends Sized>(chart: ComponentType<P>, props: P): string;
export function renderChartToSvg<P extends Sized>(chart: ComponentType<P> | ChartName, props: P): string {
  const Chart = (typeof chart === 'string' ? charts[chart] : chart) as ComponentType<P> | undefined;
  if (!Chart)
    throw new Error(`damascus-moscow/static: unknown chart "${String(chart)}"; use ${Object.keys(charts).join(', ')}.`);
  const width = props.width ?? DEFAULT_WIDTH;
  if (typeof width !== 'number')
    throw new Error(`damascus-moscow/static: width must be a number of pixels, not ${typeof width}.`);
  if (!(width > 2 * PADDING + 100))
    throw new Error(`damascus-moscow/static: width ${width} is too narrow; use at least ${2 * PADDING + 101}.`);
  if (!(width <= MAX_WIDTH + 2 * PADDING))
    throw new Error(`damascus-moscow/static: width ${width} is too wide; use at most ${MAX_WIDTH + 2 * PADDING}.`);
  const frame: FrameRecord = {};
  const markup = renderToStaticMarkup(
    createElement(
      StaticFrame.Provider,
      { value: frame },
      createElement(Chart, { ...props, width: width - 2 * PADDING }),
    ),
  );
  if (!markup.includes('<svg')) {
    // The chart's empty state, in its own words.
    const said = markup
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    throw new Error(`damascus-moscow/static: nothing to draw. ${said}`);
  }
  return xmlCharacters(svgDocument({ frame, chart: fromReact(markup), width }));
}

/**
 * The document without the characters XML 1.0 does not allow (NUL and other
 * control characters, lone surrogates), which a desk's data may carry and
 * React writes as they are: one of them and no editor or renderer opens the file.
 */
const xmlCharacters = (svg: string): string =>
  svg.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML forbids
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );

/**
 * {@link renderChartToSvg} as a promise: the form that also works inside
 * React Server Components (Next.js app router pages and route handlers),
 * where this entry's `react-server` build loads the renderer outside the
 * bundle, with the app's own React.
 */
export async function renderChartToSvgAsync<K extends ChartName>(chart: K, props: ChartProps[K]): Promise<string>;
export async function renderChartToSvgAsync<P extends Sized>(chart: ComponentType<P>, props: P): Promise<string>;
export async function renderChartToSvgAsync<P extends Sized>(
  chart: ComponentType<P> | ChartName,
  props: P,
): Promise<string> {
  return renderChartToSvg(chart as ComponentType<P>, props);
}

/** Options of {@link renderChartToPng}. */
export interface PngOptions {
  /** Pixels per SVG pixel (default 2, sharp on high-density screens and in print at the chart's width). */
  scale?: number;
  /** Font files to use besides the system's, e.g. your house font. */
  fontFiles?: string[];
}

/**
 * A chart as a PNG (a `Uint8Array`), through the optional dependency
 * `@resvg/resvg-js`. Rejects with how to install it when it is missing.
 */
export async function renderChartToPng<K extends ChartName>(
  chart: K,
  props: ChartProps[K],
  options?: PngOptions,
): Promise<Uint8Array>;
export async function renderChartToPng<P extends Sized>(
  chart: ComponentType<P>,
  props: P,
  options?: PngOptions,
): Promise<Uint8Array>;
export async function renderChartToPng<P extends Sized>(
  chart: ComponentType<P> | ChartName,
  props: P,
  { scale = 2, fontFiles = [] }: PngOptions = {},
): Promise<Uint8Array> {
  const svg = renderChartToSvg(chart as ComponentType<P>, props);
  return svgToPng(svg, { scale, fontFiles });
}

/** Turns an SVG document from {@link renderChartToSvg} into PNG bytes. */
export async function svgToPng(svg: string, { scale = 2, fontFiles = [] }: PngOptions = {}): Promise<Uint8Array> {
  let resvg: typeof import('@resvg/resvg-js');
  try {
    // Left to Node: bundlers must not try to pack a native addon.
    resvg = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ '@resvg/resvg-js');
  } catch {
    throw new Error(
      'damascus-moscow/static: PNG export needs the optional package @resvg/resvg-js. Install it with `npm install @resvg/resvg-js`, or export SVG instead.',
    );
  }
  const image = new resvg.Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    // Generic families fall to faces most Linux machines have; a missing face falls back anyway.
    font: {
      loadSystemFonts: true,
      fontFiles,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
      serifFamily: 'DejaVu Serif',
    },
  });
  return image.render().asPng();
}

export type { FrameRecord } from '../charts/kit/staticFrame.js';
