/**
 * `damascus-moscow/static` under the `react-server` export condition (React
 * Server Components: Next.js app router pages and route handlers). There
 * React has no hooks and `react-dom/server` is a stub, so a chart cannot be
 * rendered inside the bundle. The async functions load this entry's Node
 * build outside it (native `import()`, with the app's own React) instead.
 */
import type * as Node from './index.js';

type Entry = typeof Node;
// This entry's Node build, by the package's public name: it exists once built, and a name that is
// not a literal keeps the type checker from looking for it before then.
const NODE_BUILD: string = 'damascus-moscow/static';
const load = (): Promise<Entry> => import(/* webpackIgnore: true */ /* turbopackIgnore: true */ NODE_BUILD);

export function renderChartToSvg(): never {
  throw new Error(
    'damascus-moscow/static: renderChartToSvg cannot run inside a React Server Component. ' +
      'Use `await renderChartToSvgAsync(chart, props)`, or render the chart component itself (it server-renders to complete SVG).',
  );
}

export const renderChartToSvgAsync = (async (chart: Node.ChartName, props: never) =>
  (await load()).renderChartToSvgAsync(chart, props)) as Entry['renderChartToSvgAsync'];

export const renderChartToPng = (async (chart: Node.ChartName, props: never, options?: Node.PngOptions) =>
  (await load()).renderChartToPng(chart, props, options)) as Entry['renderChartToPng'];

export const svgToPng: Entry['svgToPng'] = async (svg, options) => (await load()).svgToPng(svg, options);
