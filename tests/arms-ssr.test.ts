import { createElement } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ArmsDealBars, type ArmsDealBarsProps } from '../src/charts/arms/ArmsDealBars';
import { binArmsDeals } from '../src/charts/arms/layout';
import { TenureGantt } from '../src/charts/gantt/TenureGantt';
import { VisitHeatmap } from '../src/charts/heatmap/VisitHeatmap';

// Runs in plain Node: no window, no document, as on a server.
import type { DroppedRecord } from '../src/charts/kit/guard';
import { dataset } from '../src/data/index';
import type { ArmsDeal } from '../src/data/types';

const render = (props: Partial<ArmsDealBarsProps> = {}) =>
  renderToStaticMarkup(createElement(ArmsDealBars, { data: dataset, ...props }));
const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;
// The bar segments: plain rects in style groups inside the bars group.
const segments = (html: string) =>
  count(/<g class="dm-bars"[^>]*>(.*?)<\/g><\/g><path class="dm-whiskers"/.exec(html)?.[1] ?? '', /<rect /g);
const disputedOutlines = (html: string) => count(/<path class="dm-disputed" d="([^"]*)"/.exec(html)?.[1] ?? '', /M/g);
const drawnBy = (measure: 'deals' | 'value') =>
  binArmsDeals(dataset.armsDeals, measure, 1).stacks.flatMap((s) => [...s.deals, ...s.stages]);

