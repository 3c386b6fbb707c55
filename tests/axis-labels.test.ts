/**
 * What a reader sees on the axes' and the phone chart's number column:
 * time-axis labels never touch, in any language, width or period, and the
 * numbered notes of annotations where time runs down never sit on each other.
 */
import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArmsDealBars } from '../src/charts/arms/ArmsDealBars';
import { VisitHeatmap } from '../src/charts/heatmap/VisitHeatmap';
import { edgeColumn, noteRadius } from '../src/charts/kit/annotationLayout';
import { textWidth } from '../src/charts/kit/labels';
import { LOCALES } from '../src/charts/kit/locale';
import { FONT_SIZE } from '../src/charts/kit/sizes';
import { formatTick, timeScale, timeTicks } from '../src/charts/kit/timeScale';
import { dataset } from '../src/data/index';

describe('time-axis ticks', () => {
  it('leave 6 px between any two labels, in every locale, width and period', () => {
    const day = 86_400_000;
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.integer({ min: 20, max: 40_000 }),
        fc.integer({ min: 200, max: 2000 }),
        fc.constantFrom(...LOCALES),
        (start, days, width, locale) => {
          const scale = timeScale([start, start + days * day], 0, width, locale === 'ar');
          const ticks = timeTicks(scale, width, locale);
          const half = (t: Date) => textWidth(formatTick(t, locale), FONT_SIZE) / 2;
          for (let i = 1; i < ticks.length; i++)
            expect(Math.abs(scale(ticks[i]) - scale(ticks[i - 1]))).toBeGreaterThanOrEqual(
              half(ticks[i]) + half(ticks[i - 1]) + 6,
            );
        },
      ),
    );
  });
});

describe('numbered notes where time runs down', () => {
  it('are one column, each as near its row as the others let it be, none on another, none past the chart', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.integer({ min: -50, max: 600 }), n: fc.integer({ min: 1, max: 120 }) }), {
          maxLength: 12,
        }),
        (raw) => {
          const items = raw.map(({ at, n }) => ({ at, number: String(n) }));
          const height = 600;
          const spots = edgeColumn(items, 300, height, FONT_SIZE);
          const placed = items.map((item, i) => ({ y: spots[i].y, r: noteRadius(item.number, FONT_SIZE) }));
          placed.sort((a, b) => a.y - b.y);
          for (let i = 1; i < placed.length; i++)
            expect(placed[i].y - placed[i - 1].y).toBeGreaterThanOrEqual(placed[i].r + placed[i - 1].r + 2 - 1e-9);
          for (const p of placed) {
            expect(p.y).toBeGreaterThanOrEqual(p.r - 1e-9);
            expect(p.y).toBeLessThanOrEqual(height - p.r + 1e-9);
          }
        },
      ),
    );
  });

  it('never overlap on a phone chart with events close together, numbered top to bottom (arms and heatmap, Arabic and Russian)', () => {
    const markers = [
      'event-2015-09-30-russian-military-intervention',
      'event-2015-11-24-turkey-shoots-down-su-24',
      'event-2015-12-18-unsc-resolution-2254',
      'event-2016-03-14-putin-orders-partial-withdrawal',
      'event-2016-12-22-aleppo-retaken',
    ];
    for (const Chart of [ArmsDealBars, VisitHeatmap] as const)
      for (const locale of ['ar', 'ru'] as const) {
        const html = renderToStaticMarkup(
          createElement(Chart as typeof ArmsDealBars, {
            data: dataset,
            width: 360,
            locale,
            domain: ['2015', '2017'],
            markers,
          }),
        );
        // The numbers on the chart (the notes under it repeat them in a list of their own).
        const onChart = html.slice(html.indexOf('class="dm-callouts"'), html.indexOf('class="dm-annotation-notes"'));
        const discs = [
          ...onChart.matchAll(
            /<g class="dm-note-number" data-note="([^"]+)"><circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g,
          ),
        ].map((m) => ({
          note: Number(m[1].replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))),
          x: Number(m[2]),
          y: Number(m[3]),
          r: Number(m[4]),
        }));
        // Numbered as read, top to bottom, in Arabic too: time runs down the side in every language.
        const down = [...discs].sort((a, b) => a.y - b.y).map((d) => d.note);
        expect(down, `${Chart.name} ${locale}`).toEqual([...down].sort((a, b) => a - b));
        expect(discs.length, `${Chart.name} ${locale}`).toBeGreaterThanOrEqual(5);
        for (let i = 0; i < discs.length; i++)
          for (let j = i + 1; j < discs.length; j++) {
            const [a, b] = [discs[i], discs[j]];
            expect(Math.hypot(a.x - b.x, a.y - b.y), `${Chart.name} ${locale}`).toBeGreaterThanOrEqual(a.r + b.r);
          }
      }
  });
});
