/**
 * The reader-view matrix: every chart and period the stories show, in every
 * locale, page width and theme, filling its column as the README's
 * snippets do, checked in Chromium for what a reader would notice (see
 * readerView.ts). One chart's slice:
 *   npx vitest run --project browser tests/browser/matrix.test.tsx -t TenureGantt
 */
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { MIN_WIDTH } from '../../src/charts/kit/useChartWidth';
import { CASES, LOCALES, NAMES, PEOPLE, THEMES, WIDTHS } from './cases';
import { readerViewProblems } from './readerView';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));

/** Fails with the problems listed one a line, so a failing case reads as what is wrong. */
function expectNone(problems: readonly string[]) {
  if (problems.length) expect.fail(`${problems.length} problem(s) a reader would see:\n  - ${problems.join('\n  - ')}`);
}

let host: HTMLDivElement;
let root: Root | null = null;

/** Draws `ui` alone on the page, in a container `width` px wide, and returns its figure. */
async function show(ui: React.ReactElement, width: number): Promise<HTMLElement> {
  root?.unmount();
  host.replaceChildren();
  host.style.width = `${width}px`;
  root = createRoot(host);
  flushSync(() => root?.render(ui));
  await settle();
  const figure = host.querySelector('figure');
  if (!figure) throw new Error('no <figure> drawn');
  // A chart that fills its container draws again once it has measured it.
  const plot = figure.querySelector<HTMLElement>('.dm-plot');
  for (let i = 0; i < 30 && plot; i++) {
    const svg = plot.querySelector('svg');
    if (svg && Number(svg.getAttribute('width')) === Math.max(MIN_WIDTH, Math.floor(plot.clientWidth))) break;
    await frame();
  }
  return figure;
}

beforeAll(() => {
  document.body.style.margin = '0';
  host = document.createElement('div');
  document.body.append(host);
});

afterAll(() => {
  root?.unmount();
  host.remove();
});

for (const width of WIDTHS) {
  describe(`${width} px`, () => {
    beforeAll(async () => {
      await page.viewport(width, 900);
      await frame();
    });
    for (const c of CASES) {
      for (const locale of LOCALES) {
        for (const theme of THEMES) {
          it(`${c.chart}, ${c.period}, ${locale}, ${theme}, ${width} px`, async () => {
            // As the README has it: no width, the chart fills its column.
            const figure = await show(c.draw(locale, theme, undefined), width);
            // Keys and the CSV do not depend on the colours: walked once per theme set.
            const problems = await readerViewProblems(figure, {
              locale,
              names: NAMES,
              people: PEOPLE,
              container: host,
              interact: theme === 'light',
            });
            expectNone(problems);
          });
        }
      }
    }
  });
}

describe('real key presses', () => {
  // Dispatched events have no default action: only real ones show whether the page scrolls.
  for (const c of CASES.filter((c, i) => CASES.findIndex((d) => d.chart === c.chart) === i)) {
    for (const locale of LOCALES) {
      it(`${c.chart}, ${locale}: arrow keys, Home and End never scroll the page`, async () => {
        await page.viewport(768, 600);
        const figure = await show(
          <div style={{ padding: '400px 400px 2000px' }}>{c.draw(locale, 'light', 700)}</div>,
          1400,
        );
        window.scrollTo(200, 300);
        await frame();
        const before = { x: window.scrollX, y: window.scrollY };
        (figure.querySelector('.dm-marks') as SVGGElement).focus();
        await userEvent.keyboard(
          '{Home}{ArrowUp}{ArrowLeft}{ArrowRight}{ArrowDown}{End}{ArrowDown}{ArrowRight}{ArrowLeft}{ArrowUp}',
        );
        await frame();
        expect({ x: window.scrollX, y: window.scrollY }).toEqual(before);
      });
    }
  }
});
