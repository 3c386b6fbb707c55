import { createElement } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { syntheticTenures } from '../bench/synthetic';
import { barOutline, type GanttLayout } from '../src/charts/gantt/layout';
import { TenureGantt, type TenureGanttProps } from '../src/charts/gantt/TenureGantt';
import { textWidth } from '../src/charts/kit/labels';
import { dataset } from '../src/data/index';
import type { Tenure } from '../src/data/types';

// Runs in plain Node: no window, no document, as on a server.
const today = new Date('2026-11-26T00:00:00Z');
const render = (props: Partial<TenureGanttProps> = {}) =>
  renderToStaticMarkup(createElement(TenureGantt, { data: dataset, today, ...props }));
const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;
// The bars: plain rects inside the marks group (a visx Group), one per tenure.
const bars = (html: string) =>
  count(
    /<g class="visx-group dm-bars"[^>]*>(.*?)<\/g><g class="visx-group dm-bar-details"/.exec(html)?.[1] ?? '',
    /<rect /g,
  );

describe('TenureGantt on the server', () => {
  it('renders a complete SVG with one mark per tenure at a default width, without a window', () => {
    expect(typeof window).toBe('undefined');
    const html = render({ title: 'Rulers' });
    expect(html).toMatch(/^<figure class="dm-chart dm-tenure-gantt"/);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" role="img"');
    expect(html).toContain('width="640"');
    expect(bars(html)).toBe(dataset.tenures.length);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
  });

  it("keys hatching, faded ends, open ends and second rows inside the SVG, in the reader's language", () => {
    const svg = (html: string) => /<svg[\s\S]*<\/svg>/.exec(html)?.[0] ?? '';
    const key = (html: string) => [...svg(html).matchAll(/<g class="dm-legend"[\s\S]*?<\/text><\/g><\/g>/g)].join('');
    const en = key(render());
    for (const words of ['Acting', 'Date known to the month or year', 'Still in office', 'Overlapping term: row below'])
      expect(en).toContain(`>${words}</text>`);
    expect(key(render({ locale: 'ar' }))).toContain('>بالوكالة</text>');
    // Only what is drawn: Soviet party leaders 1953–1964 held no acting term, and none is in office.
    const few = key(render({ polities: ['SU'], offices: ['party-leader'], domain: ['1955', '1963'] }));
    expect(few).not.toContain('Acting');
    expect(few).not.toContain('Still in office');
  });

  it('prints no name over another, nor past the picture, in any locale or width (the static SVG as drawn)', () => {
    const problems: string[] = [];
    for (const locale of ['en', 'ar', 'ru'] as const) {
      for (const width of [360, 768, 1280]) {
        for (const domain of [undefined, ['1955', '1991'] as const]) {
          const html = render({ locale, width, domain: domain && [...domain] });
          const names =
            /<g class="visx-group dm-bar-labels"[^>]*text-anchor="(\w+)"(.*?)<g class="[^"]*\bdm-axis"/.exec(html);
          const byDefault = names?.[1];
          // Each name's box from its anchor and the width the layout measures (never short, see text-widths).
          const boxes = [
            ...(names?.[2] ?? '').matchAll(/<text x="([\d.-]+)" y="([\d.-]+)"(?: text-anchor="(\w+)")?>([^<]*)</g),
          ].map(([, x, y, anchor, text]) => {
            const w = textWidth(text.replace(/&amp;/g, '&'), 11);
            const left = (anchor ?? byDefault) === 'end' ? Number(x) - w : Number(x);
            return { text, left, right: left + w, y: Number(y) };
          });
          if (boxes.length < 5) problems.push(`${locale} ${width}: only ${boxes.length} names`);
          for (const [i, a] of boxes.entries()) {
            if (a.left < 0 || a.right > width) problems.push(`${locale} ${width}: ${a.text} past the edge`);
            for (const b of boxes.slice(i + 1))
              if (Math.abs(a.y - b.y) < 11 && a.left < b.right - 1 && b.left < a.right - 1)
                problems.push(`${locale} ${width} ${domain ?? ''}: ${a.text} / ${b.text}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('names the chart and describes it from the data', () => {
    const html = render({ title: 'Rulers' });
    expect(html).toMatch(/<title id="[^"]+-title">Rulers<\/title>/);
    const desc = /<desc id="[^"]+-desc">([^<]+)<\/desc>/.exec(html)?.[1];
    expect(desc).toContain(`${dataset.tenures.length} tenures`);
    expect(desc).toMatch(/Longest: [^,]+/);
  });

  it('gives the marks one tab stop that tells keyboard readers how to move', () => {
    const html = render();
    expect(count(html, /tabindex="/g)).toBe(1);
    expect(html).toContain(
      `class="dm-marks" tabindex="0" role="graphics-object" aria-label="${dataset.tenures.length} tenures. Arrow keys move from one to the next, Enter selects."`,
    );
    expect(html).toContain('aria-live="polite"');
  });

  it('renders identically twice (stable ids for hydration)', () => {
    const a = renderToString(createElement(TenureGantt, { data: dataset, today }));
    const b = renderToString(createElement(TenureGantt, { data: dataset, today }));
    expect(a).toBe(b);
  });

  it('carries a hidden data table of the records shown, and a link to get them', () => {
    const html = render({ domain: ['1955', '1991'], polities: ['SU'] });
    const rows = count(html, /<tr>/g) - 1;
    expect(rows).toBe(bars(html));
    // No placeholder address that would save the page: the browser gives the link the file's blob: address.
    expect(html).toMatch(/<a class="dm-download">Get the data \(CSV\)<\/a>/);
  });

  it('lays Arabic out right to left with Arabic-Indic digits', () => {
    const html = render({ locale: 'ar' });
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('lang="ar"');
    expect(html).toMatch(/>١٩[٠-٩]{2}</);
    expect(html).toContain('حافظ الأسد');
  });

  it('draws labelled event markers', () => {
    const html = render({
      markers: [
        {
          id: 'x-treaty',
          start: '1980-10-08',
          kind: 'treaty',
          title: { en: 'Friendship treaty' },
          summary: 'A test marker.',
          sources: [{ source: 'seale-1988-asad' }],
          confidence: 'reported',
        },
      ],
    });
    expect(html).toContain('data-annotation="x-treaty"');
    expect(html).toMatch(/>Friendship treaty<\/tspan>/);
  });

  it('leaves bad records out, warns once naming each, and never throws', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bad = [
      dataset.tenures[0],
      { ...dataset.tenures[1], id: 'bad-start', start: 'soon' },
      { ...dataset.tenures[2], id: 'bad-end', end: '1066' },
      { id: 'no-person', start: '1950' },
      null,
      'text',
    ] as unknown as Tenure[];
    const html = render({ data: { tenures: bad, people: dataset.people } });
    expect(bars(html)).toBe(1);
    const empty = render({ data: { tenures: [null, { id: 'x' }] as unknown as Tenure[] } });
    expect(empty).toContain('No records to show.');
    expect(empty).toContain('2 records were left out as invalid.');
    expect(() => render({ data: undefined as never })).not.toThrow();
    warn.mockRestore();
  });

  it('draws 10,000 tenures in dense mode: a few paths per lane that cover every bar, names and table kept', () => {
    let layout: GanttLayout | undefined;
    const html = render({
      data: syntheticTenures(10_000),
      width: 1200,
      children: (l) => {
        layout = l;
        return null;
      },
    });
    expect(layout?.dense).toBe(true);
    const marks =
      /<g class="visx-group dm-bars"[^>]*>(.*?)<\/g><\/g><g class="visx-group dm-bar-details"/.exec(html)?.[1] ?? '';
    expect(count(marks, /<rect /g)).toBe(0);
    const paths = [...marks.matchAll(/<path d="([^"]+)"/g)].map((m) => m[1]);
    expect(paths.length).toBeLessThanOrEqual(6 * (layout?.lanes.length ?? 0));
    // One closed subpath per bar, and every bar's box among them.
    const drawn = paths.flatMap((d) => d.split(/(?=M)/));
    expect(drawn).toHaveLength(10_000);
    const outlines = new Set(drawn);
    for (const bar of layout?.bars ?? []) expect(outlines.has(barOutline(bar))).toBe(true);
    // Names still go where they fit, and the hidden table still lists the first 1,000 records.
    const names = /<g class="visx-group dm-bar-labels"(.*?)<g class="[^"]*\bdm-axis"/.exec(html)?.[1] ?? '';
    expect(count(names, /<text /g)).toBe(layout?.bars.filter((b) => b.label).length);
    expect(count(html, /<tr>/g) - 1).toBe(1000);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
  });
});

describe('names written as markup', () => {
  it('escape what a name holds, in the bar labels and the table alike', () => {
    const tenure: Tenure = {
      id: 't-escape',
      personId: 'p-escape',
      polity: 'SY',
      office: 'head-of-state',
      title: 'President',
      start: '1950-01-01',
      end: '1990-01-01',
      sources: [{ source: 's' }],
      confidence: 'reported',
    };
    const name = `<img src=x onerror="alert('x')"> & Co`;
    const html = renderToStaticMarkup(
      createElement(TenureGantt, {
        data: {
          tenures: [tenure],
          people: [{ id: 'p-escape', name: { en: name }, sources: [{ source: 's' }], confidence: 'reported' }],
        },
        width: 1200,
      }),
    );
    expect(html).not.toContain('<img');
    const escaped = '&lt;img src=x onerror=&quot;alert(&#x27;x&#x27;)&quot;&gt; &amp; Co';
    expect(html).toContain(`>${escaped}</text>`);
    expect(html).toContain(`<th scope="row">${escaped}</th>`);
  });

  it('links a source only when its address is a web address: never a javascript: link', () => {
    const tenure: Tenure = {
      id: 't-link',
      personId: 'p-link',
      polity: 'SY',
      office: 'head-of-state',
      title: 'President',
      start: '1950-01-01',
      end: '1990-01-01',
      sources: [{ source: 'bad' }, { source: 'good' }],
      confidence: 'reported',
    };
    const source = (id: string, url: string) => ({ id, kind: 'web' as const, title: id, publisher: id, url });
    const html = renderToStaticMarkup(
      createElement(TenureGantt, {
        data: {
          tenures: [tenure],
          people: [{ id: 'p-link', name: { en: 'A' }, sources: [{ source: 'good' }], confidence: 'reported' }],
          sources: [source('bad', ' JavaScript:alert(1)'), source('good', 'https://example.org/a')],
        },
        width: 600,
      }),
    );
    expect(html).toContain('<a href="https://example.org/a">good</a>');
    expect(html).toMatch(/>bad</);
    expect(html).not.toMatch(/href="[^"]*script:/i);
  });
});
