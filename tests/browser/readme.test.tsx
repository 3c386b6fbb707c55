/**
 * The README's three chart snippets pasted into one page, as a new user
 * would try them: on a phone and on a desktop the page must not scroll
 * sideways (it was 3,922 and 3,988 px wide) nor grow below its content, and each chart must pass the
 * reader-view checks. Keep the elements below as the README writes them.
 */
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { ArmsDealBars } from '../../src/charts/arms/ArmsDealBars';
import { TenureGantt } from '../../src/charts/gantt/TenureGantt';
import { VisitHeatmap } from '../../src/charts/heatmap/VisitHeatmap';
import { MIN_WIDTH } from '../../src/charts/kit/useChartWidth';
import { dataset } from '../../src/data';
import { NAMES, PEOPLE } from './cases';
import { readerViewProblems } from './readerView';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

function Snippets() {
  return (
    <main style={{ maxWidth: 960, margin: '0 auto', padding: '0 12px' }}>
      <TenureGantt
        data={dataset}
        domain={['1955', '1991']}
        markers={['event-1980-10-08-treaty-friendship', 'event-1973-10-06-october-war']}
        title="دمشق وموسكو في الحرب الباردة"
        locale="ar"
        theme="dark"
      />
      <ArmsDealBars data={dataset} measure="value" bin={10} markers={['event-1973-10-06-october-war']} />
      <VisitHeatmap data={dataset} bin={5} tenures markers={['event-1980-10-08-treaty-friendship']} />
    </main>
  );
}

let root: Root | null = null;
afterEach(() => {
  root?.unmount();
  root = null;
  document.body.replaceChildren();
});

describe("the README's snippets on one page", () => {
  for (const width of [375, 1280]) {
    it(`fit a ${width} px screen, each chart as a reader should see it`, async () => {
      await page.viewport(width, 800);
      document.body.style.margin = '8px';
      const host = document.createElement('div');
      document.body.append(host);
      root = createRoot(host);
      flushSync(() => root?.render(<Snippets />));
      const figures = [...host.querySelectorAll<HTMLElement>('figure')];
      expect(figures).toHaveLength(3);
      // Each chart draws again once it has measured its column.
      for (let i = 0; i < 30; i++) {
        const done = figures.every((f) => {
          const plot = f.querySelector<HTMLElement>('.dm-plot');
          const w = Number(plot?.querySelector('svg')?.getAttribute('width'));
          return plot && w === Math.max(MIN_WIDTH, Math.floor(plot.clientWidth));
        });
        if (done) break;
        await frame();
      }
      const doc = document.documentElement;
      expect(doc.scrollWidth, 'page width').toBeLessThanOrEqual(doc.clientWidth);
      // Nor grow below its content (it was 4,059 px tall for 1,509 px of charts).
      const content = host.getBoundingClientRect().bottom + window.scrollY;
      expect(doc.scrollHeight, 'page height').toBeLessThanOrEqual(Math.ceil(content) + 8);
      for (const figure of figures) {
        const locale = figure.getAttribute('lang') ?? 'en';
        expect(
          await readerViewProblems(figure, {
            locale,
            names: NAMES,
            people: PEOPLE,
            container: figure.parentElement ?? host,
          }),
        ).toEqual([]);
      }
    });
  }
});