describe('ArmsDealBars on the server', () => {
  it('renders one segment per period and status, and a table row per deal drawn, without a window', () => {
    expect(typeof window).toBe('undefined');
    const html = render({ title: 'Arms' });
    expect(html).toMatch(/^<figure class="dm-chart dm-arms-deal-bars"/);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" role="img"');
    expect(segments(html)).toBe(binArmsDeals(dataset.armsDeals, 'deals', 1).stacks.length);
    expect(count(html, /<tr>/g)).toBe(new Set(drawnBy('deals').map((d) => d.id)).size + 1);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    expect(html).toMatch(/<desc id="[^"]+">\d+ arms deals, 1956–20\d\d, by deals\. Peak: \d{4} \(\d+\)\.<\/desc>/);
  });

  it('says in the notes which deals are not drawn by value: no value reported, and totals over several years', () => {
    const html = render({ measure: 'value', notes: 'Our note.' });
    const noValue = binArmsDeals(dataset.armsDeals, 'value', 1).unmeasured.length;
    expect(html).toContain(
      `Our note. ${noValue} deals with no reported value are not drawn (count deals to see every one).`,
    );
    expect(html).toMatch(/Totals over several years, not drawn as bars: 1955 – 1985, delivered;/i);
    expect(html).toMatch(/1956 – 1991, delivered, \$26bn/);
    // A figure the record itself calls impossible is never printed.
    expect(html).not.toMatch(/\$19\s?k/i);
    expect(segments(html)).toBe(binArmsDeals(dataset.armsDeals, 'value', 1).stacks.length);
  });

  it('formats money and counts in the locale: $…bn, … млн $, Arabic digits right to left', () => {
    expect(render({ measure: 'value' })).toMatch(/>\$2bn</);
    const ru = render({ measure: 'value', locale: 'ru' });
    expect(ru).toMatch(/>2\s+млрд\s+\$</);
    expect(ru).toContain('Поставлено');
    const ar = render({ measure: 'value', locale: 'ar' });
    expect(ar).toMatch(/<figure[^>]+dir="rtl" lang="ar"/);
    expect(ar).toMatch(/>\u200f?٢\s+مليار\s+US\$</);
    const noValue = binArmsDeals(dataset.armsDeals, 'value', 1).unmeasured.length;
    expect(ar).toContain(`لم تُرسم ${new Intl.NumberFormat('ar-EG').format(noValue)} صفقة بلا قيمة معلنة`);
    expect(ar).toContain('سُلِّمت');
  });

  it('explains its colours in a legend, one colour per status, only for what is drawn', () => {
    const html = render({ statuses: ['requested', 'refused'] });
    const legend = /<g class="dm-legend"[^>]*>([\s\S]*?)<g class="dm-axes"/.exec(html)?.[1] ?? '';
    expect(legend).toContain('Requested');
    expect(legend).toContain('Refused');
    expect(legend).not.toContain('Delivered');
    expect(count(html, /data-status="(delivered|agreed)"/g)).toBe(0);
    expect(html).toMatch(/data-status="refused" fill="url\(#[^)]+-refused\)" stroke="var\(--dm-edge-status-3/);
    expect(html).toMatch(
      /data-status="requested" fill="var\(--dm-status-2, #E69F00\)" stroke="var\(--dm-edge-status-2/,
    );
    // No colour for kinds: the key names statuses, ranges and disputes only.
    expect(legend).not.toMatch(/Aircraft|Other|Several kinds/);
  });

  it('draws reported ranges as ranges and outlines disputed segments', () => {
    const html = render({ measure: 'quantity', domain: ['1973', '1973'] });
    // 1973: 400–500 missile launchers.
    expect(count(html, /class="visx-bar dm-range"/g)).toBe(1);
    expect(html).toContain('Reported range');
    const disputed = binArmsDeals(dataset.armsDeals, 'deals', 1).stacks.filter((s) => s.disputed).length;
    expect(disputedOutlines(render())).toBe(disputed);
  });

  it('groups by decade, and turns horizontal on a phone', () => {
    const decades = render({ bin: 10, width: 700 });
    expect(decades).toContain('>1970s<');
    // The last decade is labelled as far as the deals go, not as a whole decade.
    const lastYear = Math.max(...dataset.armsDeals.map((d) => Number(d.date.slice(0, 4))));
    const decade = Math.floor(lastYear / 10) * 10;
    expect(decades).toContain(`>${lastYear === decade ? lastYear : `${decade}–${lastYear}`}<`);
    expect(decades).not.toContain(`>${decade}s<`);
    expect(segments(decades)).toBe(binArmsDeals(dataset.armsDeals, 'deals', 10).stacks.length);
    expect(decades).toContain('data-orientation="across"');
    expect(render({ width: 360 })).toContain('data-orientation="down"');
    expect(render({ width: 900, orientation: 'down' })).toContain('data-orientation="down"');
    expect(render({ width: 360, orientation: 'across' })).toContain('data-orientation="across"');
  });

  it('still takes the old names: groupBy for bin, vertical and horizontal for across and down', () => {
    expect(render({ groupBy: 10, width: 700 })).toBe(render({ bin: 10, width: 700 }));
    // bin wins where both are given.
    expect(render({ bin: 5, groupBy: 10, width: 700 })).toBe(render({ bin: 5, width: 700 }));
    expect(render({ width: 900, orientation: 'horizontal' })).toBe(render({ width: 900, orientation: 'down' }));
    expect(render({ width: 360, orientation: 'vertical' })).toBe(render({ width: 360, orientation: 'across' }));
    expect(render({ width: 900, orientation: 'sideways' as never })).toBe(render({ width: 900 }));
  });

  it('marks events on the time axis: rules down the plot, or across it where time runs down the side', () => {
    const markers = ['event-1973-10-06-october-war', 'no-such-event'];
    const wide = render({ markers, width: 900 });
    const rule = (html: string) => html.match(/<line[^>]*data-annotation="event-1973-10-06-october-war"[^>]*>/g) ?? [];
    expect(count(wide, /<line[^>]*data-annotation="/g)).toBe(1);
    expect(rule(wide)[0]).toMatch(/x1="([\d.]+)" x2="\1"/);
    const phone = render({ markers, width: 360 });
    expect(rule(phone)[0]).toMatch(/y1="([\d.]+)" y2="\1"/);
    // Labelled by the event's short headline where it has one: above the bars, or numbered under them on a phone.
    const war = dataset.events.find((e) => e.id === 'event-1973-10-06-october-war');
    const headline = war?.short?.en ?? war?.title.en;
    expect(wide).toContain(`>${headline}</tspan>`);
    expect(phone).toContain(`>${headline}</tspan>`);
    expect(phone).toContain('class="dm-annotation-notes"');
  });

  it('names each marker it cannot draw, by id and field, and draws the rest', () => {
    for (const [name, Chart] of [
      ['ArmsDealBars', ArmsDealBars],
      ['TenureGantt', TenureGantt],
      ['VisitHeatmap', VisitHeatmap],
    ] as const) {
      const left: DroppedRecord[] = [];
      const html = renderToStaticMarkup(
        createElement(Chart as typeof ArmsDealBars, {
          data: dataset,
          markers: [
            'no-such-event',
            'event-1980-10-08-treaty-friendship',
            { id: 'undated', title: { en: 'x' } } as never,
            7 as never,
          ],
          onInvalid: (problems) => left.push(...problems),
        }),
      );
      expect(left, name).toEqual([
        { id: 'no-such-event', field: 'markers', message: 'names no event in data.events' },
        { id: 'undated', field: 'start', message: 'is not a date' },
        { id: 'markers[3]', field: '(record)', message: 'is not an object' },
      ]);
      expect(html, name).toContain('data-annotation="event-1980-10-08-treaty-friendship"');
    }
  });

  it('says why valid deals are not drawn when none has the measure asked for', () => {
    const asked = dataset.armsDeals.filter((d) => d.status === 'requested' && d.end === undefined).slice(0, 1);
    const html = render({ data: { armsDeals: asked.map((d) => ({ ...d, valueUsd: undefined })) }, measure: 'value' });
    expect(html).toMatch(
      /role="status"[^>]*>.*No records to show.*1 deal with no reported value is not drawn \(count deals to see every one\)\./,
    );
  });

  it('shows an empty state for a period without deals, and for bad data, naming what was left out', () => {
    expect(render({ domain: ['1930', '1940'] })).toMatch(/role="status"[^>]*>.*No records to show/);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bad = [{ id: 'x', date: 'soon', status: 'delivered', items: [] }] as unknown as ArmsDeal[];
    expect(render({ data: { armsDeals: bad } })).toContain('1 record was left out as invalid.');
    warn.mockRestore();
  });

  it('renders the same markup twice (stable ids for hydration)', () => {
    const ui = createElement(ArmsDealBars, { data: dataset, width: 800 });
    expect(renderToString(ui)).toBe(renderToString(ui));
  });
});
