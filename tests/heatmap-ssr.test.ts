import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { VisitHeatmap, type VisitHeatmapProps } from '../src/charts/heatmap/VisitHeatmap';
import { dataset } from '../src/data/index';
import type { Visit } from '../src/data/types';

// Runs in plain Node: no window, no document, as on a server.
const today = new Date('2026-11-26T00:00:00Z');
const render = (props: Partial<VisitHeatmapProps> = {}) =>
  renderToStaticMarkup(createElement(VisitHeatmap, { data: dataset, today, ...props }));
const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;
const cells = (html: string) => count(/<g class="dm-cells">(.*?)<\/g>/.exec(html)?.[1] ?? '', /<rect /g);
const counted = (html: string) =>
  (/<g class="dm-counts"[^>]*>(.*?)<\/g>/.exec(html)?.[1] ?? '')
    .match(/>(\d+)</g)
    ?.map((m) => Number(m.slice(1, -1))) ?? [];

describe('VisitHeatmap on the server', () => {
  it('renders a complete SVG grid at a default width, without a window', () => {
    expect(typeof window).toBe('undefined');
    const html = render({ title: 'Visits' });
    expect(html).toMatch(/^<figure class="dm-chart dm-visit-heatmap"/);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" role="img"');
    expect(html).toContain('width="640"');
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    // 640 px: five-year periods 1940–2025 (18) across, ten rows of direction and level.
    expect(cells(html)).toBe(18 * 10);
  });

  it('counts every visit once: the printed counts add up to the dataset', () => {
    const html = render({ width: 1200, bin: 10 });
    expect(counted(html).reduce((a, b) => a + b, 0)).toBe(dataset.visits.length);
  });

  it('names the chart and describes it from the data', () => {
    const html = render({ title: 'Visits', bin: 10 });
    expect(html).toMatch(/<title id="[^"]+-title">Visits<\/title>/);
    const desc = /<desc id="[^"]+-desc">([^<]+)<\/desc>/.exec(html)?.[1];
    expect(desc).toContain(`${dataset.visits.length} official visits, 1944–2026.`);
    expect(desc).toMatch(
      /Visits peaked in \d{4}–\d{4} with \d+\. Most visits: (Syria|USSR \/ Russia) → .+, [A-Z][a-z ]+ \(\d+\)\./,
    );
  });

  it('says when the years shown are too many for the period asked, and how long each period is instead', () => {
    const desc = (html: string) => /<desc id="[^"]+-desc">([^<]+)<\/desc>/.exec(html)?.[1] ?? '';
    // 7,027 years in decades would be 703 periods; at most 400 are drawn, so each spans 20 years.
    const far = { domain: [Date.UTC(-5000, 0, 1), null] as const, bin: 10, width: 900 };
    const html = render(far);
    expect(html).toContain('>-5000–-4981</text>');
    expect(desc(html)).toContain('Each period here spans 20 years: the span shown is too long for shorter periods.');
    expect(desc(render({ ...far, locale: 'ar' }))).toContain(
      'تمتد كل فترة هنا ٢٠ سنة، لأن المدة المعروضة أطول من أن تُقسَّم إلى فترات أقصر.',
    );
    expect(desc(render({ ...far, locale: 'ru' }))).toContain(
      'Каждый период здесь охватывает 20 лет: показанный промежуток слишком длинный для более коротких периодов.',
    );
    // Chosen, not asked, the same.
    expect(desc(render({ ...far, bin: undefined }))).toContain('Each period here spans 20 years');
    // Not otherwise, nor over the user's own description.
    expect(desc(render({ bin: 10 }))).not.toContain('Each period');
    expect(desc(render({ ...far, description: 'Mine.' }))).toBe('Mine.');
  });

  it('gives the grid one tab stop that tells keyboard readers how to move', () => {
    const html = render({ bin: 10, width: 900 });
    expect(count(html, /tabindex="/g)).toBe(1);
    expect(html).toContain('aria-label="90 cells. Arrow keys move from one to the next, Enter selects."');
    expect(html).toContain('aria-live="polite"');
  });

  // Hydration is checked where it happens, in the browser: tests/browser/hydration.test.tsx.

  it('carries a hidden table of the visits shown, a legend, and a link to get the data', () => {
    const html = render({ domain: ['1955', '1991'] });
    const shown = dataset.visits.filter((v) => v.start >= '1955' && v.start < '1992');
    expect(count(html, /<tr>/g) - 1).toBe(shown.length);
    // No placeholder address that would save the page: the browser gives the link the file's blob: address.
    expect(html).toMatch(/<a class="dm-download">Get the data \(CSV\)<\/a>/);
    expect(html).toContain('class="dm-legend"');
    expect(html).toContain('>no visits</text>');
  });

  it('hatches periods outside the coverage and after today, and says so in the legend', () => {
    const html = render({ domain: ['1930', '2035'], bin: 5, width: 900 });
    expect(html).toContain('>no data</text>');
    expect(count(html, /fill="url\(#[^)]+-nodata\)"/g)).toBeGreaterThan(10 * 2);
    expect(render({ bin: 5, width: 900 })).not.toContain('>no data</text>');
  });

  it('turns on a phone: periods down the side, headings turned', () => {
    const html = render({ width: 360 });
    expect(html).toMatch(/transform="rotate\(-90 /);
    expect(html).toContain('>1970–1974</text>');
  });

  it('groups rows by direction only when asked', () => {
    const html = render({ rows: 'direction', bin: 10, width: 900 });
    expect(cells(html)).toBe(9 * 2);
    expect(html).toContain('>Syria → USSR / Russia</text>');
  });

  it('lays Arabic out right to left, with directions in words and Arabic-Indic digits', () => {
    const html = render({ locale: 'ar', bin: 10, width: 900 });
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('من سوريا إلى الاتحاد السوفيتي / روسيا');
    expect(html).toMatch(/>١٩[٠-٩]{2}–١٩[٠-٩]{2}</);
  });

  it('draws tenure bands and event markers', () => {
    const html = render({ width: 1200, tenures: true, markers: ['event-1980-10-08-treaty-friendship'] });
    expect(html).toContain('class="dm-tenures"');
    expect(html).toContain('>Hafez al-Assad</text>');
    expect(html).toContain('data-annotation="event-1980-10-08-treaty-friendship"');
    const phone = render({ width: 360, markers: ['event-1980-10-08-treaty-friendship'] });
    expect(phone).toContain('data-annotation="event-1980-10-08-treaty-friendship"');
  });

  it('leaves bad records out, warns once naming each, and never throws', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bad = [
      dataset.visits[0],
      { ...dataset.visits[1], id: 'bad-start', start: 'soon' },
      { ...dataset.visits[2], id: 'bad-end', end: '1066' },
      { ...dataset.visits[3], id: 'no-level', level: undefined },
      { id: 'no-from', start: '1950' },
      null,
      'text',
    ] as unknown as Visit[];
    const html = render({ data: { visits: bad } });
    expect(counted(html)).toEqual([1]);
    const empty = render({ data: { visits: [null, { id: 'x' }] as unknown as Visit[] } });
    expect(empty).toContain('No records to show.');
    expect(empty).toContain('2 records were left out as invalid.');
    expect(() => render({ data: undefined as never })).not.toThrow();
    expect(render({ data: { visits: [] } })).toContain('No records to show.');
    warn.mockRestore();
  });
});
