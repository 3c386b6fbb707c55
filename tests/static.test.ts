import { JSDOM } from 'jsdom';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArmsDealBars } from '../src/charts/arms/ArmsDealBars';
import { TenureGantt } from '../src/charts/gantt/TenureGantt';
import { fromReact } from '../src/charts/kit/markup';
import { themes } from '../src/charts/kit/theme';
import { dataset } from '../src/data/index';
import { renderChartToPng, renderChartToSvg } from '../src/static/index';
import { PADDING, resolveVars, svgBody, withLinuxFaces } from '../src/static/svgDocument';

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;
// Parsed as XML, as an editor or resvg would: a parse error is a broken file.
const parse = (svg: string) => {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc.documentElement;
};
const texts = (root: Element) => [...root.querySelectorAll(':scope > g > text')].map((t) => t.textContent);

describe('renderChartToSvg', () => {
  it('writes a standalone, well-formed SVG: xmlns, size, title, description, font stack, no script or custom property', () => {
    const svg = renderChartToSvg(TenureGantt, { data: dataset, domain: ['1955', '1991'], title: 'Who ruled' });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(
      true,
    );
    const root = parse(svg);
    expect(root.getAttribute('width')).toBe('800');
    expect(root.getAttribute('role')).toBe('img');
    expect(root.querySelector('title')?.textContent).toBe('Who ruled');
    expect(root.querySelector('desc')?.textContent).toMatch(/^\d+ tenures in \d+ lanes, 1955–1991\./);
    expect(root.getAttribute('font-family')).toBe(
      'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Noto Sans Arabic, Tahoma, Arial, DejaVu Sans, Liberation Sans, sans-serif',
    );
    expect(svg).not.toMatch(/<script|<foreignObject|var\(--|tabindex|href="(?!#)|NaN|undefined/);
    // One title and one description: the chart's own are folded into the document's.
    expect(count(svg, /<title/g)).toBe(1);
    expect(count(svg, /<desc/g)).toBe(1);
  });

  it('draws the same marks as the chart in a page, with headline and sources as SVG text', () => {
    const page = renderToStaticMarkup(createElement(ArmsDealBars, { data: dataset, width: 800 - 2 * PADDING }));
    const svg = renderChartToSvg(ArmsDealBars, { data: dataset, subtitle: 'Deals per year', byline: 'Graphic: Desk' });
    const pageBody = svgBody(fromReact(page.slice(page.indexOf('<svg'))))?.body.html ?? '';
    expect(count(svg, /<rect /g)).toBe(count(pageBody, /<rect /g) + 1); // + the background
    expect(count(svg, /<path /g)).toBe(count(pageBody, /<path /g));
    const lines = texts(parse(svg));
    expect(lines[0]).toBe('Arms from Moscow to Damascus');
    expect(lines[1]).toBe('Deals per year');
    expect(lines.find((l) => l?.startsWith('Sources: '))).toBeDefined();
    expect(lines.join(' ')).toMatch(/Sources: .+ and \d+ more\. Notes: .*Totals over several years.* Graphic: Desk$/);
    expect(lines.at(-1)).toBe('Graphic: Desk');
  });

  it('takes the chart by its short name and the document width, the chart 24 px narrower inside', () => {
    const svg = renderChartToSvg('heatmap', { data: dataset, width: 600 });
    const root = parse(svg);
    expect(root.getAttribute('width')).toBe('600');
    expect(svg).toContain(`<g transform="translate(${PADDING} `);
    const height = Number(root.getAttribute('height'));
    expect(root.getAttribute('viewBox')).toBe(`0 0 600 ${height}`);
    expect(height).toBeGreaterThan(200);
  });

  it('writes the theme in: dark background, palette and sequential colours as values', () => {
    const svg = renderChartToSvg('heatmap', { data: dataset, theme: 'dark' });
    expect(svg).toContain(`<rect width="100%" height="100%" fill="${themes.dark.background}"/>`);
    expect(svg).toContain(`fill="${themes.dark.sequential?.[4]}"`);
    expect(svg).not.toContain(themes.light.sequential?.[4] ?? '?');
    const own = { ...themes.light, background: '#fdf6e3', palette: ['#123456', ...themes.light.palette.slice(1)] };
    const custom = renderChartToSvg('gantt', { data: dataset, theme: own });
    expect(custom).toContain('fill="#fdf6e3"');
    expect(custom).toContain('#123456');
  });

  it('lays Arabic out right to left: lines hang from the right edge as right-to-left embeddings, Arabic digits', () => {
    const svg = renderChartToSvg('arms', { data: dataset, locale: 'ar', width: 700 });
    const root = parse(svg);
    expect(root.getAttribute('lang')).toBe('ar');
    const header = root.querySelector(':scope > g');
    expect(header?.getAttribute('text-anchor')).toBe('end');
    const first = header?.querySelector('text');
    expect(first?.getAttribute('x')).toBe(String(700 - PADDING));
    expect(first?.textContent).toMatch(/^\u202B.+\u202C$/);
    expect(texts(root).join(' ')).toMatch(/المصادر: .*[٠-٩]/);
  });

  it('sets every label of the heatmap and the arms chart on a plain baseline (no dy), which resvg and browsers read alike in Arabic', () => {
    // resvg raised right-to-left labels set with dy="0.35em" (the Arabic legend's ranges and "لا زيارات").
    for (const locale of ['ar', 'en'] as const) {
      const heatmap = renderChartToSvg('heatmap', { data: dataset, bin: 10, locale, theme: 'dark' });
      const arms = renderChartToSvg('arms', { data: dataset, locale, width: 360 });
      for (const svg of [heatmap, arms]) {
        expect(svg).toMatch(/<text /);
        expect(svg).not.toMatch(/<text[^>]* dy="/);
      }
    }
  });

  it('wraps a long headline and notes to the width, and grows the document to hold them', () => {
    const short = parse(renderChartToSvg('gantt', { data: dataset, width: 400, title: 'Rulers' }));
    const long = parse(
      renderChartToSvg('gantt', {
        data: dataset,
        width: 400,
        title: 'Who ruled in Damascus and in Moscow through a century of friendship, rivalry and war',
        notes: 'Acting holders are hatched. A date known only to the year fades in across that year.',
      }),
    );
    const bold = (root: Element) => root.querySelectorAll('text[font-weight="700"]').length;
    expect(bold(short)).toBe(1);
    expect(bold(long)).toBeGreaterThanOrEqual(3);
    expect(Number(long.getAttribute('height'))).toBeGreaterThan(Number(short.getAttribute('height')) + 60);
    expect(texts(long).some((l) => l?.startsWith('Notes: Acting holders'))).toBe(true);
  });

  it('says why when there is nothing to draw, in the chart’s words, and refuses an unknown chart or tiny width', () => {
    expect(() => renderChartToSvg('arms', { data: { armsDeals: [] } })).toThrow(
      /^damascus-moscow\/static: nothing to draw\. No records/,
    );
    expect(() => renderChartToSvg('pie' as 'gantt', { data: dataset })).toThrow(
      /unknown chart "pie"; use gantt, arms, heatmap/,
    );
    expect(() => renderChartToSvg('gantt', { data: dataset, width: 80 })).toThrow(/width 80 is too narrow/);
  });

  it('escapes what it writes: a headline with markup stays text', () => {
    const svg = renderChartToSvg('gantt', { data: dataset, title: 'A <b>&</b> "B"' });
    expect(parse(svg).querySelector('title')?.textContent).toBe('A <b>&</b> "B"');
  });
});

describe('withLinuxFaces', () => {
  it('adds faces Linux machines have before the generic family, and unquotes plain names for resvg', () => {
    expect(withLinuxFaces('Georgia, "Times New Roman", "Noto Serif", serif')).toBe(
      'Georgia, Times New Roman, Noto Serif, DejaVu Serif, Liberation Serif, serif',
    );
    expect(withLinuxFaces('"My Font 2", sans-serif')).toBe('"My Font 2", DejaVu Sans, Liberation Sans, sans-serif');
  });
});

describe('resolveVars', () => {
  it('puts the theme value in, the fallback for a property the theme lacks, and leaves other functions be', () => {
    expect(resolveVars(fromReact('fill="var(--dm-palette-1, #D55E00)"'), themes.print).html).toBe(
      `fill="${themes.print.palette[1]}"`,
    );
    expect(resolveVars(fromReact('fill="var(--dm-unknown, #abcdef)"'), themes.light).html).toBe('fill="#abcdef"');
    expect(resolveVars(fromReact('style="font-family:var(--dm-font, serif)"'), themes.print).html).toBe(
      'style="font-family:Georgia, &quot;Times New Roman&quot;, &quot;Noto Serif&quot;, serif"',
    );
    expect(resolveVars(fromReact('fill="url(#hatch)"'), themes.light).html).toBe('fill="url(#hatch)"');
  });
});

describe('renderChartToPng', () => {
  afterEach(() => {
    vi.doUnmock('@resvg/resvg-js');
    vi.resetModules();
  });

  it('rasterises the document at twice its size by default', async () => {
    const png = await renderChartToPng('heatmap', { data: dataset, width: 500 });
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect(view.getUint32(16)).toBe(1000); // IHDR width
    const one = await renderChartToPng('heatmap', { data: dataset, width: 500 }, { scale: 1 });
    expect(new DataView(one.buffer, one.byteOffset).getUint32(16)).toBe(500);
  });

  it('says how to install @resvg/resvg-js when it is missing', async () => {
    vi.doMock('@resvg/resvg-js', () => {
      throw new Error("Cannot find module '@resvg/resvg-js'");
    });
    vi.resetModules();
    const { renderChartToPng: fresh } = await import('../src/static/index');
    await expect(fresh('gantt', { data: dataset })).rejects.toThrow(
      /PNG export needs the optional package @resvg\/resvg-js\. Install it with `npm install @resvg\/resvg-js`/,
    );
  });
});

describe('damascus-moscow/static in React Server Components (react-server build)', () => {
  it('says what to use instead of the synchronous renderer', async () => {
    const rsc = await import('../src/static/reactServer');
    expect(() => rsc.renderChartToSvg()).toThrow(
      'renderChartToSvg cannot run inside a React Server Component. Use `await renderChartToSvgAsync(chart, props)`',
    );
  });
});
